package studio.smartwork.portal.people;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.internal.ConsultantAssignmentEntity;
import studio.smartwork.portal.people.internal.ConsultantAssignmentRepository;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/** The consultancy's consultants and the client tenants administrators assign them to. */
@Service
public class ConsultantAssignments {

    private final PersonRepository people;
    private final ConsultantAssignmentRepository assignments;
    private final TenantScope tenantScope;
    private final ActivityLog activity;

    ConsultantAssignments(PersonRepository people, ConsultantAssignmentRepository assignments, TenantScope tenantScope,
            ActivityLog activity) {
        this.people = people;
        this.assignments = assignments;
        this.tenantScope = tenantScope;
        this.activity = activity;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Consultant> allConsultants() {
        return people.findByPlatformRoleOrderByDisplayNameAsc(PlatformRole.CONSULTANT).stream()
                .filter(PersonEntity::active)
                .map(p -> new Consultant(p.id(), p.displayName(), p.email())).toList();
    }

    /** The consultants assigned to a tenant; everyone in the tenant may see who works with them. */
    public List<Consultant> consultantsOf(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<Long> ids = assignments.findByTenantId(tenant.value()).stream().map(ConsultantAssignmentEntity::personId).toList();
            return people.findAllById(ids).stream()
                    .map(p -> new Consultant(p.id(), p.displayName(), p.email()))
                    .sorted(Comparator.comparing(Consultant::displayName)).toList();
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void assignConsultant(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireAdmin(session);
            PersonEntity consultant = people.findById(personId)
                    .filter(p -> p.platformRole() == PlatformRole.CONSULTANT && p.active())
                    .orElseThrow(() -> InvalidInputException.of("consultant", "people.refusal.consultant"));
            if (assignments.findByTenantIdAndPersonId(tenant.value(), personId).isEmpty()) {
                assignments.save(new ConsultantAssignmentEntity(tenant.value(), personId));
                activity.record(session, "people.activity.consultant-assigned", consultant.displayName());
            }
            return null;
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void unassignConsultant(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireAdmin(session);
            assignments.findByTenantIdAndPersonId(tenant.value(), personId).ifPresent(a -> {
                assignments.delete(a);
                activity.record(session, "people.activity.consultant-unassigned", nameOf(personId));
            });
            return null;
        });
    }

    private String nameOf(long personId) {
        return people.findById(personId).map(PersonEntity::displayName).orElse("—");
    }
}
