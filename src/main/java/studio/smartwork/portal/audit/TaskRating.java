package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * A person's view of a task they do, each 1–5: how repetitive, rule-based and predictable
 * (rated together), how much friction; and where it breaks.
 */
public record TaskRating(long taskId, @Nullable Integer repetitive, @Nullable Integer ruleBased,
        @Nullable Integer predictable, @Nullable Integer friction, @Nullable String breaksWhere) {
}
