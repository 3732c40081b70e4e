package studio.smartwork.portal.audit.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<TaskEntity, Long> {

    Optional<TaskEntity> findByIdAndTenantId(long id, long tenantId);

    @Query("select t from TaskEntity t where t.processId = ?1 and lower(t.name) = lower(?2)")
    Optional<TaskEntity> findByName(long processId, String name);
}
