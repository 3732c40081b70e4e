package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * Where a task breaks, in the words of someone who does it: the "where does it break?" text
 * written with a rating, and the friction given with it. Never with its author: consultants
 * read what breaks, not who said so.
 */
public record BreakingPoint(long taskId, String text, @Nullable Integer friction) {
}
