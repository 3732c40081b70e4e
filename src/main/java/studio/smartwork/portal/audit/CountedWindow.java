package studio.smartwork.portal.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The days a campaign's figures are scaled by. While the campaign is open they are the
 * working days from its start up to yesterday in the tenant's time zone (at least one), and
 * the figures are provisional; once it is closed, the whole window and the working days per
 * month it was closed with.
 *
 * @param countedThrough the last day counted, null when the campaign has not started yet
 */
public record CountedWindow(int workingDays, int workingDaysPerMonth, boolean provisional, @Nullable LocalDate countedThrough) {
}
