package studio.smartwork.portal.board.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.ErasedPerson;
import studio.smartwork.portal.people.PersonalData;
import studio.smartwork.portal.tenancy.TenantSession;

/** Action items may name an erased person in their title; who they are assigned to is kept by id. */
@Component
class BoardPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    BoardPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        jdbc.sql("""
                update action_item set title = regexp_replace(regexp_replace(title, :name, :label, 'g'), :email, :label, 'gi')
                where tenant_id = :t and (title ~ :name or title ~* :email)
                """).param("name", person.namePattern()).param("email", person.emailPattern()).param("label", person.label())
                .param("t", session.tenant().value()).update();
    }
}
