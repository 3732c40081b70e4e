package studio.smartwork.portal.audit;

/**
 * Told how far an import has come, so a page can show a progress bar while a big file is checked
 * and stored. Called on the importing thread, inside its transaction: keep it quick.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} steps are behind: each entry checked counts one, each entry stored one more. */
    void reached(int done, int total);
}
