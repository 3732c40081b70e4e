package studio.smartwork.portal.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text people enter. PostgreSQL stores no NUL character in text, so one that arrives with a
 * crafted request or a pasted file would fail in the database as a server error; and a name or
 * title is one line of ordinary characters, which the board, the exports and the e-mails show as
 * such. Every service checks the text it stores here, before anything is written, and refuses it
 * for the field with {@link #LINE} or {@link #PROSE}, the keys of what the person reads.
 */
public final class EnteredText {

    private EnteredText() {
    }

    /** True for a one-line text without control characters (a name, a title), and for no text. */
    public static boolean isLine(@Nullable String text) {
        return text == null || text.chars().noneMatch(Character::isISOControl);
    }

    /** True for a text of any number of lines without a NUL character (a note, a comment), and for no text. */
    public static boolean isProse(@Nullable String text) {
        return text == null || text.indexOf('\0') < 0;
    }

    /** Refuses a name or title holding a line break or another control character. */
    public static void requireLine(String field, @Nullable String text) {
        if (!isLine(text)) {
            throw InvalidInputException.of(field, LINE);
        }
    }

    /** Refuses a note or comment holding a NUL character. */
    public static void requireProse(String field, @Nullable String text) {
        if (!isProse(text)) {
            throw InvalidInputException.of(field, PROSE);
        }
    }

    /** The refusal of a name or title that is not one line of ordinary characters. */
    public static final String LINE = "shared.entered-text.line";
    /** The refusal of a note or comment holding a NUL character. */
    public static final String PROSE = "shared.entered-text.prose";
}
