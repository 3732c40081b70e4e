package studio.smartwork.portal.portfolio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/** The consultant's day: next actions on top of the portfolio, its filters and totals, and a client's place on the method. */
class ConsultantsDayTests extends KaribuTests {

    @Test
    void theConsultantSeesWhatNeedsThemAtTheirClientEachLinkedToWhereTheyAct() {
        FreshClient client = FreshClient.withPeople(context, "Day client");
        TenantSummary tenant = context.getBean(TenantService.class).find(client.id()).orElseThrow();
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class).withZone(FreshClient.DUBLIN));
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignReviews reviews = context.getBean(DesignReviews.class);
        BoardService board = context.getBean(BoardService.class);

        SignIn.as(context, client.consultant());
        int sentBack = designs.create(client.id(), "Answer calls", List.of()).number();
        designs.saveContent(client.id(), sentBack, 1, complete("Answer calls"));
        reviews.submit(client.id(), sentBack);
        int justSubmitted = designs.create(client.id(), "Qualify leads", List.of()).number();
        designs.saveContent(client.id(), justSubmitted, 1, complete("Qualify leads"));
        reviews.submit(client.id(), justSubmitted);
        board.createActionItem(client.id(), "Send the call log", client.staffId(), today.minusDays(3));
        board.createActionItem(client.id(), "Sign the agreement", client.staffId(), today);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Campaign ending = context.getBean(AuditCampaigns.class).save(client.id(), null, "Winter audit", monday.minusDays(14),
                monday.plusDays(6), List.of(client.staffId()));
        SignIn.as(context, client.executive());
        reviews.requestChanges(client.id(), sentBack, 2, "Say who answers complaints");
        SignIn.out();

        signIn(client.consultant());
        Portfolio portfolio = context.getBean(PortfolioService.class).portfolio(CurrentActor.require());
        assertThat(portfolio.nextActions()).extracting(NextAction::kind).containsExactly(
                NextAction.Kind.CHANGES_REQUESTED, NextAction.Kind.CAMPAIGN_ENDING, NextAction.Kind.OVERDUE_ITEM);

        navigate("portfolio");
        Div list = _get(Div.class, spec -> spec.withId("next-actions"));
        List<Anchor> links = _find(list, Anchor.class);
        assertThat(links).extracting(Anchor::getText).containsExactly(
                Texts.t("portfolio.next-actions.kind.changes-requested", tenant.name(), "SDR-" + sentBack, "Answer calls",
                        tenant.format().date(today), ""),
                Texts.t("portfolio.next-actions.kind.campaign-ending", tenant.name(), "", "Winter audit",
                        tenant.format().date(monday.plusDays(6)), tenant.format().percent(BigDecimal.ZERO, 0)),
                Texts.t("portfolio.next-actions.kind.overdue-item", tenant.name(), "", "Send the call log",
                        tenant.format().date(today.minusDays(3)), ""));
        assertThat(links.getFirst().getText()).startsWith(tenant.name() + ": revise SDR-" + sentBack + " “Answer calls”, the client requested");
        assertThat(links).extracting(Anchor::getHref).containsExactly(
                ShellNavigation.designRecordPath(client.slug(), sentBack),
                ShellNavigation.tenantPath(client.slug()) + "/audit/" + ending.id(),
                ShellNavigation.tenantPath(client.slug()) + "/board");
    }

    @Test
    void aConsultantWithNothingToDoIsToldSo() {
        FreshClient client = FreshClient.withPeople(context, "Calm client");
        signIn(client.consultant());
        navigate("portfolio");
        Div list = _get(Div.class, spec -> spec.withId("next-actions"));
        _get(list, Paragraph.class, spec -> spec.withText(Texts.t("portfolio.next-actions.none")));
        assertThat(_find(list, Anchor.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsultantNarrowsThePortfolioByPhaseAlertsCurrencyAndActivityAndReadsTotalsPerCurrency() {
        signIn(DemoPeople.CARLA);
        navigate("portfolio");
        Grid<PortfolioRow> grid = _get(Grid.class);
        List<PortfolioRow> all = rows(grid);
        assertThat(all).extracting(r -> r.tenant().slug()).contains("acme", "brightsmile");

        Select<Phase> phase = _get(Select.class, spec -> spec.withId("portfolio-phase-filter"));
        assertThat(phase.getLabel()).isEqualTo(Texts.t("portfolio.filters.phase"));
        _setValue(phase, Phase.OUTCOMES);
        assertThat(rows(grid)).isNotEmpty().allMatch(r -> r.phase() == Phase.OUTCOMES).extracting(r -> r.tenant().slug())
                .contains("acme").doesNotContain("brightsmile");
        _setValue(phase, null);
        assertThat(rows(grid)).hasSameSizeAs(all);

        Checkbox alerts = _get(Checkbox.class, spec -> spec.withLabel(Texts.t("portfolio.filters.alerts")));
        _setValue(alerts, true);
        assertThat(rows(grid)).allMatch(r -> r.openAlerts() > 0)
                .hasSize((int) all.stream().filter(r -> r.openAlerts() > 0).count());
        _setValue(alerts, false);

        Select<Currency> currency = _get(Select.class, spec -> spec.withId("portfolio-currency-filter"));
        Currency euro = Currency.getInstance("EUR");
        _setValue(currency, euro);
        assertThat(rows(grid)).allMatch(r -> r.currency().equals(euro)).hasSize((int) all.stream().filter(r -> r.currency().equals(euro)).count());
        // The totals follow the filter: only the euro line is left.
        assertThat(_find(_get(Div.class, spec -> spec.withId("portfolio-totals")), Paragraph.class)).extracting(Paragraph::getText)
                .allMatch(line -> line.startsWith("EUR: "));
        _setValue(currency, null);

        Select<PortfolioFilter.Activity> activity = _get(Select.class, spec -> spec.withId("portfolio-activity-filter"));
        _setValue(activity, PortfolioFilter.Activity.NONE_IN_30_DAYS);
        java.time.Instant monthAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(30));
        assertThat(rows(grid)).allMatch(r -> r.lastActivity() == null || !r.lastActivity().occurredAt().isAfter(monthAgo));
        _setValue(activity, null);

        // Under the list, one total per currency of the clients shown, as the rule adds them.
        Div totals = _get(Div.class, spec -> spec.withId("portfolio-totals"));
        List<String> lines = _find(totals, Paragraph.class).stream().map(Paragraph::getText).toList();
        List<String> expected = CurrencyTotal.of(all).stream().map(t -> Texts.t("portfolio.totals.line." + (t.clients() == 1 ? "one" : "other"),
                t.currency().getCurrencyCode(), t.writtenAs().formatFor(java.util.Locale.ENGLISH).money(t.saved()), t.clients())).toList();
        assertThat(expected).isNotEmpty();
        assertThat(lines).isEqualTo(expected);

        // Sorting by the amount saved keeps each currency's clients together.
        GridKt._sortByKey(grid, "saved", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        List<String> codes = rows(grid).stream().map(r -> r.currency().getCurrencyCode()).toList();
        assertThat(codes).isSorted();
    }

    @Test
    void aClientsOverviewShowsItsPlaceOnTheMethodAndWhatIsNext() {
        signIn(DemoPeople.CARLA);
        navigate("t/acme");
        Div stepper = _get(Div.class, spec -> spec.withId("method-stepper"));
        assertThat(_find(stepper, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Time audit: done", "Solution design: done", "Measuring outcomes: current");
        _get(stepper, Paragraph.class, spec -> spec.withText(Texts.t("portfolio.method.next.outcomes")));
        assertThat(_find(stepper, ListItem.class).get(2).getElement().getAttribute("aria-current")).isEqualTo("step");

        newBrowserSession();
        signIn(DemoPeople.EVA);
        navigate("t/acme");
        stepper = _get(Div.class, spec -> spec.withId("method-stepper"));
        assertThat(_find(stepper, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Auditoría de tiempo: hecho", "Diseño de soluciones: hecho", "Medición de resultados: en curso");

        newBrowserSession();
        signIn(DemoPeople.SAM);
        navigate("t/acme");
        assertThat(_find(Div.class, spec -> spec.withId("method-stepper"))).isEmpty();
    }

    @Test
    void aNewClientHasEveryStepAheadAndStartsWithTheAudit() {
        FreshClient client = FreshClient.withPeople(context, "New client");
        signIn(client.consultant());
        navigate(ShellNavigation.tenantPath(client.slug()));
        Div stepper = _get(Div.class, spec -> spec.withId("method-stepper"));
        assertThat(_find(stepper, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Time audit: next", "Solution design: next", "Measuring outcomes: next");
        _get(stepper, Paragraph.class, spec -> spec.withText(Texts.t("portfolio.method.next.setup")));
    }

    @Test
    void staffAreNotToldThePhaseAndAnotherTenantsIsNotFound() {
        PortfolioService portfolio = context.getBean(PortfolioService.class);
        SignIn.as(context, DemoPeople.SAM);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> portfolio.phase(DemoTenants.id(context, "acme")))
                    .isInstanceOfSatisfying(NotAllowedException.class,
                            e -> assertThat(e.reason().key()).isEqualTo("portfolio.method.not-allowed"));
            SignIn.as(context, DemoPeople.TOM);
            assertThat(portfolio.phase(DemoTenants.id(context, "acme"))).isEqualTo(Phase.OUTCOMES);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> portfolio.phase(DemoTenants.id(context, "brightsmile")))
                    .isInstanceOf(studio.smartwork.portal.tenancy.TenantNotFoundException.class);
        } finally {
            SignIn.out();
        }
    }

    private static List<PortfolioRow> rows(Grid<PortfolioRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private static DesignContent complete(String title) {
        return DesignContent.builder()
                .title(title)
                .problem("Too many calls")
                .solutionType(SolutionType.VOICE_AGENT)
                .trigger("An inbound call")
                .steps(List.of(new WorkflowStep(StepActor.AI, "Answers"), new WorkflowStep(StepActor.HUMAN, "Takes over hard calls")))
                .systems("Telephony")
                .dataAndPrivacy("Phone numbers")
                .humanCheckpoints("Caller can ask for a person")
                .risks("Misheard numbers: read back")
                .kpis(List.of(new KpiSpec("calls", "Minutes per call", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                        new BigDecimal("4"), new BigDecimal("1"), KpiCadence.MONTHLY)))
                .buildCost(new BigDecimal("10000"))
                .runningCostPerMonth(new BigDecimal("400"))
                .expectedHoursPerMonth(new BigDecimal("100"))
                .expectedMoneyPerMonth(new BigDecimal("3800"))
                .savingsMethod(SavingsMethod.RUNS)
                .hourlyCost(new BigDecimal("38"))
                .baselineMinutesPerOccurrence(new BigDecimal("4"))
                .reviewMinutesPerRun(new BigDecimal("0.5"))
                .build();
    }
}
