package studio.smartwork.portal.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.people.internal.ConsultantAssignmentRepository;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/** The names a tenant's pages show for who wrote, decided or was given something (decision 0071). */
@Service
public class PersonNames {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final ConsultantAssignmentRepository assignments;
    private final TenantScope tenantScope;
    private final List<PeopleOfRecord> peopleOfRecord;
    private final JdbcClient jdbc;

    PersonNames(PersonRepository people, MembershipRepository memberships, ConsultantAssignmentRepository assignments,
            TenantScope tenantScope, List<PeopleOfRecord> peopleOfRecord, JdbcClient jdbc) {
        this.people = people;
        this.memberships = memberships;
        this.assignments = assignments;
        this.tenantScope = tenantScope;
        this.peopleOfRecord = peopleOfRecord;
        this.jdbc = jdbc;
    }

    /**
     * Display names of people, for showing who wrote or decided something in a tenant: its
     * members and consultants, and those its rows name as having done something (who may have
     * left it since). Anyone else is left out like an unknown id, so no id reveals the name of a
     * person of another tenant.
     */
    public Map<Long, String> displayNames(TenantId tenant, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return tenantScope.read(tenant, session -> {
            Set<Long> asked = Set.copyOf(personIds);
            Set<Long> known = new HashSet<>();
            memberships.findByTenantId(tenant.value()).forEach(m -> known.add(m.personId()));
            assignments.findByTenantId(tenant.value()).forEach(a -> known.add(a.personId()));
            known.retainAll(asked);
            List<Long> others = asked.stream().filter(id -> !known.contains(id)).toList();
            String ofRecord = peopleOfRecord.stream().flatMap(feature -> feature.personColumns().stream())
                    .map(c -> """
                            select %1$s from %2$s where tenant_id = :tenant and %1$s in (:people)""".formatted(c.column(), c.table()))
                    .collect(Collectors.joining(" union "));
            if (!others.isEmpty() && !ofRecord.isEmpty()) {
                known.addAll(jdbc.sql(ofRecord).param("tenant", tenant.value()).param("people", others).query(Long.class).list());
            }
            Map<Long, String> names = new HashMap<>();
            people.findAllById(known).forEach(p -> names.put(p.id(), p.displayName()));
            return names;
        });
    }
}
