package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.PageRequest;

/**
 * What every list that grows with use shares: a grid of its own height that the browser
 * scrolls, asking the server for the rows it shows one page at a time, and a field above it
 * that narrows the list as one types.
 */
public final class GridPages {

    /** Tall enough to read a page of rows, short enough to leave the page's other parts in view. */
    public static final String HEIGHT = "min(70vh, 36em)";

    private GridPages() {
    }

    /** The page a grid asks for, with the first column it is sorted by (a column's key names what it sorts by). */
    public static PageRequest request(Query<?, ?> query, String filter) {
        List<QuerySortOrder> orders = query.getSortOrders();
        QuerySortOrder first = orders == null || orders.isEmpty() ? null : orders.getFirst();
        return new PageRequest(query.getOffset(), query.getLimit(), first == null ? null : first.getSorted(),
                first != null && first.getDirection() == SortDirection.DESCENDING, filter);
    }

    /** Gives a grid its own height, so that it loads and renders only the rows in view. */
    public static <T> Grid<T> scrolling(Grid<T> grid) {
        grid.setAllRowsVisible(false);
        grid.setHeight(HEIGHT);
        grid.setMinHeight("14em");
        return grid;
    }

    /**
     * A field that narrows a list: labelled for everyone, with a hint of what it searches, and
     * {@code changed} run a moment after the typing stops.
     */
    public static TextField filterField(String id, String placeholder, Runnable changed) {
        TextField field = new TextField(Texts.t("shared.grid.filter"));
        field.setId(id);
        field.setPlaceholder(placeholder);
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidth("22em");
        field.addValueChangeListener(change -> changed.run());
        return field;
    }

    /**
     * A list worked out on the server once (figures, not table rows): the grid pages and sorts
     * it in memory, so only the rows in view reach the browser, and the field narrows it by the
     * text each row is found by. Columns sort by the figure behind them, given with {@code setComparator}.
     */
    public static <T> GridListDataView<T> inMemory(Grid<T> grid, List<T> rows, TextField filter, Function<T, String> foundBy) {
        GridListDataView<T> view = grid.setItems(rows);
        Runnable narrow = () -> {
            PageRequest typed = PageRequest.first(0).filtered(filter.getValue());
            view.setFilter(row -> typed.matches(foundBy.apply(row)));
        };
        filter.addValueChangeListener(change -> narrow.run());
        narrow.run();
        return view;
    }

    /**
     * A short list that may still grow (a campaign's notes, a tenant's teams): all its rows in
     * the page while they are few, a scrolling grid of its own height once they are more.
     */
    public static <T> Grid<T> fitting(Grid<T> grid, int rows) {
        if (rows > FEW_ROWS) {
            return scrolling(grid);
        }
        grid.setHeight(null);
        grid.setMinHeight(null);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** How many rows a short list shows in full before it scrolls. */
    public static final int FEW_ROWS = 12;

    /** Orders rows by a figure that may be missing, the missing ones first (as the SQL lists sort nulls ascending). */
    public static <T, V extends Comparable<? super V>> Comparator<T> byFigure(Function<T, @Nullable V> figure) {
        return Comparator.comparing(figure, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** Orders rows by a text, ignoring case. */
    public static <T> Comparator<T> byText(Function<T, @Nullable String> text) {
        return Comparator.comparing(row -> { String value = text.apply(row); return value == null ? "" : value.toLowerCase(Locale.ROOT); });
    }
}
