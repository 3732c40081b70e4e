package studio.smartwork.portal.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;

/** An erased person's running timer goes with them: it is not yet time they logged, only time they were timing. */
@Component
class TimerPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TimerPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        jdbc.sql("delete from audit_timer where tenant_id = :t and person_id = :p")
                .param("t", session.tenant().value()).param("p", person.personId()).update();
    }
}
