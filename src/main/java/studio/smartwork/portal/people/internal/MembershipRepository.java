package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<MembershipEntity, Long> {

    List<MembershipEntity> findByTenantId(long tenantId);

    List<MembershipEntity> findByPersonId(long personId);

    Optional<MembershipEntity> findByTenantIdAndPersonId(long tenantId, long personId);

    long countByTenantIdAndTeamId(long tenantId, long teamId);
}
