package studio.smartwork.portal.board.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/** Action items may name an erased person in their title; who they are assigned to is kept by id. */
@Component
class BoardPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    BoardPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        PersonalText.replace(jdbc, session, person, "action_item", "title");
    }
}
