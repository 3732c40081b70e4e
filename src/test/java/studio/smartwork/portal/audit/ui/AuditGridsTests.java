package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.ManyPeople;
import studio.smartwork.portal.support.SignIn;

/**
 * The audit's lists when they are longer than a page: the grid asks the server for the rows it
 * shows, the count is the whole list's, a figure column sorts by its number, and the filter field
 * narrows the list.
 */
class AuditGridsTests extends KaribuTests {

    // 2026-06-01 is a Monday: a window of three weeks, 15 working days.
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final int PEOPLE = 60;

    @Test
    void aLongLogPagesSortsByMinutesAndFiltersByTaskOrNoteOnTheServer() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Long log " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            // 13 entries on each of 10 days, 1 to 130 minutes; one note holds a % and one the same words without it.
            String note = i == 77 ? "needle% " + s : i == 78 ? "needle " + s : "";
            rows.append(MONDAY.plusDays(i % 10)).append(',').append(DemoPeople.SAM).append(",Support ").append(s)
                    .append(',').append(i % 2 == 0 ? "Calls " : "Mail ").append(s).append(',').append(i + 1).append(",1,,,,,")
                    .append(note).append('\n');
        }
        assertThat(AuditFixture.importRows(context, campaign, rows.toString()).accepted()).isTrue();
        SignIn.out();

        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/log");
        @SuppressWarnings("unchecked")
        Grid<TimeEntry> entries = _get(Grid.class, spec -> spec.withId("my-entries"));
        assertThat(entries.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(entries)).as("the count is the whole list's").isEqualTo(130);
        assertThat(GridKt._get(entries, 0).date()).as("newest first").isEqualTo(MONDAY.plusDays(9));
        assertThat(GridKt._get(entries, 129).date()).as("a row of a later page").isEqualTo(MONDAY);

        GridKt._sortByKey(entries, "minutes", SortDirection.DESCENDING);
        // As text, "99" would come before "130".
        assertThat(IntStream.range(0, 3).mapToObj(row -> GridKt._get(entries, row).minutes()).toList()).containsExactly(130, 129, 128);
        GridKt._sortByKey(entries, "minutes", SortDirection.ASCENDING);
        assertThat(GridKt._get(entries, 0).minutes()).isEqualTo(1);
        assertThat(GridKt._get(entries, 129).minutes()).isEqualTo(130);

        TextField filter = _get(TextField.class, spec -> spec.withId("entries-filter"));
        _setValue(filter, "Mail " + s);
        assertThat(GridKt._size(entries)).isEqualTo(65);
        assertThat(GridKt._get(entries, 0).minutes()).as("still sorted by minutes").isEqualTo(2);
        _setValue(filter, "needle% " + s);
        assertThat(GridKt._size(entries)).as("a typed % is a percent sign, not a wildcard").isEqualTo(1);
        assertThat(GridKt._get(entries, 0).note()).isEqualTo("needle% " + s);
        _setValue(filter, "");
        assertThat(GridKt._size(entries)).isEqualTo(130);
    }

    @Test
    void theCatalogueListsManyTasksAPageAtATimeAndFiltersThem() {
        Setup setup = bigCampaign("Catalogue");
        signIn(setup.client().consultant());
        navigate("t/" + setup.client().slug() + "/audit/catalogue");
        @SuppressWarnings("unchecked")
        Grid<AuditTask> tasks = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(tasks.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(tasks)).isEqualTo(PEOPLE);
        assertThat(GridKt._get(tasks, 0).name()).isEqualTo("Task 001");
        assertThat(GridKt._get(tasks, PEOPLE - 1).name()).isEqualTo("Task 060");
        GridKt._sortByKey(tasks, "task", SortDirection.DESCENDING);
        assertThat(GridKt._get(tasks, 0).name()).isEqualTo("Task 060");

        _setValue(_get(TextField.class, spec -> spec.withId("tasks-filter")), "task 05");
        assertThat(GridKt._size(tasks)).isEqualTo(10);
        assertThat(GridKt._get(tasks, 0).name()).isEqualTo("Task 059");
        _setValue(_get(TextField.class, spec -> spec.withId("tasks-filter")), "_");
        assertThat(GridKt._size(tasks)).as("an underscore is itself, not any one character").isZero();
    }

    @Test
    void completionOfManyParticipantsSortsByDaysLoggedAsNumbersAndFiltersByName() {
        Setup setup = bigCampaign("Completion");
        signIn(setup.client().consultant());
        navigate("t/" + setup.client().slug() + "/audit/" + setup.campaign().id());
        @SuppressWarnings("unchecked")
        Grid<ParticipantProgress> progress = _get(Grid.class, spec -> spec.withId("completion"));
        assertThat(progress.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(progress)).isEqualTo(PEOPLE);

        GridKt._sortByKey(progress, "days-logged", SortDirection.DESCENDING);
        // As text, "9" would come before "10".
        assertThat(IntStream.range(0, 3).mapToObj(row -> GridKt._get(progress, row).daysLogged()).toList()).containsExactly(10, 9, 1);
        assertThat(GridKt._get(progress, 0).displayName()).isEqualTo("Person 001");
        GridKt._sortByKey(progress, "completion", SortDirection.DESCENDING);
        assertThat(GridKt._get(progress, 0).displayName()).isEqualTo("Person 001");

        _setValue(_get(TextField.class, spec -> spec.withId("completion-filter")), "person 05");
        assertThat(GridKt._size(progress)).isEqualTo(10);
    }

    @Test
    void theAnalysisOfManyTasksSortsByTheFigureNotItsTextAndFilters() {
        Setup setup = bigCampaign("Analysis");
        signIn(setup.client().consultant());
        navigate("t/" + setup.client().slug() + "/audit/" + setup.campaign().id() + "/analysis");
        @SuppressWarnings("unchecked")
        Grid<TaskAnalysis> grid = _get(Grid.class, spec -> spec.withId("analysis"));
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(grid)).isEqualTo(PEOPLE);

        GridKt._sortByKey(grid, "monthly-hours", SortDirection.DESCENDING);
        List<TaskAnalysis> sorted = IntStream.range(0, PEOPLE).mapToObj(row -> GridKt._get(grid, row)).toList();
        // Task n: n × 10 minutes, Task 001 also 9 × 15 more; the biggest is Task 060's 600 minutes.
        assertThat(sorted.getFirst().task()).isEqualTo("Task 060");
        assertThat(sorted).extracting(TaskAnalysis::monthlyHours).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        GridKt._sortByKey(grid, "monthly-hours", SortDirection.ASCENDING);
        assertThat(GridKt._get(grid, 0).task()).isEqualTo("Task 002");

        _setValue(_get(TextField.class, spec -> spec.withId("analysis-filter")), "task 00");
        assertThat(GridKt._size(grid)).isEqualTo(9);
    }

    private record Setup(FreshClient client, Campaign campaign) {
    }

    /**
     * A client with 60 more staff in a campaign of three weeks: Person n logs n × 10 minutes of
     * Task n on its first day; Person 001 logs on 10 days in all, Person 002 on 9.
     */
    private Setup bigCampaign(String label) {
        FreshClient client = FreshClient.withPeople(context, label);
        List<Long> people = ManyPeople.staff(context, client.id(), client.slug(), PEOPLE);
        SignIn.as(context, client.consultant());
        Campaign campaign = context.getBean(AuditCampaigns.class).save(client.id(), null, label, MONDAY, MONDAY.plusDays(18), people);
        StringBuilder rows = new StringBuilder(String.join(",", AuditImport.HEADER)).append('\n');
        for (int n = 1; n <= PEOPLE; n++) {
            rows.append(row(MONDAY, ManyPeople.email(client.slug(), n), "Task " + String.format("%03d", n), n * 10));
        }
        List<LocalDate> workingDays = IntStream.range(0, 19).mapToObj(MONDAY::plusDays)
                .filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
        for (int day = 1; day < 10; day++) {
            rows.append(row(workingDays.get(day), ManyPeople.email(client.slug(), 1), "Task 001", 15));
            if (day < 9) {
                rows.append(row(workingDays.get(day), ManyPeople.email(client.slug(), 2), "Task 002", 1));
            }
        }
        assertThat(context.getBean(AuditImport.class).importCsv(client.id(), campaign.id(), rows.toString().getBytes(StandardCharsets.UTF_8))
                .accepted()).isTrue();
        SignIn.out();
        return new Setup(client, campaign);
    }

    private static String row(LocalDate day, String email, String task, int minutes) {
        return day + "," + email + ",Work," + task + "," + minutes + ",1,,,,,\n";
    }
}
