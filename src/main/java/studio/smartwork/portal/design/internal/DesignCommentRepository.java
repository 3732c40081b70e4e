package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignCommentRepository extends JpaRepository<DesignCommentEntity, Long> {

    List<DesignCommentEntity> findByTenantIdAndRecordIdOrderByCreatedAtAscIdAsc(long tenantId, long recordId);
}
