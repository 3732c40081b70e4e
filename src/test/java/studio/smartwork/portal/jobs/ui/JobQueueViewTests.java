package studio.smartwork.portal.jobs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/**
 * The job queue page: a job that failed shows up for administrators with its tries and its next
 * one, "Try now" brings that try forward, and nobody else sees the page.
 */
class JobQueueViewTests extends KaribuTests {

    // A kind no scheduler of the portal runs, so the job stays as the test leaves it.
    private final String kind = "kept-by-test-" + System.nanoTime();

    @AfterEach
    void removeTheJob() {
        context.getBean(JdbcClient.class).sql("delete from scheduled_tasks where task_name = :kind").param("kind", kind).update();
    }

    @Test
    void aFailingJobShowsUpAndIsTriedAgainAtOnceByHand() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        // As the queue leaves a job whose last three tries failed and whose next try is an hour away.
        jdbc.sql("""
                insert into scheduled_tasks (task_name, task_instance, execution_time, picked, last_failure, consecutive_failures, version)
                values (:kind, '42-1', now() + interval '1 hour', false, now(), 3, 1)""").param("kind", kind).update();

        signIn(DemoPeople.ADMIN);
        navigate("admin/jobs");
        _get(H2.class, spec -> spec.withText(Texts.t("jobs.title")));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("failing-jobs"));
        int index = rowIndex(grid);
        List<String> row = GridKt._getFormattedRow(grid, index);
        assertThat(row.subList(0, 3)).containsExactly(kind, "42-1", "3");
        assertThat(row.get(3)).endsWith(" UTC");
        assertThat(row.get(4)).isEmpty();

        Button tryNow = (Button) GridKt._getCellComponent(grid, index, "action");
        assertThat(tryNow.getText()).isEqualTo(Texts.t("jobs.try-now"));
        Instant clicked = Instant.now();
        _click(tryNow);
        Instant next = jdbc.sql("select execution_time from scheduled_tasks where task_name = :kind").param("kind", kind)
                .query(Instant.class).single();
        assertThat(next).isBetween(clicked.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @Test
    void nobodyElseSeesIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/jobs")).isInstanceOf(MockAccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/jobs")).isInstanceOf(MockAccessDeniedException.class);
    }

    private int rowIndex(Grid<?> grid) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormattedRow(grid, i).getFirst().equals(kind)) {
                return i;
            }
        }
        throw new AssertionError("No row for the failing job " + kind);
    }
}
