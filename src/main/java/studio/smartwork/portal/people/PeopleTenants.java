package studio.smartwork.portal.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.internal.ConsultantAssignmentRepository;
import studio.smartwork.portal.people.internal.InvitationRepository;
import studio.smartwork.portal.people.internal.InvitationStatus;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantsOfPerson;

/**
 * A person works in the tenants they are a member of or are assigned to, and has to do with
 * those too that have an invitation waiting for them.
 */
@Component
class PeopleTenants implements TenantsOfPerson {

    private final MembershipRepository memberships;
    private final ConsultantAssignmentRepository assignments;
    private final InvitationRepository invitations;
    private final TenantScope tenantScope;

    PeopleTenants(MembershipRepository memberships, ConsultantAssignmentRepository assignments, InvitationRepository invitations,
            TenantScope tenantScope) {
        this.memberships = memberships;
        this.assignments = assignments;
        this.invitations = invitations;
        this.tenantScope = tenantScope;
    }

    @Override
    public Map<TenantId, TenantRole> rolesOf(Actor actor) {
        return tenantScope.asPerson(actor, () -> {
            Map<TenantId, TenantRole> roles = new HashMap<>();
            if (actor.isConsultant()) {
                assignments.findByPersonId(actor.personId()).forEach(a -> roles.put(new TenantId(a.tenantId()), TenantRole.CONSULTANT));
            } else if (!actor.isAdmin()) {
                memberships.findByPersonId(actor.personId()).forEach(m -> roles.put(new TenantId(m.tenantId()), m.role()));
            }
            return roles;
        });
    }

    @Override
    public Set<TenantId> of(Actor actor) {
        return tenantScope.asPerson(actor, () -> {
            Set<TenantId> tenants = new HashSet<>();
            memberships.findByPersonId(actor.personId()).forEach(m -> tenants.add(new TenantId(m.tenantId())));
            assignments.findByPersonId(actor.personId()).forEach(a -> tenants.add(new TenantId(a.tenantId())));
            invitations.findByPersonIdAndStatusOrderByInvitedAtAsc(actor.personId(), InvitationStatus.PENDING)
                    .forEach(i -> tenants.add(new TenantId(i.tenantId())));
            return tenants;
        });
    }
}
