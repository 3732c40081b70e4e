package studio.smartwork.portal.design.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DesignRevisionRepository extends JpaRepository<DesignRevisionEntity, Long> {

    Optional<DesignRevisionEntity> findByTenantIdAndRecordIdAndRevision(long tenantId, long recordId, int revision);

    List<DesignRevisionEntity> findByTenantIdAndRecordIdOrderByRevisionDesc(long tenantId, long recordId);

    /** The revision each record of a tenant shows now, in one query for lists. */
    @Query("""
            select r from DesignRevisionEntity r, DesignRecordEntity d
            where d.id = r.recordId and r.revision = d.currentRevision and d.tenantId = ?1
            """)
    List<DesignRevisionEntity> findCurrentRevisions(long tenantId);

    /** The revision each record of a tenant was last approved at, in one query for the live solutions. */
    @Query("""
            select r from DesignRevisionEntity r, DesignRecordEntity d
            where d.id = r.recordId and r.revision = d.approvedRevision and d.tenantId = ?1
            """)
    List<DesignRevisionEntity> findApprovedRevisions(long tenantId);
}
