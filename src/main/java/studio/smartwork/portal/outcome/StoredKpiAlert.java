package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;

/**
 * A KPI alert as it is kept and followed up (docs/product.md, "Stored KPI alerts"): raised once
 * when the monitoring rule of {@link SavingsCalculator#alerts} first holds, with the rule and the
 * values that raised it; acknowledged by a person with a note; resolved by itself when the rule
 * no longer holds. Open while not resolved, acknowledged or not.
 *
 * @param since    the first period of the pattern that raised it (it does not move on afterwards)
 * @param target   the KPI's target when it was raised
 * @param evidence the periods the rule looked at, oldest first, with their values (null: none)
 */
public record StoredKpiAlert(
        long id,
        long recordId,
        String solutionReference,
        long kpiId,
        String kpiName,
        KpiAlert.Kind kind,
        LocalDate since,
        Instant raisedAt,
        BigDecimal target,
        KpiDirection direction,
        KpiCadence cadence,
        List<PeriodValue> evidence,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String note,
        @Nullable Instant resolvedAt) {

    /** A period the rule looked at and its value then; null when the period had no value. */
    public record PeriodValue(LocalDate periodStart, @Nullable BigDecimal value) {
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    /** The alert as the dashboard, the board, the portfolio and the API list it. */
    public KpiAlert asAlert() {
        return new KpiAlert(recordId, solutionReference, kpiId, kpiName, kind, since);
    }
}
