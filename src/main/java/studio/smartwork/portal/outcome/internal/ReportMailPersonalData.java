package studio.smartwork.portal.outcome.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;

/** Which months' reports an erased executive was sent goes with them: it says nothing about the tenant. */
@Component
class ReportMailPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ReportMailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        jdbc.sql("delete from monthly_report_mail where tenant_id = :t and person_id = :p")
                .param("t", session.tenant().value()).param("p", person.personId()).update();
    }
}
