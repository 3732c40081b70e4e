package studio.smartwork.portal.design.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;
import studio.smartwork.portal.tenancy.TenantSession;

/** Design records name who created them and their revisions, who decided on them and who commented. */
@Component
class DesignPeopleOfRecord implements PeopleOfRecord {

    private final JdbcClient jdbc;

    DesignPeopleOfRecord(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> namedAmong(TenantSession session, Collection<Long> personIds) {
        return new HashSet<>(jdbc.sql("""
                select created_by from design_record where tenant_id = :tenant and created_by in (:people)
                union select created_by from design_revision where tenant_id = :tenant and created_by in (:people)
                union select decided_by from design_review where tenant_id = :tenant and decided_by in (:people)
                union select author_id from design_comment where tenant_id = :tenant and author_id in (:people)
                """)
                .param("tenant", session.tenant().value())
                .param("people", personIds)
                .query(Long.class).list());
    }
}
