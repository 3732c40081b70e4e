package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

    List<InvitationEntity> findByTenantIdAndStatusOrderByInvitedAtAsc(long tenantId, InvitationStatus status);

    List<InvitationEntity> findByPersonIdAndStatusOrderByInvitedAtAsc(long personId, InvitationStatus status);

    Optional<InvitationEntity> findByIdAndTenantId(long id, long tenantId);

    Optional<InvitationEntity> findByTenantIdAndPersonIdAndStatus(long tenantId, long personId, InvitationStatus status);

    long countByPersonIdAndStatus(long personId, InvitationStatus status);
}
