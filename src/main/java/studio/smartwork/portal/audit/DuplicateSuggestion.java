package studio.smartwork.portal.audit;

/**
 * Two tasks of the catalogue that look like the same task typed two ways. Merging it moves
 * {@code from} into {@code into}, the one with more time entries (the older one on a tie), so
 * the fewest entries change task; {@code moves} is what goes with {@code from}.
 */
public record DuplicateSuggestion(AuditTask from, AuditTask into, int similarityPercent, MergeMoves moves) {

    /** What a merge would move from the merged task: time entries, ratings and candidates naming it. */
    public record MergeMoves(int entries, int ratings, int candidates) {
    }
}
