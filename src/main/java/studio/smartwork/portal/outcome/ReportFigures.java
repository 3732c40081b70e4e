package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shared.TenantFormat;

/**
 * Outcome figures written as the dashboard writes them (its {@code OutcomeFigures}), for a
 * reader whose language is given rather than taken from a page: the monthly report is also
 * made in a mail job, where there is no page. The same {@link TenantFormat} methods and
 * {@link OutcomePrecision} digits; the report's tests compare every figure with the page's.
 */
public record ReportFigures(TenantFormat format, PortalTexts texts, Language language) {

    String text(String key, Object... args) {
        return texts.text(language, key, args);
    }

    String hours(BigDecimal hours) {
        return format.number(hours, OutcomePrecision.HOURS) + " h";
    }

    String money(BigDecimal amount) {
        return format.money(amount);
    }

    String count(long count) {
        return format.number(BigDecimal.valueOf(count), 0);
    }

    String responseTime(@Nullable BigDecimal medianMs) {
        return medianMs == null ? text("outcome.runs.no-duration")
                : text("outcome.runs.seconds", format.number(medianMs.movePointLeft(3), OutcomePrecision.RESPONSE_SECONDS));
    }

    String roi(@Nullable BigDecimal roi) {
        return roi == null ? "—" : format.percent(roi, OutcomePrecision.ROI_PERCENT);
    }

    String value(KpiDefinition kpi, @Nullable BigDecimal value) {
        return kpiValue(format, kpi, value);
    }

    String attainment(@Nullable BigDecimal attainment) {
        return attainment(format, attainment);
    }

    /** A KPI's value in its unit ("3,5 min", "92 %"), the one way the pages, the report and its mail write it. */
    public static String kpiValue(TenantFormat format, KpiDefinition kpi, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (kpi.unit()) {
            case HOURS -> format.number(value, 1) + " h";
            case MINUTES -> format.number(value, 1) + " min";
            case COUNT -> format.number(value, value.stripTrailingZeros().scale() > 0 ? 1 : 0);
            case PERCENT -> format.percent(value.movePointLeft(2), 1);
            case MONEY -> format.money(value);
        };
    }

    /** How much of a KPI's way to its target has been made, as a percentage. */
    public static String attainment(TenantFormat format, @Nullable BigDecimal attainment) {
        return attainment == null ? "—" : format.percent(attainment, OutcomePrecision.ATTAINMENT_PERCENT);
    }

    String period(KpiCadence cadence, LocalDate periodStart) {
        return cadence == KpiCadence.WEEKLY
                ? text("outcome.period.week-of", format.date(periodStart)) : format.shortMonth(YearMonth.from(periodStart));
    }

    String months(YearMonth first, YearMonth last) {
        return format.shortMonth(first) + " – " + format.shortMonth(last);
    }

    String direction(KpiDefinition kpi) {
        return text(kpi.direction() == KpiDefinition.KpiDirection.LOWER_IS_BETTER
                ? "outcome.direction.lower-is-better" : "outcome.direction.higher-is-better");
    }
}
