package studio.smartwork.portal.design;

import java.math.BigDecimal;

/**
 * A key performance indicator of a live solution, as approved in its design record.
 * {@code id} is stable across revisions; measurements refer to it.
 */
public record KpiDefinition(
        long id,
        String name,
        KpiUnit unit,
        KpiDirection direction,
        BigDecimal baseline,
        BigDecimal target,
        KpiCadence cadence) {

    public enum KpiUnit { HOURS, MINUTES, COUNT, PERCENT, MONEY }

    public enum KpiDirection { LOWER_IS_BETTER, HIGHER_IS_BETTER }

    public enum KpiCadence { WEEKLY, MONTHLY }
}
