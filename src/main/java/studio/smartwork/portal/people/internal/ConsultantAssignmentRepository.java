package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultantAssignmentRepository extends JpaRepository<ConsultantAssignmentEntity, Long> {

    List<ConsultantAssignmentEntity> findByTenantId(long tenantId);

    List<ConsultantAssignmentEntity> findByPersonId(long personId);

    Optional<ConsultantAssignmentEntity> findByTenantIdAndPersonId(long tenantId, long personId);
}
