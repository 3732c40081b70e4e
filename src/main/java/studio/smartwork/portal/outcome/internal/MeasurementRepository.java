package studio.smartwork.portal.outcome.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasurementRepository extends JpaRepository<MeasurementEntity, Long> {

    List<MeasurementEntity> findByTenantIdAndKpiIdInOrderByPeriodStartAsc(long tenantId, Collection<Long> kpiIds);

    Optional<MeasurementEntity> findByTenantIdAndKpiIdAndPeriodStart(long tenantId, long kpiId, LocalDate periodStart);
}
