package studio.smartwork.portal.people;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.TeamEntity;
import studio.smartwork.portal.people.internal.TeamRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/** A tenant's teams and the hourly cost each is valued at; for those who manage people. */
@Service
public class TenantTeams {

    /** As for a tenant's default; far beyond it, an hourly cost would no longer fit its column. */
    private static final BigDecimal MAX_HOURLY_COST = new BigDecimal("100000");

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final TenantScope tenantScope;
    private final ActivityLog activity;

    TenantTeams(TeamRepository teams, MembershipRepository memberships, TenantScope tenantScope, ActivityLog activity) {
        this.teams = teams;
        this.memberships = memberships;
        this.tenantScope = tenantScope;
        this.activity = activity;
    }

    /** The tenant's teams with their hourly costs; for those who manage people, not for staff. */
    public List<Team> teams(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            return teams.findByTenantIdOrderByNameAsc(tenant.value()).stream()
                .map(t -> new Team(t.id(), t.name(), t.hourlyCost(),
                        memberships.countByTenantIdAndTeamId(tenant.value(), t.id())))
                .toList();
        });
    }

    /** Creates a team ({@code teamId} null) or renames it and changes its hourly cost. */
    public Team saveTeam(TenantId tenant, @Nullable Long teamId, String name, @Nullable BigDecimal hourlyCost) {
        return tenantScope.write(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            String trimmed = PeopleRules.trimmed(name);
            new InvalidInputException.Collector()
                    .check(!trimmed.isEmpty() && trimmed.length() <= 80, "name", "people.refusal.team-name")
                    .check(EnteredText.isLine(trimmed), "name", EnteredText.LINE)
                    .check(hourlyCost == null || (hourlyCost.signum() >= 0 && hourlyCost.compareTo(MAX_HOURLY_COST) < 0), "hourlyCost",
                            "people.refusal.hourly-cost", MAX_HOURLY_COST)
                    .throwIfAny();
            teams.findByTenantIdAndName(tenant.value(), trimmed)
                    .filter(other -> teamId == null || other.id() != teamId)
                    .ifPresent(other -> {
                        throw InvalidInputException.of("name", "people.refusal.team-name-taken", trimmed);
                    });
            TeamEntity team;
            if (teamId == null) {
                team = teams.save(new TeamEntity(tenant.value(), trimmed, hourlyCost));
                activity.record(session, "people.activity.team-created", trimmed);
            } else {
                team = teams.findByIdAndTenantId(teamId, tenant.value()).orElseThrow(TenantNotFoundException::new);
                team.change(trimmed, hourlyCost);
                activity.record(session, "people.activity.team-changed", trimmed);
            }
            teams.flush();
            return new Team(team.id(), team.name(), team.hourlyCost(), memberships.countByTenantIdAndTeamId(tenant.value(), team.id()));
        });
    }

    public void deleteTeam(TenantId tenant, long teamId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            TeamEntity team = teams.findByIdAndTenantId(teamId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (memberships.countByTenantIdAndTeamId(tenant.value(), teamId) > 0) {
                throw InvalidInputException.of("team", "people.refusal.team-has-members", team.name());
            }
            try {
                teams.delete(team);
                teams.flush();
            } catch (DataIntegrityViolationException referenced) {
                // Audit entries keep the team they were logged under, so its figures stay as they were.
                throw InvalidInputException.of("team", "people.refusal.team-has-time", team.name());
            }
            activity.record(session, "people.activity.team-deleted", team.name());
            return null;
        });
    }
}
