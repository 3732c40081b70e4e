package studio.smartwork.portal.audit;

import java.math.BigDecimal;

/**
 * How a task was rated, each trait averaged over the people who rated it (each person once),
 * from 1 to 5. Suitability is (their sum − 3) / 12; the page's worked example shows these
 * averages, the figure itself comes from the analysis.
 */
public record TraitAverages(BigDecimal repetitive, BigDecimal ruleBased, BigDecimal predictable) {
}
