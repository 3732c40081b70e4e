package studio.smartwork.portal.board.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;
import studio.smartwork.portal.tenancy.TenantSession;

/** Action items name who was given them, who created them and who ticked them off. */
@Component
class BoardPeopleOfRecord implements PeopleOfRecord {

    private final JdbcClient jdbc;

    BoardPeopleOfRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> namedAmong(TenantSession session, Collection<Long> personIds) {
        return new HashSet<>(jdbc.sql("""
                select assignee_id from action_item where tenant_id = :tenant and assignee_id in (:people)
                union select created_by from action_item where tenant_id = :tenant and created_by in (:people)
                union select done_by from action_item where tenant_id = :tenant and done_by in (:people)
                """)
                .param("tenant", session.tenant().value())
                .param("people", personIds)
                .query(Long.class).list());
    }
}
