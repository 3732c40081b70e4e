package studio.smartwork.portal.people;

import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.internal.ConsultantAssignmentRepository;
import studio.smartwork.portal.people.internal.MembershipEntity;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.tenancy.TenantAccessPolicy;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Who may enter a tenant: administrators always (also archived ones, to restore them);
 * consultants when assigned; client people through their membership. Archived tenants
 * are closed to everyone but administrators. The person's role is read from the database
 * each time, so a removed membership takes effect on the next request.
 */
@Component
class PeopleAccessPolicy implements TenantAccessPolicy {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final ConsultantAssignmentRepository assignments;
    private final TenantService tenants;

    PeopleAccessPolicy(PersonRepository people, MembershipRepository memberships,
            ConsultantAssignmentRepository assignments, TenantService tenants) {
        this.people = people;
        this.memberships = memberships;
        this.assignments = assignments;
        this.tenants = tenants;
    }

    @Override
    public Optional<TenantRole> roleOf(Actor actor, TenantId tenant) {
        var person = people.findById(actor.personId()).filter(p -> p.active());
        Optional<TenantSummary> summary = tenants.find(tenant);
        if (person.isEmpty() || summary.isEmpty()) {
            return Optional.empty();
        }
        if (person.get().platformRole() == studio.smartwork.portal.identity.PlatformRole.ADMIN) {
            return Optional.of(TenantRole.ADMIN);
        }
        if (!summary.get().isActive()) {
            return Optional.empty();
        }
        if (person.get().platformRole() == studio.smartwork.portal.identity.PlatformRole.CONSULTANT) {
            return assignments.findByTenantIdAndPersonId(tenant.value(), actor.personId())
                    .map(a -> TenantRole.CONSULTANT);
        }
        return memberships.findByTenantIdAndPersonId(tenant.value(), actor.personId()).map(MembershipEntity::role);
    }
}
