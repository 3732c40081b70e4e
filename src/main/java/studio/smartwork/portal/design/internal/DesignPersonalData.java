package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/**
 * Design records' text that may name an erased person: comments, review comments, and the
 * revisions' content (revisions never change otherwise; erasure at a person's request is the
 * one exception). Authors are kept by id and shown by the person's label.
 */
@Component
class DesignPersonalData implements PersonalData {

    private static final List<String> TEXTS = List.of("design_comment.body", "design_review.comment");

    private final JdbcClient jdbc;

    DesignPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        for (String text : TEXTS) {
            PersonalText.replace(jdbc, session, person, text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1));
        }
        // Inside JSON strings only: the label has no quote or backslash, so the content stays valid JSON.
        jdbc.sql("""
                update design_revision
                set content = regexp_replace(regexp_replace(content::text, :name, :label, 'g'), :email, :label, 'gi')::jsonb
                where tenant_id = :t and (content::text ~ :name or content::text ~* :email)
                """).param("name", person.namePattern()).param("email", person.emailPattern()).param("label", person.label())
                .param("t", session.tenant().value()).update();
    }
}
