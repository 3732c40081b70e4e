package studio.smartwork.portal.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a participant is: days with at least one entry, of the working days (Mon–Fri)
 * of the window up to today (capped at the window's end).
 */
public record ParticipantProgress(long personId, String displayName, int daysLogged, int workingDaysSoFar) {

    /** Share of the working days so far that were logged, 0–1; zero before the window starts. */
    public BigDecimal completion() {
        if (workingDaysSoFar == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(Math.min(daysLogged, workingDaysSoFar))
                .divide(BigDecimal.valueOf(workingDaysSoFar), 4, RoundingMode.HALF_UP);
    }
}
