package studio.smartwork.portal.audit;

/** An entry as a page last saw it: which one, and which version of it, so a change made meanwhile is never overwritten. */
public record EntryVersion(long entryId, long version) {
}
