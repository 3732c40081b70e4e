package studio.smartwork.portal.design.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import studio.smartwork.portal.design.DesignStatus;

public interface DesignRecordRepository extends JpaRepository<DesignRecordEntity, Long> {

    List<DesignRecordEntity> findByTenantIdOrderByNumberDesc(long tenantId);

    Optional<DesignRecordEntity> findByTenantIdAndNumber(long tenantId, int number);

    Optional<DesignRecordEntity> findByIdAndTenantId(long id, long tenantId);

    List<DesignRecordEntity> findByTenantIdAndStatusInOrderByNumberAsc(long tenantId, Collection<DesignStatus> statuses);

    @Query("select coalesce(max(r.number), 0) from DesignRecordEntity r where r.tenantId = ?1")
    int highestNumber(long tenantId);
}
