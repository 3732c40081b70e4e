package studio.smartwork.portal.portfolio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/** The consultant's portfolio as a list of clients to sort by a figure and narrow by name. */
class PortfolioGridTests extends KaribuTests {

    @Test
    void theConsultantSortsClientsByAFigureAndFindsOneByName() {
        signIn(DemoPeople.CARLA);
        navigate("portfolio");
        @SuppressWarnings("unchecked")
        Grid<PortfolioRow> grid = _get(Grid.class);
        assertThat(grid.isAllRowsVisible()).isFalse();
        int clients = GridKt._size(grid);
        assertThat(clients).isGreaterThanOrEqualTo(2);

        GridKt._sortByKey(grid, "candidates", SortDirection.DESCENDING);
        List<Integer> candidates = IntStream.range(0, clients).mapToObj(row -> GridKt._get(grid, row).candidates()).toList();
        assertThat(candidates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        GridKt._sortByKey(grid, "client", SortDirection.ASCENDING);
        List<String> names = IntStream.range(0, clients).mapToObj(row -> GridKt._get(grid, row).tenant().name().toLowerCase()).toList();
        assertThat(names).isSorted();

        _setValue(_get(TextField.class, spec -> spec.withId("portfolio-filter")), "acme");
        assertThat(GridKt._size(grid)).isOne();
        assertThat(GridKt._get(grid, 0).tenant().slug()).isEqualTo("acme");
    }
}
