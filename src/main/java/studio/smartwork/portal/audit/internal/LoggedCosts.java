package studio.smartwork.portal.audit.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Looks up what a person's time costs now, to be stored with each entry as it is logged, so
 * later changes of teams, costs or memberships never rewrite an audit's figures. Runs inside
 * the caller's tenant transaction.
 */
@Repository
public class LoggedCosts {

    private final JdbcClient jdbc;

    LoggedCosts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LoggedCost of(long tenantId, long personId) {
        return of(tenantId, List.of(personId)).get(personId);
    }

    /** The cost of each person's time; someone without a membership costs the tenant's default. */
    public Map<Long, LoggedCost> of(long tenantId, Collection<Long> personIds) {
        BigDecimal defaultCost = jdbc.sql("select default_hourly_cost from tenant where id = :t")
                .param("t", tenantId).query(BigDecimal.class).single();
        Map<Long, LoggedCost> costs = new HashMap<>();
        personIds.forEach(id -> costs.put(id, new LoggedCost(null, defaultCost)));
        if (personIds.isEmpty()) {
            return costs;
        }
        jdbc.sql("""
                select m.person_id, m.team_id, tm.hourly_cost from membership m
                left join team tm on tm.tenant_id = m.tenant_id and tm.id = m.team_id
                where m.tenant_id = :t and m.person_id in (:people)
                """).param("t", tenantId).param("people", List.copyOf(personIds))
                .query((rs, n) -> {
                    long personId = rs.getLong(1);
                    Long teamId = rs.getObject(2, Long.class);
                    BigDecimal teamCost = rs.getBigDecimal(3);
                    costs.put(personId, new LoggedCost(teamId, teamCost == null ? defaultCost : teamCost));
                    return personId;
                }).list();
        return costs;
    }
}
