package studio.smartwork.portal.design;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * When a solution was live, and nothing else: what checking a reported run needs, read without
 * the approved revision's content, so the path that takes thousands of runs a second stays short.
 */
public record LiveWindow(long recordId, String reference, YearMonth liveSince, @Nullable YearMonth retiredIn) {
}
