package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignReviewRepository extends JpaRepository<DesignReviewEntity, Long> {

    List<DesignReviewEntity> findByTenantIdAndRecordIdOrderByDecidedAtDesc(long tenantId, long recordId);
}
