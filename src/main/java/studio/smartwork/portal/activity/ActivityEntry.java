package studio.smartwork.portal.activity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;

/**
 * One line of a tenant's activity feed: who did what, when. {@code message} puts it in the
 * reader's language (its first value is who did it); entries written before the feed spoke
 * several languages have only their English {@code summary}.
 */
public record ActivityEntry(Instant occurredAt, String summary, @Nullable Message message) {
}
