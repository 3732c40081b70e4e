package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition;

/**
 * Where a KPI stands: its latest measurement, how far that is from baseline to target,
 * and any alert.
 *
 * @param attainment 0 at baseline, 1 at target (above 1 beyond it, below 0 worse than
 *                   baseline); null without a measurement or when baseline equals target
 */
public record KpiStatus(
        KpiDefinition kpi,
        @Nullable Measurement latest,
        @Nullable BigDecimal attainment,
        List<KpiAlert> alerts) {
}
