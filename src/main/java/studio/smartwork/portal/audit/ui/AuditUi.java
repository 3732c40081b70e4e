package studio.smartwork.portal.audit.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.tenant.TenantAccess;

/** Small view helpers shared by the audit's pages: who sees what, and dates in the tenant's locale. */
final class AuditUi {

    private AuditUi() {
    }

    static boolean runsAudit(TenantAccess access) {
        return access.role().isConsultancy();
    }

    static boolean seesResults(TenantAccess access) {
        return access.role() != TenantRole.STAFF;
    }

    static String date(TenantAccess access, LocalDate date) {
        return access.tenant().format().date(date);
    }

    static String window(TenantAccess access, Campaign campaign) {
        return date(access, campaign.startsOn()) + " – " + date(access, campaign.endsOn());
    }

    static String hours(TenantAccess access, BigDecimal value) {
        return access.tenant().format().number(value, 1) + " h";
    }

    static String percent(TenantAccess access, BigDecimal fraction) {
        return access.tenant().format().percent(fraction, 0);
    }
}
