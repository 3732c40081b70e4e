package studio.smartwork.portal.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The signed-in person's running timer in a tenant.
 *
 * @param day              the day it started, in the tenant's time zone: the day its entry is for
 * @param elapsedSeconds   how long it has run, as of reading it
 * @param leftRunning      it started on an earlier day: the person says how much of it to keep
 * @param suggestedMinutes what to offer keeping of a timer left running: until the end of its
 *                         day, at most the tenant's working hours of a day; else the minutes so far
 */
public record RunningTimer(long campaignId, long taskId, String taskLabel, Instant startedAt, LocalDate day,
        long elapsedSeconds, boolean leftRunning, int suggestedMinutes) {
}
