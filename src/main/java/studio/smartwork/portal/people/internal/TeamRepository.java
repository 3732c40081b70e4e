package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamRepository extends JpaRepository<TeamEntity, Long> {

    List<TeamEntity> findByTenantIdOrderByNameAsc(long tenantId);

    Optional<TeamEntity> findByIdAndTenantId(long id, long tenantId);

    Optional<TeamEntity> findByTenantIdAndName(long tenantId, String name);
}
