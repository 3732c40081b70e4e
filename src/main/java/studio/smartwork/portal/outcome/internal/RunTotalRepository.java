package studio.smartwork.portal.outcome.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunTotalRepository extends JpaRepository<RunTotalEntity, Long> {

    List<RunTotalEntity> findByTenantIdAndRecordIdInOrderByMonthAsc(long tenantId, Collection<Long> recordIds);

    Optional<RunTotalEntity> findByTenantIdAndRecordIdAndMonth(long tenantId, long recordId, LocalDate month);
}
