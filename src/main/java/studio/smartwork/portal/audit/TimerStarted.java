package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/** A timer just started, and the entry the person's previous timer became, if one was running. */
public record TimerStarted(RunningTimer timer, @Nullable TimeEntry stoppedInto) {
}
