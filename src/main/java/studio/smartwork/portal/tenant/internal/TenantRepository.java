package studio.smartwork.portal.tenant.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import studio.smartwork.portal.tenant.TenantStatus;

public interface TenantRepository extends JpaRepository<TenantEntity, Long> {

    Optional<TenantEntity> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<TenantEntity> findAllByOrderByNameAsc();

    List<TenantEntity> findByIdInOrderByNameAsc(Collection<Long> ids);

    /** Tenants of these statuses whose name or address holds the pattern (lower case), a page of them. */
    @Query("""
            select t from TenantEntity t where t.status in :statuses
            and (lower(t.name) like :pattern or lower(t.slug) like :pattern)
            """)
    List<TenantEntity> findByText(@Param("pattern") String pattern, @Param("statuses") Collection<TenantStatus> statuses, Pageable page);

    @Query("""
            select count(t) from TenantEntity t where t.status in :statuses
            and (lower(t.name) like :pattern or lower(t.slug) like :pattern)
            """)
    long countByText(@Param("pattern") String pattern, @Param("statuses") Collection<TenantStatus> statuses);
}
