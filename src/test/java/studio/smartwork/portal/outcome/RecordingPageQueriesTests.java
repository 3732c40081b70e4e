package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.StatementCounter;

/**
 * The page where consultants record outcomes asks the database the same number of questions
 * whether a client has one solution with one measurement or three with years of them: nothing
 * is read per solution, KPI or month.
 */
@Import({OutcomeTestConfig.class, StatementCounter.class})
@TestPropertySource(properties = "portal.demo-data.enabled=false")
class RecordingPageQueriesTests extends KaribuTests {

    @Test
    void theRecordingPageAsksAsManyQuestionsForManySolutionsAndMeasurementsAsForOne() {
        OutcomeClients clients = new OutcomeClients(context);
        OutcomeService outcomes = context.getBean(OutcomeService.class);

        OutcomeClients.Client small = clients.fresh(false);
        LiveSolution only = clients.voiceAgent(small, YearMonth.of(2026, 10));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(small.id(), only.kpis().getFirst().id(), LocalDate.of(2026, 10, 5), new BigDecimal("40"));
        SignIn.out();

        OutcomeClients.Client big = clients.fresh(false);
        List<LiveSolution> solutions = List.of(clients.voiceAgent(big, YearMonth.of(2026, 1)), clients.voiceAgent(big, YearMonth.of(2026, 2)),
                clients.inboxTriage(big));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        int recorded = 0;
        for (LiveSolution solution : solutions) {
            for (KpiDefinition kpi : solution.kpis()) {
                boolean weekly = kpi.cadence() == KpiDefinition.KpiCadence.WEEKLY;
                LocalDate first = solution.liveSince().atDay(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
                for (LocalDate day = first; day.isBefore(LocalDate.of(2026, 11, 20)); day = weekly ? day.plusWeeks(1) : day.plusMonths(1)) {
                    outcomes.recordMeasurement(big.id(), kpi.id(), day, new BigDecimal(10 + recorded % 50));
                    recorded++;
                }
            }
            if (solution.savingsMethod() == LiveSolution.SavingsMethod.RUNS) {
                for (YearMonth month = solution.liveSince(); month.isBefore(YearMonth.of(2026, 11)); month = month.plusMonths(1)) {
                    outcomes.recordRunTotal(big.id(), solution.recordId(), month, 1000 + month.getMonthValue(), 900, 100);
                }
            }
        }
        SignIn.out();
        assertThat(recorded).as("enough measurements to show a loop over them").isGreaterThan(80);

        int one = pageStatements(small);
        int many = pageStatements(big);
        System.out.printf("Recording page: %d statements for 1 solution and 1 measurement, %d for 3 solutions and %d measurements%n",
                one, many, recorded);
        assertThat(many).as("statements for 3 solutions, %d measurements and 19 months of runs, against 1 solution and 1 measurement", recorded)
                .isEqualTo(one);

        // The big page still shows every solution's figures, newest first, a scrolling grid where they are many.
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).hasSize(2 + 2 + 1 + 2);
        Grid<?> waiting = grids.stream().filter(g -> g.getClassNames().contains("kpi-" + solutions.getFirst().kpis().get(1).id()))
                .findFirst().orElseThrow();
        assertThat(waiting.isAllRowsVisible()).isFalse();
        int weeks = GridKt._size(waiting);
        assertThat(weeks).isGreaterThan(40);
        assertThat(((Measurement) GridKt._get(waiting, 0)).periodStart()).isAfter(((Measurement) GridKt._get(waiting, weeks - 1)).periodStart());
        GridKt._sortByKey(waiting, "value", SortDirection.DESCENDING);
        List<BigDecimal> values = java.util.stream.IntStream.range(0, weeks).mapToObj(row -> ((Measurement) GridKt._get(waiting, row)).value()).toList();
        assertThat(values).as("by the number, not its text").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** The statements that opening the recording page sends, as the client's consultant. */
    private int pageStatements(OutcomeClients.Client client) {
        newBrowserSession();
        signIn(OutcomeClients.CONSULTANT);
        navigate("t/" + client.slug() + "/outcomes/measurements");
        // A second opening, once the shell's own first-visit reads are done, is the page's work alone.
        return StatementCounter.count(() -> com.vaadin.flow.component.UI.getCurrent().navigate("t/" + client.slug() + "/outcomes/measurements",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("again", "1"))));
    }
}
