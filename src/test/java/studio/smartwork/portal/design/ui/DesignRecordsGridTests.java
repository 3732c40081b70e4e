package studio.smartwork.portal.design.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** A client's design records when they are more than a page: paged, sorted and filtered by the server. */
class DesignRecordsGridTests extends KaribuTests {

    @Test
    void manyRecordsAreListedAPageAtATimeSortedByNumberAndFiltered() {
        FreshClient client = FreshClient.withPeople(context, "Records");
        DesignRecords designs = context.getBean(DesignRecords.class);
        SignIn.as(context, client.consultant());
        for (int n = 1; n <= 55; n++) {
            designs.create(client.id(), "Record " + String.format("%02d", n), List.of());
        }
        List<DesignRecordSummary> whole = designs.records(client.id());
        SignIn.out();

        signIn(client.consultant());
        navigate("t/" + client.slug() + "/designs");
        @SuppressWarnings("unchecked")
        Grid<DesignRecordSummary> grid = _get(Grid.class, spec -> spec.withId("design-records"));
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(55);
        assertThat(GridKt._findAll(grid)).as("the pages hold what the whole list holds, row for row").isEqualTo(whole);

        GridKt._sortByKey(grid, "record", SortDirection.ASCENDING);
        // As text, SDR-10 would come right after SDR-1.
        assertThat(GridKt._get(grid, 1).reference()).isEqualTo("SDR-2");
        assertThat(GridKt._get(grid, 9).reference()).isEqualTo("SDR-10");

        TextField filter = _get(TextField.class, spec -> spec.withId("records-filter"));
        _setValue(filter, "SDR-5");
        assertThat(GridKt._findAll(grid)).extracting(DesignRecordSummary::number).containsExactly(5, 50, 51, 52, 53, 54, 55);
        _setValue(filter, "record 07");
        assertThat(GridKt._findAll(grid)).extracting(DesignRecordSummary::title).containsExactly("Record 07");
    }
}
