package studio.smartwork.portal.audit;

/**
 * Told how far an import has come, step by step, so a page can show a progress bar and say what
 * is happening while a big file is read, checked and stored. Called on the importing thread,
 * inside its transaction, a few dozen times per step at most: keep it quick.
 */
@FunctionalInterface
public interface ImportProgress {

    /** The steps of an import, in order; each weighs the same on a progress bar. */
    enum Step {
        /** The file is read into entries; counted in characters of the file, as the number of entries is not known yet. */
        READ,
        /** Entries checked against the audit's rules. */
        CHECKED,
        /** Entries handed to the database; once all are, the database stores them in one statement, which tells nothing on the way. */
        SENT,
        /** Entries stored: told once, when they all are. */
        STORED
    }

    ImportProgress NONE = (step, done, total) -> {
    };

    /** {@code done} of {@code total} units of {@code step} are behind. */
    void reached(Step step, int done, int total);

    /** The share of a whole import behind, 0 to 1, when {@code step} has come to {@code done} of {@code total}. */
    static double share(Step step, int done, int total) {
        double withinStep = total <= 0 ? 1 : Math.min(1, Math.max(0, (double) done / total));
        return (step.ordinal() + withinStep) / Step.values().length;
    }
}
