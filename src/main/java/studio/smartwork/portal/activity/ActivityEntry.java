package studio.smartwork.portal.activity;

import java.time.Instant;

/** One line of a tenant's activity feed: who did what, when. */
public record ActivityEntry(Instant occurredAt, String summary) {
}
