package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Candidate;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.chart.EChart;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis page read at a glance, by who may read what: the chart and "How we calculate"
 * with a worked example from hand-computed figures, where tasks break for consultants only, and
 * candidates changed and removed by consultants. Acme writes numbers and money the Spanish way
 * (es-ES, euros); Carla reads English, Eva and Sam Spanish.
 */
class AnalysisAtAGlanceViewsTests extends KaribuTests {

    // 2026-06-01 is a Monday: a window of two weeks, 10 working days; Acme counts 21 a month.
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final String EURO = "\u00a0€";

    @Test
    void consultantsSeeTheRankingAsAChartAndAWorkedExampleOfTheTopTask() {
        String s = AuditFixture.suffix();
        Campaign campaign = threeTasks(s);
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");

        // Calls: 430 min, Sam 390 at 34 and Lia 40 at 45; ratings (5, 4, 5) and (3, 4, 3), friction 4 and 2.
        //   15.05 h a month, costing (390 × 34 + 40 × 45) × 0.035 = 527.10, suitability 0.75: 395.325 automatable.
        // Leads: 300 min at 45 = 10.5 h costing 472.50, rated (4, 5, 4): 0.8333 → 393.75, friction 3.
        // KPI: 180 min at Eva's default 38 = 6.3 h costing 239.40, not rated: 0.
        EChart chart = _get(EChart.class, spec -> spec.withId("analysis-chart"));
        assertThat(chart.getLabel()).isEqualTo("Tasks by automatable value per month");
        JsonNode option = JsonMapper.builder().build().readTree(chart.getOption());
        assertThat(rows(option)).containsExactly(
                List.of("Support " + s + " · Calls " + s, "395.33", "395,33" + EURO, "3,0", "395,33" + EURO + " · friction 3,0"),
                List.of("Sales " + s + " · Leads " + s, "393.75", "393,75" + EURO, "3,0", "393,75" + EURO + " · friction 3,0"),
                List.of("Reporting " + s + " · KPI " + s, "0.0", "0,00" + EURO, "—", "0,00" + EURO));
        assertThat(option.path("aria").path("label").path("description").asString()).isEqualTo(
                "Tasks by automatable value per month, highest first: Support " + s + " · Calls " + s + ": 395,33" + EURO + ", friction 3,0; "
                        + "Sales " + s + " · Leads " + s + ": 393,75" + EURO + ", friction 3,0; Reporting " + s + " · KPI " + s + ": 0,00" + EURO + ".");
        // The chart's figures are the grid's, row for row.
        Grid<TaskAnalysis> grid = analysisGrid();
        int valueColumn = headers(grid).indexOf(Texts.t("audit.analysis.automatable-value"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row).get(valueColumn)).toList())
                .containsExactly("395,33" + EURO, "393,75" + EURO, "0,00" + EURO);

        Details how = _get(Details.class, spec -> spec.withId("how-we-calculate"));
        assertThat(how.getSummaryText()).isEqualTo("How we calculate");
        assertThat(how.isOpened()).isFalse();
        how.setOpened(true);
        assertThat(_find(how, Paragraph.class).stream().map(Paragraph::getText).toList())
                .contains(Texts.t("audit.glance.how.monthly-hours"), Texts.t("audit.glance.how.suitability"),
                        Texts.t("audit.glance.how.provisional"), Texts.t("audit.glance.how.groups", 3));
        assertThat(_get(how, H4.class).getText()).isEqualTo("Worked example: Support " + s + " · Calls " + s);
        assertThat(steps(how)).containsExactly(
                "430 minutes were logged by 2 people over the 10 working days counted, scaled to 21 working days per month.",
                "Hours a month: (430 ÷ 60) × 21 ÷ 10 = 15,1 h.",
                "Cost a month: each entry's hours at the hourly cost stored with it, scaled the same way, give 527,10" + EURO
                        + ", which is 35,02" + EURO + " an hour.",
                "Suitability: the averages are 4,00 for repetitive, 4,00 for rule-based and 4,00 for predictable, "
                        + "so (4,00 + 4,00 + 4,00 − 3) ÷ 12 = 0,7500, shown as 0,75 in the table.",
                "Automatable hours a month: 15,1 h × 0,7500 = 11,3 h.",
                "Automatable value a month: 527,10" + EURO + " × 0,7500 = 395,33" + EURO + ", the first of the ranking.");
    }

    @Test
    void executivesSeeTheChartWithTheSmallGroupsStillFoldedAndAnExampleWithoutHeadCounts() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Exec glance " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        AuditFixture.importRows(context, campaign, "2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",120,10,4,4,4,,\n"
                + "2026-06-01,sam@acme.example,Support " + s + ",Inbox " + s + ",60,10,5,5,5,,\n"
                + "2026-06-01,lia@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                + "2026-06-01,eva@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                + "2026-06-01,marta@acme.example,Support " + s + ",Calls " + s + ",60,5,,,,,\n"
                + "2026-06-01,pablo@acme.example,Support " + s + ",Chat " + s + ",60,5,,,,,\n");
        long calls = calls(campaign);
        SignIn.as(context, DemoPeople.SAM);
        context.getBean(TimeLog.class).rate(AuditFixture.acme(context), campaign.id(),
                new TaskRating(calls, 4, 4, 4, 5, "Sam's words about calls " + s));
        SignIn.out();

        signIn(DemoPeople.EVA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        // Inbox (Sam, Lia, Eva): 180 min = 6.3 h costing (34 + 45 + 38) × 2.1 = 245.70, suitability 1.
        // Calls (Sam, Marta) and Chat (Pablo) stay one line worth 160.65, never opened into tasks.
        EChart chart = _get(EChart.class, spec -> spec.withId("analysis-chart"));
        assertThat(chart.getLabel()).isEqualTo("Tareas por valor automatizable al mes");
        assertThat(rows(JsonMapper.builder().build().readTree(chart.getOption()))).containsExactly(
                List.of("Support " + s + " · Inbox " + s, "245.7", "245,70" + EURO, "—", "245,70" + EURO),
                List.of("Otros (menos de 3 personas)", "160.65", "160,65" + EURO, "—", "160,65" + EURO));
        assertThat(chart.getOption()).doesNotContain("Calls " + s, "Chat " + s);

        Details how = _get(Details.class, spec -> spec.withId("how-we-calculate"));
        assertThat(how.getSummaryText()).isEqualTo("Cómo calculamos");
        how.setOpened(true);
        assertThat(steps(how)).containsExactly(
                "Se registraron 180 minutos en los 10 días laborables contados, escalados a 21 días laborables al mes.",
                "Horas al mes: (180 ÷ 60) × 21 ÷ 10 = 6,3 h.",
                "Coste al mes: las horas de cada registro a su coste por hora guardado, escaladas igual, dan 245,70" + EURO
                        + ", es decir, 39,00" + EURO + " por hora.",
                "Idoneidad: los promedios son 5,00 en repetitiva, 5,00 en sujeta a reglas y 5,00 en predecible, "
                        + "así que (5,00 + 5,00 + 5,00 − 3) ÷ 12 = 1,0000, que la tabla muestra como 1,00.",
                "Horas automatizables al mes: 6,3 h × 1,0000 = 6,3 h.",
                "Valor automatizable al mes: 245,70" + EURO + " × 1,0000 = 245,70" + EURO + ", el primero de la clasificación.");

        // Where tasks break and the friction notes are the consultancy's reading, not the executives'.
        Grid<TaskAnalysis> grid = analysisGrid();
        assertThat(grid.getColumnByKey("breaks")).isNull();
        assertThat(_find(Grid.class, spec -> spec.withId("analysis-friction-notes"))).isEmpty();
        assertThat(_find(ListItem.class)).noneMatch(item -> item.getText().contains("Sam's words"));
        // Executives read the candidates' notes but find no way to change or remove them.
        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("candidates"));
        assertThat(headers(candidates)).contains("Nota");
        assertThat(candidates.getColumnByKey("actions")).isNull();
    }

    @Test
    void staffGetNeitherTheChartNorTheCalculation() {
        Campaign campaign = threeTasks(AuditFixture.suffix());
        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(EChart.class)).isEmpty();
        assertThat(_find(Details.class, spec -> spec.withId("how-we-calculate"))).isEmpty();
    }

    @Test
    void consultantsReadWhereEachTaskBreaksOnItsRowWithoutWhoWroteIt() {
        String s = AuditFixture.suffix();
        Campaign campaign = threeTasks(s);
        TimeLog timeLog = context.getBean(TimeLog.class);
        TenantId acme = AuditFixture.acme(context);
        long calls = calls(campaign);
        SignIn.as(context, DemoPeople.SAM);
        timeLog.rate(acme, campaign.id(), new TaskRating(calls, 5, 4, 5, 4, "The carrier portal logs me out " + s));
        timeLog.addFrictionNote(acme, campaign.id(), "Printer jams " + s);
        SignIn.as(context, DemoPeople.LIA);
        timeLog.rate(acme, campaign.id(), new TaskRating(calls, 3, 4, 3, 2, "Half the callers ask the same question " + s));
        timeLog.vote(acme, campaign.id(), timeLog.frictionNotes(acme, campaign.id()).getFirst().id(), true);
        SignIn.out();

        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        _get(Paragraph.class, spec -> spec.withText(Texts.t("audit.glance.breaks.hint")));
        Grid<TaskAnalysis> grid = analysisGrid();
        int breaks = headers(grid).indexOf("Where it breaks");
        assertThat(GridKt._getFormattedRow(grid, 0).get(breaks)).isEqualTo("2 answers");
        assertThat(GridKt._getFormattedRow(grid, 1).get(breaks)).isEmpty();

        Component details = GridKt._getItemDetailsComponent(grid, 0);
        assertThat(_find(details, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "The carrier portal logs me out " + s + " (friction 4)",
                "Half the callers ask the same question " + s + " (friction 2)");
        assertThat(_find(details, Component.class)).noneMatch(c -> c.getElement().getText().contains("Sam")
                || c.getElement().getText().contains("Lia"));
        assertThat(_get(GridKt._getItemDetailsComponent(grid, 1), Paragraph.class).getText())
                .isEqualTo("Nobody has written where this task breaks.");

        Grid<?> notes = _get(Grid.class, spec -> spec.withId("analysis-friction-notes"));
        assertThat(GridKt._getFormattedRow(notes, 0)).containsExactly("Printer jams " + s, "1", Texts.t("audit.friction.whole-campaign"));
    }

    @Test
    void consultantsChangeACandidateAndRemoveOneThatNoDesignRecordWasStartedFrom() {
        String s = AuditFixture.suffix();
        Campaign campaign = threeTasks(s);
        TenantId acme = AuditFixture.acme(context);
        AuditAnalysis analysis = context.getBean(AuditAnalysis.class);
        SignIn.as(context, DemoPeople.CARLA);
        List<TaskAnalysis> tasks = analysis.analysis(acme, campaign.id()).tasks();
        Candidate spare = analysis.promote(acme, campaign.id(), new NewCandidate("Spare " + s, new BigDecimal("20"), Effort.S,
                "Only if time allows", List.of(tasks.get(2).taskId())));
        Candidate designed = analysis.promote(acme, campaign.id(), new NewCandidate("Designed " + s, new BigDecimal("50"), Effort.M,
                null, List.of(tasks.get(0).taskId())));
        DesignRecordSummary record = context.getBean(DesignRecords.class).create(acme, "", List.of(designed.id()));
        SignIn.out();

        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("candidates"));
        int note = headers(candidates).indexOf("Note");
        assertThat(GridKt._getFormattedRow(candidates, 0).get(note)).isEqualTo("Only if time allows");

        _click(_get((Component) GridKt._getCellComponent(candidates, 0, "actions"), Button.class, spec -> spec.withText("Change")));
        CandidateDialog dialog = _get(CandidateDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel(Texts.t("audit.promote.candidate-title"))), "Lead assistant " + s);
        _setValue(_get(dialog, BigDecimalField.class, spec -> spec.withLabel(Texts.t("audit.promote.potential"))), new BigDecimal("50"));
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel(Texts.t("audit.promote.note"))), "Start with the web form");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Long> chosen = _get(dialog, MultiSelectComboBox.class, spec -> spec.withLabel("Tasks"));
        chosen.setValue(java.util.Set.of(tasks.get(1).taskId()));
        // Leads: 50 % of 10.5 h costing 472.50 is 5.25 h and 236.25 a month.
        _get(dialog, Paragraph.class, spec -> spec.withText(Texts.t("audit.promote.expected-saving", "5,3 h", "236,25" + EURO)));
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("audit.save"))));
        assertThat(GridKt._getFormattedRow(candidates, 0).subList(0, 7)).containsExactly("Lead assistant " + s, "Sales " + s + " · Leads " + s,
                "50 %", Texts.t("audit.effort.s"), "5,3 h", "236,25" + EURO, "Start with the web form");

        _click(_get((Component) GridKt._getCellComponent(candidates, 1, "actions"), Button.class, spec -> spec.withText("Remove")));
        NotificationsKt.clearNotifications();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Designed " + s + " stays, because design records were started from it: " + record.reference() + ".");
        assertThat(GridKt._size(candidates)).isEqualTo(2);

        _click(_get((Component) GridKt._getCellComponent(candidates, 0, "actions"), Button.class, spec -> spec.withText("Remove")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(GridKt._size(candidates)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(candidates, 0).getFirst()).isEqualTo("Designed " + s);
    }

    /**
     * An open campaign of two past weeks with three tasks, the figures of the analysis export's test:
     * Calls by Sam and Lia, Leads by Lia, a KPI report by Eva.
     */
    private Campaign threeTasks(String s) {
        Campaign campaign = AuditFixture.campaign(context, "Glance " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        assertThat(AuditFixture.importRows(context, campaign,
                "2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",200,50,5,4,5,4,\n"
                        + "2026-06-02,sam@acme.example,Support " + s + ",Calls " + s + ",190,48,,,,,\n"
                        + "2026-06-01,lia@acme.example,Support " + s + ",Calls " + s + ",40,10,3,4,3,2,\n"
                        + "2026-06-03,lia@acme.example,Sales " + s + ",Leads " + s + ",300,30,4,5,4,3,\n"
                        + "2026-06-04,eva@acme.example,Reporting " + s + ",KPI " + s + ",180,1,,,,,\n").problems()).isEmpty();
        SignIn.out();
        return campaign;
    }

    private long calls(Campaign campaign) {
        SignIn.as(context, DemoPeople.CARLA);
        long id = context.getBean(AuditAnalysis.class).analysis(AuditFixture.acme(context), campaign.id()).tasks().stream()
                .filter(t -> t.task().startsWith("Calls ")).findFirst().orElseThrow().taskId();
        SignIn.out();
        return id;
    }

    /** The chart's dataset as text, row by row. */
    private static List<List<String>> rows(JsonNode option) {
        return option.path("dataset").path("source").valueStream()
                .map(row -> row.valueStream().map(JsonNode::asString).toList()).toList();
    }

    private static List<String> steps(Details how) {
        return _find(_get(how, OrderedList.class), ListItem.class).stream().map(ListItem::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskAnalysis> analysisGrid() {
        return _get(Grid.class, spec -> spec.withId("analysis"));
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }
}
