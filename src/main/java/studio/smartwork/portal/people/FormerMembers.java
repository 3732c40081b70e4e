package studio.smartwork.portal.people;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.internal.InvitationStatus;
import studio.smartwork.portal.people.internal.InvitationRepository;
import studio.smartwork.portal.people.internal.MembershipEntity;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.TenantDeletionParticipant;

/**
 * When a tenant is deleted for good, its client people who belong to no other tenant (and are
 * invited nowhere) have no reason to stay: they are erased with it. People of other tenants,
 * and the consultancy's people, keep their accounts.
 */
@Component
class FormerMembers implements TenantDeletionParticipant {

    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final PersonRepository people;
    private final TenantScope tenantScope;
    private final PersonErasure erasure;

    FormerMembers(MembershipRepository memberships, InvitationRepository invitations, PersonRepository people,
            TenantScope tenantScope, PersonErasure erasure) {
        this.memberships = memberships;
        this.invitations = invitations;
        this.people = people;
        this.tenantScope = tenantScope;
        this.erasure = erasure;
    }

    @Override
    public Runnable beforeDeletion(TenantSession session) {
        Set<Long> members = new LinkedHashSet<>();
        memberships.findByTenantId(session.tenant().value()).stream().map(MembershipEntity::personId).forEach(members::add);
        invitations.findByTenantIdAndStatusOrderByInvitedAtAsc(session.tenant().value(), InvitationStatus.PENDING)
                .forEach(i -> members.add(i.personId()));
        return () -> members.forEach(personId -> people.findById(personId)
                .filter(p -> p.platformRole() == null && !p.isErased() && belongsNowhere(p))
                .ifPresent(p -> erasure.erase(p.id())));
    }

    private boolean belongsNowhere(PersonEntity person) {
        return tenantScope.asPerson(person.toActor(), () -> memberships.findByPersonId(person.id()).isEmpty()
                && invitations.countByPersonIdAndStatus(person.id(), InvitationStatus.PENDING) == 0);
    }
}
