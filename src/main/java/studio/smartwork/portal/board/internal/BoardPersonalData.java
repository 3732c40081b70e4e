package studio.smartwork.portal.board.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/**
 * Action items may name an erased person in their title, and the cards' comments in their
 * words; who an item is assigned to and who wrote a comment are kept by id, so an erased
 * author's comments stay, under their label.
 */
@Component
class BoardPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    BoardPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        PersonalText.replace(jdbc, session, person, "action_item", "title");
        PersonalText.replace(jdbc, session, person, "board_comment", "body");
    }
}
