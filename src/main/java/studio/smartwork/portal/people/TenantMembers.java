package studio.smartwork.portal.people;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.internal.MembershipEntity;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.people.internal.TeamEntity;
import studio.smartwork.portal.people.internal.TeamRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The client people of a tenant: who they are, their role and team, and removing them. The
 * rules of who may change whom are in {@link PeopleRules}; people join through {@link Invitations}.
 */
@Service
public class TenantMembers {

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final TenantScope tenantScope;
    private final ActivityLog activity;
    private final JdbcClient jdbc;

    TenantMembers(PersonRepository people, MembershipRepository memberships, TeamRepository teams,
            TenantScope tenantScope, ActivityLog activity, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.people = people;
        this.memberships = memberships;
        this.teams = teams;
        this.tenantScope = tenantScope;
        this.activity = activity;
    }

    /** The client people of a tenant; for those who manage people, not for staff. */
    public List<Member> members(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            Map<Long, TeamEntity> teamsById = new HashMap<>();
            teams.findByTenantIdOrderByNameAsc(tenant.value()).forEach(t -> teamsById.put(t.id(), t));
            List<MembershipEntity> all = memberships.findByTenantId(tenant.value());
            Map<Long, PersonEntity> persons = new HashMap<>();
            people.findAllById(all.stream().map(MembershipEntity::personId).toList()).forEach(p -> persons.put(p.id(), p));
            return all.stream().map(m -> {
                PersonEntity p = persons.get(m.personId());
                TeamEntity team = m.teamId() == null ? null : teamsById.get(m.teamId());
                return new Member(p.id(), p.displayName(), p.email(), m.role(), m.teamId(),
                        team == null ? null : team.name(), p.hasSignIn());
            }).sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName)).toList();
        });
    }

    /** Roles in the order of {@link TenantRole}, as {@link #members(TenantId)} lists them. */
    private static final String ROLE_ORDER = """
            array_position(array['ADMIN','CONSULTANT','EXECUTIVE','STAFF'], m.role::text)""";

    /** The list's own order: by role, then name. */
    private static final String MEMBER_ORDER = ROLE_ORDER + """
            , lower(pe.display_name), pe.id""";

    /** The columns the people list may be sorted by, each with the SQL it sorts by. */
    private static final Map<String, String> MEMBER_SORTS = Map.of(
            "name", "lower(pe.display_name)",
            "email", "pe.email",
            "role", ROLE_ORDER,
            "team", "lower(tm.name)");

    /** Narrows the people to those whose name, address or team holds the typed text. */
    private static final String MEMBER_FILTER = """
            (not :filtered or pe.display_name ilike :pattern or pe.email ilike :pattern or tm.name ilike :pattern)""";

    /**
     * A page of the people {@link #members(TenantId)} lists, in its order (role, then name)
     * unless sorted by a column of {@code MEMBER_SORTS}, narrowed by name, address or team.
     */
    public List<Member> members(TenantId tenant, PageRequest page) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            return jdbc.sql("""
                    select pe.id, pe.display_name, pe.email, m.role, m.team_id, tm.name,
                           pe.password_hash is not null or pe.oidc_subject is not null
                    from membership m
                    join person pe on pe.id = m.person_id
                    left join team tm on tm.id = m.team_id
                    where m.tenant_id = :t and %s
                    order by %s
                    limit :limit offset :offset
                    """.formatted(MEMBER_FILTER, page.orderBy(MEMBER_SORTS, MEMBER_ORDER)))
                    .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                    .param("limit", page.limit()).param("offset", page.offset())
                    .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), TenantRole.valueOf(rs.getString(4)),
                            rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7)))
                    .list();
        });
    }

    /** How many people {@link #members(TenantId, PageRequest)} pages through with this filter. */
    public int memberCount(TenantId tenant, String filter) {
        PageRequest page = PageRequest.first(0).filtered(filter);
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            return jdbc.sql("""
                    select count(*) from membership m
                    join person pe on pe.id = m.person_id
                    left join team tm on tm.id = m.team_id
                    where m.tenant_id = :t and %s
                    """.formatted(MEMBER_FILTER))
                    .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                    .query(Integer.class).single();
        });
    }

    /** Changes a member's role or team; executives may only change staff, and only within staff. */
    public void changeMember(TenantId tenant, long personId, TenantRole role, @Nullable Long teamId) {
        tenantScope.write(tenant, session -> {
            MembershipEntity membership = memberships.findByTenantIdAndPersonId(tenant.value(), personId)
                    .orElseThrow(TenantNotFoundException::new);
            PeopleRules.requireMayInvite(session, membership.role());
            PeopleRules.requireMayInvite(session, role);
            membership.change(role, PeopleRules.checkedTeam(teams, tenant, teamId));
            activity.record(session, "people.activity.member-changed", nameOf(personId));
            return null;
        });
    }

    /**
     * Removes a person from a tenant: administrators and the tenant's consultants remove anyone
     * of the client, executives their staff. It takes effect at once, also on the person's open
     * pages (every request checks the membership again). Their audit time stays in the figures,
     * at the cost it was logged at; their account stays for other tenants.
     */
    public void removeMember(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            MembershipEntity membership = memberships.findByTenantIdAndPersonId(tenant.value(), personId)
                    .orElseThrow(TenantNotFoundException::new);
            PeopleRules.requireMayRemove(session, membership.role());
            if (personId == session.actor().personId()) {
                throw InvalidInputException.of("person", "people.refusal.remove-yourself");
            }
            memberships.delete(membership);
            activity.record(session, "people.activity.member-removed", nameOf(personId));
            return null;
        });
    }

    private String nameOf(long personId) {
        return people.findById(personId).map(PersonEntity::displayName).orElse("—");
    }
}
