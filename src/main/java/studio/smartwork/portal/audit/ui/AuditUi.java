package studio.smartwork.portal.audit.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import studio.smartwork.portal.audit.AnalysisGroup;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Small view helpers shared by the audit's pages: who sees what, and figures and dates in the
 * tenant's locale with the words of the page's language.
 */
final class AuditUi {

    private AuditUi() {
    }

    static boolean runsAudit(TenantAccess access) {
        return access.role().isConsultancy();
    }

    static boolean seesResults(TenantAccess access) {
        return access.role() != TenantRole.STAFF;
    }

    static TenantFormat format(TenantAccess access) {
        return access.tenant().formatFor(Texts.locale());
    }

    static String date(TenantAccess access, LocalDate date) {
        return format(access).date(date);
    }

    static String window(TenantAccess access, Campaign campaign) {
        return date(access, campaign.startsOn()) + " – " + date(access, campaign.endsOn());
    }

    static String hours(TenantAccess access, BigDecimal value) {
        return Texts.t("audit.hours", format(access).number(value, 1));
    }

    static String percent(TenantAccess access, BigDecimal fraction) {
        return format(access).percent(fraction, 0);
    }

    static String status(Campaign campaign) {
        return Texts.t(campaign.open() ? "audit.campaign.status.open" : "audit.campaign.status.closed");
    }

    /** A process's or team's name; the groups without one are named in the page's language. */
    static String label(AnalysisGroup group) {
        return switch (group.kind()) {
            case NAMED -> String.valueOf(group.name());
            case NO_TEAM -> Texts.t("audit.analysis.no-team");
            case FOLDED -> Texts.t("audit.analysis.folded", Analysis.SMALLEST_GROUP_SHOWN);
        };
    }
}
