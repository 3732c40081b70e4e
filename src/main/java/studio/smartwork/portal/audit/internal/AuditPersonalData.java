package studio.smartwork.portal.audit.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;
import studio.smartwork.portal.tenantdata.PersonalText;

/**
 * The audit's free text that may name an erased person: notes on entries, "where does it
 * break", friction notes and candidates' notes. The entries and ratings themselves stay:
 * they were real work, and the figures count them under the person's label.
 */
@Component
class AuditPersonalData implements PersonalData {

    private static final List<String> TEXTS = List.of("audit_time_entry.note", "audit_task_rating.breaks_where",
            "audit_friction_note.text", "audit_candidate.note");

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(TenantSession session, ErasedPerson person) {
        for (String text : TEXTS) {
            PersonalText.replace(jdbc, session, person, text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1));
        }
    }
}
