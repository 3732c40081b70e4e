package studio.smartwork.portal.tenant.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantRepository extends JpaRepository<TenantEntity, Long> {

    Optional<TenantEntity> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<TenantEntity> findAllByOrderByNameAsc();

    List<TenantEntity> findByIdInOrderByNameAsc(Collection<Long> ids);
}
