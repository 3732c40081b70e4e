package studio.smartwork.portal.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcessRepository extends JpaRepository<ProcessEntity, Long> {

    List<ProcessEntity> findByTenantIdOrderByNameAsc(long tenantId);

    Optional<ProcessEntity> findByIdAndTenantId(long id, long tenantId);

    @Query("select p from ProcessEntity p where p.tenantId = ?1 and lower(p.name) = lower(?2)")
    Optional<ProcessEntity> findByName(long tenantId, String name);
}
