package studio.smartwork.portal.notifications.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;

/**
 * An erased person's own notifications go with them (they were only for them), and others'
 * notifications that name them ("Eva gave you an action item") name their label instead. Their
 * mails still in the outbox go too: nothing is sent to an address that is gone.
 */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        jdbc.sql("delete from notification where tenant_id = :t and person_id = :p")
                .param("t", session.tenant().value()).param("p", person.personId()).update();
        jdbc.sql("""
                        update notification set text_values = array(
                            select regexp_replace(regexp_replace(v, :name, :label, 'g'), :email, :label, 'gi')
                            from unnest(text_values) with ordinality as value(v, position) order by position)
                        where tenant_id = :t and exists (select 1 from unnest(text_values) v where v ~ :name or v ~* :email)""")
                .param("name", person.namePattern()).param("email", person.emailPattern()).param("label", person.label())
                .param("t", session.tenant().value()).update();
        jdbc.sql("delete from mail_outbox where lower(recipient) = lower(:email)").param("email", person.email()).update();
    }
}
