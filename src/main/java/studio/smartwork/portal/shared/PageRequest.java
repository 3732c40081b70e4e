package studio.smartwork.portal.shared;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list as a grid asks for it: the first row wanted, how many rows, the column
 * it is sorted by and which way, and the text typed to narrow it. The sort key is only ever
 * looked up among the columns a list offers ({@link #orderBy}); the filter is only ever bound
 * as a parameter ({@link #containsPattern}), so nothing a person types becomes SQL.
 */
public record PageRequest(int offset, int limit, @Nullable String sortKey, boolean descending, String filter) {

    // Nulls sort as the smallest values, as the lists kept in memory sort them (GridPages.byFigure).
    private static final String DESCENDING = """
            \sdesc nulls last,\s""";
    private static final String ASCENDING = """
            \sasc nulls first,\s""";

    /** The most rows one page may ask for; a grid asks for a few dozen at a time. */
    public static final int MOST_ROWS = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        limit = Math.clamp(limit, 0, MOST_ROWS);
        filter = filter == null ? "" : filter.strip();
    }

    /** The first {@code limit} rows in the list's own order, unfiltered. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false, "");
    }

    /** The same page narrowed by other text. */
    public PageRequest filtered(String text) {
        return new PageRequest(offset, limit, sortKey, descending, text);
    }

    /** The same rows sorted by another column. */
    public PageRequest sortedBy(String key, boolean descendingOrder) {
        return new PageRequest(offset, limit, key, descendingOrder, filter);
    }

    public boolean hasFilter() {
        return !filter.isEmpty();
    }

    /**
     * The filter as a pattern for {@code ILIKE} that finds it anywhere in a text, its own
     * {@code %}, {@code _} and backslashes taken literally (backslash is PostgreSQL's escape).
     */
    public String containsPattern() {
        return containsPattern(filter);
    }

    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether a row's text holds the filter, ignoring case: the same test as the SQL's {@code ILIKE}, for lists kept in memory. */
    public boolean matches(String text) {
        return !hasFilter() || text.toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT));
    }

    /**
     * An {@code ORDER BY} list: the column the page is sorted by, looked up among those a list
     * offers (key → SQL expression written in the source), then the list's own order, which
     * also breaks ties so that pages never overlap. An unknown key sorts by the list's order.
     */
    public String orderBy(Map<String, String> sortable, String ownOrder) {
        String column = sortKey == null ? null : sortable.get(sortKey);
        if (column == null) {
            return ownOrder;
        }
        return column + (descending ? DESCENDING : ASCENDING) + ownOrder;
    }
}
