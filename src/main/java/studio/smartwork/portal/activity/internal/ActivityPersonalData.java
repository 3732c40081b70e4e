package studio.smartwork.portal.activity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/** The activity feed says what people did in words that name them: an erased person is named by their label. */
@Component
class ActivityPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ActivityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        PersonalText.replace(jdbc, session, person, "activity", "summary");
        PersonalText.replace(jdbc, session, person, "activity", "summary_args");
    }
}
