package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/**
 * A friction note of a campaign with its +1s; its author is never shown.
 *
 * @param taskId    the task it is about, or null for the work in general
 * @param taskLabel that task as the catalogue names it ("Process · Task"), or null
 */
public record FrictionNote(long id, String text, int votes, boolean mine, boolean votedByMe, @Nullable Long taskId,
        @Nullable String taskLabel) {
}
