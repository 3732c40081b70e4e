package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import studio.smartwork.portal.board.BoardCard;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.outcome.ui.SolutionAlertsView;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/**
 * Wherever alerts show, they lead to where they are read and acknowledged: a board card with
 * alerts to its solution's alert history, a live solution's design record to the same page, and
 * the portfolio's count of a client's open alerts to that client's dashboard, which lists them.
 * The client is made here (a voice agent that missed its target), as the demo data's alerts
 * follow the real calendar.
 */
@Import(OutcomeTestConfig.class)
@TestPropertySource(properties = "portal.demo-data.enabled=false")
class AlertHistoryLinksTests extends KaribuTests {

    @Autowired
    OutcomeService outcomes;

    OutcomeClients.Client client;
    LiveSolution voiceAgent;
    DesignRecordSummary draft;

    /** A voice agent whose calls handled missed their target of 90 % in September and October, and a draft beside it. */
    @BeforeEach
    void aMissedTarget() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(false);
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(client.id(), voiceAgent.kpis().getFirst().id(), LocalDate.of(2026, 9, 1), new BigDecimal("50"));
        outcomes.recordMeasurement(client.id(), voiceAgent.kpis().getFirst().id(), LocalDate.of(2026, 10, 1), new BigDecimal("60"));
        draft = context.getBean(DesignRecords.class).create(client.id(), "Agente de citas", List.of());
        SignIn.out();
    }

    @Test
    void aBoardCardWithAlertsLinksToItsSolutionsAlertHistoryAndOthersDoNot() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        List<BoardCard> cards = context.getBean(BoardService.class).cards(client.id());
        assertThat(cards).filteredOn(card -> !card.alerts().isEmpty()).extracting(BoardCard::recordId)
                .containsExactly(voiceAgent.recordId());
        assertThat(cards).extracting(BoardCard::recordNumber).contains(draft.number());
        signIn(OutcomeClients.CONSULTANT);
        navigate("t/" + client.slug() + "/board");

        Anchor history = _get(Anchor.class, spec -> spec.withText(Texts.t("board.card.alert-history")));
        assertThat(history.getHref()).isEqualTo("t/" + client.slug() + "/outcomes/alerts/" + voiceAgent.recordId());
        navigate(history.getHref());
        _get(SolutionAlertsView.class);
    }

    @Test
    void aLiveSolutionsDesignRecordLinksToItsAlertHistoryAndADraftDoesNot() {
        signIn(client.executive());
        navigate(ShellNavigation.designRecordPath(client.slug(), number(voiceAgent)));

        Anchor history = _get(Anchor.class, spec -> spec.withId("design-record-alert-history"));
        assertThat(history.getText()).as("the executive reads Spanish").isEqualTo("Historial de alertas");
        assertThat(history.getHref()).isEqualTo(KpiAlerts.alertsPath(client.slug(), voiceAgent.recordId()));
        navigate(history.getHref());
        _get(SolutionAlertsView.class);

        navigate(ShellNavigation.designRecordPath(client.slug(), draft.number()));
        assertThat(_find(Anchor.class, spec -> spec.withId("design-record-alert-history"))).isEmpty();
    }

    @Test
    void thePortfoliosCountOfOpenAlertsLinksToTheClientsDashboard() {
        signIn(OutcomeClients.CONSULTANT);
        List<PortfolioRow> rows = context.getBean(PortfolioService.class).rows(CurrentActor.require());
        PortfolioRow mine = rows.stream().filter(r -> r.tenant().slug().equals(client.slug())).findFirst().orElseThrow();
        assertThat(mine.openAlerts()).isPositive();
        navigate(ShellNavigation.PORTFOLIO);

        Grid<PortfolioRow> grid = _get(Grid.class);
        Map<String, Component> alertCells = new HashMap<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            alertCells.put(GridKt._get(grid, i).tenant().slug(), (Component) GridKt._getCellComponent(grid, i, "alerts"));
        }
        assertThat(alertCells).as("every client of the portfolio").hasSameSizeAs(rows);
        rows.forEach(row -> assertThat(alertCells.get(row.tenant().slug())).as(row.tenant().slug())
                .isInstanceOf(row.openAlerts() > 0 ? Anchor.class : Span.class));
        Anchor alerts = (Anchor) alertCells.get(client.slug());
        assertThat(alerts.getHref()).isEqualTo("t/" + client.slug() + "/outcomes");
        assertThat(alerts.getElement().getTextRecursively()).isEqualTo(String.valueOf(mine.openAlerts()));
        assertThat(alerts.getElement().getAttribute("aria-label"))
                .isEqualTo(Texts.t("portfolio.alerts.open-label", mine.tenant().name(), mine.openAlerts()));

        navigate(alerts.getHref());
        assertThat(currentPath()).isEqualTo("t/" + client.slug() + "/outcomes");
        assertThat(_find(Anchor.class, spec -> spec.withAttribute("href", KpiAlerts.alertsPath(client.slug(), voiceAgent.recordId()))))
                .as("the dashboard lists the alerts, each leading to its history").isNotEmpty();
    }

    private int number(LiveSolution solution) {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        return context.getBean(DesignRecords.class).records(client.id()).stream().filter(r -> r.id() == solution.recordId())
                .findFirst().orElseThrow().number();
    }
}
