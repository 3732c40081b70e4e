package studio.smartwork.portal.readiness.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;
import studio.smartwork.portal.tenancy.TenantSession;

/** A readiness self-check names the executive who answered it. */
@Component
class ReadinessPeopleOfRecord implements PeopleOfRecord {

    private final JdbcClient jdbc;

    ReadinessPeopleOfRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> namedAmong(TenantSession session, Collection<Long> personIds) {
        return new HashSet<>(jdbc.sql("select answered_by from readiness_check where tenant_id = :tenant and answered_by in (:people)")
                .param("tenant", session.tenant().value())
                .param("people", personIds)
                .query(Long.class).list());
    }
}
