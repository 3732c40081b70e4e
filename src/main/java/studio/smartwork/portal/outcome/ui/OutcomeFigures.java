package studio.smartwork.portal.outcome.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.outcome.OutcomePrecision;
import studio.smartwork.portal.outcome.ReportFigures;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;

/**
 * How outcome figures read on screen, always through the tenant's {@link TenantFormat} for the
 * reader ({@code formatFor}), with the words in the page's language.
 */
final class OutcomeFigures {

    private OutcomeFigures() {
    }

    static String hours(TenantFormat format, BigDecimal hours) {
        return format.number(hours, OutcomePrecision.HOURS) + " h";
    }

    /** A median duration in milliseconds, read in seconds with one decimal; "—" when no run had a duration. */
    static String responseTime(TenantFormat format, @Nullable BigDecimal medianMs) {
        return medianMs == null ? Texts.t("outcome.runs.no-duration")
                : Texts.t("outcome.runs.seconds", format.number(medianMs.movePointLeft(3), OutcomePrecision.RESPONSE_SECONDS));
    }

    static String value(TenantFormat format, KpiDefinition kpi, @Nullable BigDecimal value) {
        return ReportFigures.kpiValue(format, kpi, value);
    }

    static String attainment(TenantFormat format, @Nullable BigDecimal attainment) {
        return ReportFigures.attainment(format, attainment);
    }

    static String period(TenantFormat format, KpiCadence cadence, LocalDate periodStart) {
        return cadence == KpiCadence.WEEKLY
                ? Texts.t("outcome.period.week-of", format.date(periodStart)) : format.shortMonth(YearMonth.from(periodStart));
    }

    static String months(TenantFormat format, List<YearMonth> months) {
        return format.shortMonth(months.getFirst()) + " – " + format.shortMonth(months.getLast());
    }

    static String direction(KpiDefinition kpi) {
        return Texts.t(kpi.direction() == KpiDefinition.KpiDirection.LOWER_IS_BETTER
                ? "outcome.direction.lower-is-better" : "outcome.direction.higher-is-better");
    }

    static String cadence(KpiDefinition kpi) {
        return Texts.t(kpi.cadence() == KpiCadence.WEEKLY ? "outcome.cadence.weekly" : "outcome.cadence.monthly");
    }
}
