package studio.smartwork.portal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/** Waits for what the job queue does a moment later (it polls every 250 ms in tests). */
public final class Eventually {

    private Eventually() {
    }

    /** Returns as soon as the condition holds; fails when it has not within {@code patience}. */
    public static void within(Duration patience, String what, Callable<Boolean> condition) {
        Instant giveUp = Instant.now().plus(patience);
        while (true) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                throw new AssertionError("While waiting for: " + what, e);
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not within " + patience.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
