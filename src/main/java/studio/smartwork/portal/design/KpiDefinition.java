package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.util.Locale;

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

    public enum KpiUnit {
        HOURS, MINUTES, COUNT, PERCENT, MONEY;

        /** The key of the unit's name in the portal's texts: "design.kpi-unit.hours". */
        public String textKey() {
            return "design.kpi-unit." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum KpiDirection {
        LOWER_IS_BETTER, HIGHER_IS_BETTER;

        /** The key of the direction's words in the portal's texts: "design.kpi-direction.lower-is-better". */
        public String textKey() {
            return "design.kpi-direction." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum KpiCadence {
        WEEKLY, MONTHLY;

        /** The key of the cadence's name in the portal's texts: "design.kpi-cadence.monthly". */
        public String textKey() {
            return "design.kpi-cadence." + name().toLowerCase(Locale.ROOT);
        }
    }
}
