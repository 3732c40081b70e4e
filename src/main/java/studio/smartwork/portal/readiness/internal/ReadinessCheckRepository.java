package studio.smartwork.portal.readiness.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadinessCheckRepository extends JpaRepository<ReadinessCheckEntity, Long> {

    Optional<ReadinessCheckEntity> findFirstByTenantIdOrderByAnsweredAtDescIdDesc(long tenantId);
}
