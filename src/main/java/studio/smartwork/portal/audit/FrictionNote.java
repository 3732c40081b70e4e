package studio.smartwork.portal.audit;

/** "What wastes your time?" — shown without its author; colleagues +1 it. */
public record FrictionNote(long id, String text, int votes, boolean mine, boolean votedByMe) {
}
