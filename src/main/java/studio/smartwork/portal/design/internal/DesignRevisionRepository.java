package studio.smartwork.portal.design.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignRevisionRepository extends JpaRepository<DesignRevisionEntity, Long> {

    Optional<DesignRevisionEntity> findByTenantIdAndRecordIdAndRevision(long tenantId, long recordId, int revision);

    List<DesignRevisionEntity> findByTenantIdAndRecordIdOrderByRevisionDesc(long tenantId, long recordId);
}
