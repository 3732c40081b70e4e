package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.ui.OutcomeDashboardView;
import studio.smartwork.portal.outcome.ui.OutcomeMeasurementsView;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.chart.EChart;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The savings dashboard and the consultants' recording page, clicked through as people use them. */
@Import(OutcomeTestConfig.class)
@org.springframework.test.context.TestPropertySource(properties = "portal.demo-data.enabled=false")
class OutcomeViewsTests extends KaribuTests {

    @Autowired
    OutcomeService outcomes;

    OutcomeClients clients;
    OutcomeClients.Client client;
    TenantId tenant;
    String outcomesPath;
    LiveSolution voiceAgent;

    /** A new client with a voice agent live since August 2026. */
    @BeforeEach
    void aLiveVoiceAgent() {
        clients = new OutcomeClients(context);
        client = clients.fresh(false);
        tenant = client.id();
        outcomesPath = "t/" + client.slug() + "/outcomes";
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
    }

    @Test
    void executiveSeesTheHeadlineInTheTenantsCurrencyAndTheMonthlyChart() {
        SignIn.as(context, OutcomeClients.CONSULTANT);
        // Aug (940 × 4 − 0.5 × 1000) / 60 = 54.333 h → 2064.67; Sep (1150 × 4 − 600) / 60 = 66.667 h → 2533.33;
        // Oct (1050 × 4 − 550) / 60 = 60.833 h → 2311.67. Together 181.8 h and 6909.67.
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 9), 1200, 1150, 50);
        outcomes.recordRunTotal(tenant, voiceAgent.recordId(), YearMonth.of(2026, 10), 1100, 1050, 50);
        outcomes.recordMeasurement(tenant, voiceAgent.kpis().getFirst().id(), LocalDate.of(2026, 10, 1), new BigDecimal("94.5"));

        signIn(client.executive());
        navigate(outcomesPath);
        _get(OutcomeDashboardView.class);
        _get(Anchor.class, spec -> spec.withText(Texts.t("outcome.section")).withAttribute("href", outcomesPath));
        // Elena's client is Spanish, and so is her page.
        _get(H3.class, spec -> spec.withText("Horas recuperadas"));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Últimos 3 meses · ago 2026 – oct 2026"))).hasSize(2);
        // Spanish writes the euro after the amount, after a no-break space.
        _get(Span.class, spec -> spec.withText("6.909,67\u00a0€"));
        _get(Span.class, spec -> spec.withText("181,8 h"));
        // (6909.67 − 3 × 350 − 6000) / (6000 + 1050) = −0.0199
        _get(Span.class, spec -> spec.withText("-2\u00a0%"));
        _get(Span.class, spec -> spec.withText("Todavía no"));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("outcome.dashboard.record")))).isEmpty();

        EChart chart = _get(EChart.class);
        assertThat(chart.getLabel()).isEqualTo("Horas recuperadas al mes y ahorro neto acumulado");
        JsonNode option = JsonMapper.builder().build().readTree(chart.getOption());
        assertThat(option.path("series").get(0).path("name").asString()).isEqualTo("Horas recuperadas");
        assertThat(option.path("legend").path("data").get(1).asString()).isEqualTo("Ahorro neto acumulado");
        assertThat(option.path("yAxis").get(0).path("name").asString()).isEqualTo("Horas");
        // Screen readers get the chart's description from us, since ECharts would write its own in English.
        assertThat(option.path("aria").path("label").path("description").asString()).isEqualTo("Barras: horas recuperadas cada mes "
                + "de ago 2026 a oct 2026, 181,8 h en total. Línea: el ahorro neto acumulado, 5.859,67\u00a0€ en oct 2026.");
        assertThat(option.path("series").get(0).path("type").asString()).isEqualTo("bar");
        assertThat(option.path("series").get(1).path("type").asString()).isEqualTo("line");
        assertThat(option.path("series").get(1).path("yAxisIndex").asInt()).isEqualTo(1);
        JsonNode months = option.path("dataset").path("source");
        assertThat(months.size()).isEqualTo(3);
        assertThat(months.get(0).get(0).asString()).isEqualTo("ago 2026");
        assertThat(List.of(months.get(0).get(1).decimalValue(), months.get(1).get(1).decimalValue(), months.get(2).get(1).decimalValue()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("54.3"), new BigDecimal("66.7"), new BigDecimal("60.8"));
        assertThat(months.get(2).get(4).asString()).as("cumulative net saving, formatted for the tooltip").isEqualTo("5.859,67\u00a0€");
        assertThat(option.path("yAxis").get(1).path("axisLabel").path("formatter").asString()).isEqualTo("{value}\u00a0€");

        List<String> kpiRow = GridKt._getFormattedRow(_get(Grid.class), 0);
        assertThat(kpiRow).contains("Calls handled without a person", "94,5\u00a0%", "oct 2026", "105\u00a0%");
        Details how = _get(Details.class);
        assertThat(how.getSummaryText()).isEqualTo("Cómo calculamos");
        // The explanation is written when it is opened, so that an open dashboard keeps little.
        assertThat(_find(how, Paragraph.class)).isEmpty();
        how.setOpened(true);
        assertThat(_find(how, Paragraph.class)).extracting(Paragraph::getText).contains(Texts.t("outcome.how.roi"), Texts.t("outcome.how.alerts"));
    }

    @Test
    void withoutLiveSolutionsTheDashboardSaysWhatWillAppear() {
        OutcomeClients.Client bare = clients.fresh(false);
        signIn(bare.executive());
        navigate("t/" + bare.slug() + "/outcomes");
        _get(H3.class, spec -> spec.withText(Texts.t("outcome.dashboard.empty.title")));
        assertThat(_find(EChart.class)).isEmpty();
    }

    @Test
    void consultantRecordsAMeasurementThroughTheDialogAndSeesIt() {
        signIn(OutcomeClients.CONSULTANT);
        navigate(outcomesPath);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.dashboard.record"))));
        _get(OutcomeMeasurementsView.class);

        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.measurements.record"))));
        DatePicker period = _get(DatePicker.class, spec -> spec.withLabel(Texts.t("outcome.measurement-dialog.period")));
        BigDecimalField value = _get(BigDecimalField.class, spec -> spec.withLabel(Texts.t("outcome.measurement-dialog.value")));
        _setValue(period, LocalDate.of(2026, 12, 3));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.save"))));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).isEqualTo(Texts.t("outcome.refusal.value-missing"));
        assertThat(period.isInvalid()).isTrue();
        assertThat(period.getErrorMessage()).isEqualTo(Texts.t("outcome.refusal.period-not-started"));

        _setValue(period, LocalDate.of(2026, 7, 14));
        _setValue(value, new BigDecimal("93.5"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.save"))));
        assertThat(period.getErrorMessage())
                .isEqualTo(Texts.t("outcome.refusal.before-live", voiceAgent.reference(), YearMonth.of(2026, 8), LocalDate.of(2026, 8, 1)));

        _setValue(period, LocalDate.of(2026, 10, 14));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.save"))));

        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("kpi-" + voiceAgent.kpis().getFirst().id()));
        assertThat(rows(grid)).hasSize(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("oct 2026", "93,5\u00a0%");
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).startsWith("Olga Ortiz, ");
        assertThat(outcomes.measurements(tenant, voiceAgent.recordId())).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("93.5"));
    }

    @Test
    void consultantRecordsRunTotalsAndSeesTheHoursTheyRecover() {
        signIn(OutcomeClients.CONSULTANT);
        navigate(outcomesPath + "/measurements");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.measurements.record-runs"))));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel(Texts.t("outcome.run-dialog.month"))), LocalDate.of(2026, 9, 30));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("outcome.run-dialog.runs"))), 1000);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("outcome.run-dialog.succeeded"))), 940);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("outcome.run-dialog.failed"))), 60);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("outcome.save"))));

        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("run-totals"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("sept 2026", "1.000", "940", "60", "54,3 h");
    }

    @Test
    void executivesCannotOpenTheRecordingPage() {
        signIn(client.executive());
        navigate(outcomesPath + "/measurements");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(OutcomeMeasurementsView.class)).isEmpty();
    }

    @Test
    void staffSeeTheDashboardReadOnly() {
        signIn(client.staff());
        navigate(outcomesPath);
        _get(OutcomeDashboardView.class);
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("outcome.dashboard.record")))).isEmpty();
    }

    private static List<Integer> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).boxed().toList();
    }
}
