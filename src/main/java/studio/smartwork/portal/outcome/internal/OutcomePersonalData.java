package studio.smartwork.portal.outcome.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/** Measurements and run totals keep who recorded them by name: an erased person's becomes their label. */
@Component
class OutcomePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    OutcomePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        for (String table : new String[] {"kpi_measurement", "run_total"}) {
            jdbc.sql("update " + table + " set recorded_by_name = :label where tenant_id = :t and recorded_by = :p")
                    .param("label", person.label()).param("t", session.tenant().value()).param("p", person.personId()).update();
        }
        // Who acknowledged a KPI alert, and whatever the acknowledgement's note says of the person.
        jdbc.sql("update kpi_alert set acknowledged_by_name = :label where tenant_id = :t and acknowledged_by = :p")
                .param("label", person.label()).param("t", session.tenant().value()).param("p", person.personId()).update();
        PersonalText.replace(jdbc, session, person, "kpi_alert", "acknowledgement_note");
    }
}
