package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditProcess;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** The time audit through its pages, as each kind of person uses it. */
class AuditViewsTests extends KaribuTests {

    // 2026-06-01 is a Monday: a window of two weeks, 10 working days; Acme counts 21 a month.
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    @Test
    void staffLogAWeekInTheGridAndSeeOnlyTheirOwnEntries() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Grid " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        AuditProcess process = catalogue.createProcess(AuditFixture.acme(context), "Support " + s);
        long calls = catalogue.addTask(AuditFixture.acme(context), process.id(), "Calls " + s).id();
        SignIn.as(context, DemoPeople.LIA);
        context.getBean(TimeLog.class).log(AuditFixture.acme(context), campaign.id(), new NewTimeEntry(MONDAY, calls, 99, 9, "Lia's"));
        SignIn.out();

        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/log");
        ComboBox<?> addRow = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("audit.log.week.add-task")));
        ComboBoxKt.selectByLabel(addRow, "Support " + s + " · Calls " + s);
        // Sam works for Acme, whose people read the portal in Spanish.
        _get(H3.class, spec -> spec.withText("Mi semana"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.log.week.add-row"))));
        for (int day = 0; day < 5; day++) {
            LocalDate date = MONDAY.plusDays(day);
            _setValue(_get(IntegerField.class, spec -> spec.withId(TimeLogView.minutesFieldId(calls, date))), 60 + day);
            _setValue(_get(IntegerField.class, spec -> spec.withId(TimeLogView.occurrencesFieldId(calls, date))), 10);
        }
        assertThat(_get(IntegerField.class, spec -> spec.withId(TimeLogView.minutesFieldId(calls, MONDAY.plusDays(5)))).isEnabled()).isTrue();
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.log.week.save"))));

        Grid<?> entries = _get(Grid.class, spec -> spec.withId("my-entries"));
        assertThat(GridKt._size(entries)).isEqualTo(5);
        assertThat(IntStream.range(0, 5).mapToObj(row -> GridKt._getFormattedRow(entries, row).get(2)).toList())
                .containsExactlyInAnyOrder("60", "61", "62", "63", "64");
        assertThat(IntStream.range(0, 5).mapToObj(row -> GridKt._getFormattedRow(entries, row).get(4)).toList()).doesNotContain("Lia's");
        assertThat(context.getBean(TimeLog.class).myEntries(AuditFixture.acme(context), campaign.id()))
                .extracting(TimeEntry::minutes).containsExactlyInAnyOrder(60, 61, 62, 63, 64);

        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(entries, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText(Texts.t("audit.log.entry.change-action"))));
        EntryDialog dialog = _get(EntryDialog.class);
        _setValue(_get(dialog, IntegerField.class, spec -> spec.withLabel(Texts.t("audit.log.minutes"))), 90);
        _click(_get(dialog, Button.class, spec -> spec.withText(Texts.t("audit.save"))));
        assertThat(context.getBean(TimeLog.class).myEntries(AuditFixture.acme(context), campaign.id()))
                .extracting(TimeEntry::minutes).containsExactlyInAnyOrder(90, 60, 61, 62, 63)
                .hasSize(5);
    }

    @Test
    void aNewWeekStartsWithTheRowsOfTheWeekBefore() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Rows " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        AuditProcess process = catalogue.createProcess(AuditFixture.acme(context), "Support " + s);
        long calls = catalogue.addTask(AuditFixture.acme(context), process.id(), "Calls " + s).id();
        SignIn.as(context, DemoPeople.SAM);
        context.getBean(TimeLog.class).log(AuditFixture.acme(context), campaign.id(), new NewTimeEntry(MONDAY.plusDays(2), calls, 45, 5, null));
        SignIn.out();

        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/log");
        @SuppressWarnings("unchecked")
        ComboBox<LocalDate> week = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("audit.log.week")));
        _setValue(week, MONDAY.plusWeeks(1));
        IntegerField nextMonday = _get(IntegerField.class, spec -> spec.withId(TimeLogView.minutesFieldId(calls, MONDAY.plusWeeks(1))));
        assertThat(nextMonday.getValue()).as("the row is there, empty").isNull();
        assertThat(nextMonday.isEnabled()).isTrue();
    }

    @Test
    void theGridShowsAnEntrysNoteAndLeavesADayOfSeveralEntriesToTheList() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Notes " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        long calls = catalogue.addTask(AuditFixture.acme(context), catalogue.createProcess(AuditFixture.acme(context), "Support " + s).id(),
                "Calls " + s).id();
        SignIn.as(context, DemoPeople.SAM);
        TimeLog timeLog = context.getBean(TimeLog.class);
        timeLog.log(AuditFixture.acme(context), campaign.id(), new NewTimeEntry(MONDAY, calls, 30, 1, "carrier called back"));
        timeLog.log(AuditFixture.acme(context), campaign.id(), new NewTimeEntry(MONDAY.plusDays(1), calls, 10, 1, "morning"));
        timeLog.log(AuditFixture.acme(context), campaign.id(), new NewTimeEntry(MONDAY.plusDays(1), calls, 20, 2, "afternoon"));
        SignIn.out();

        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/log");
        IntegerField monday = _get(IntegerField.class, spec -> spec.withId(TimeLogView.minutesFieldId(calls, MONDAY)));
        assertThat(monday.isEnabled()).isTrue();
        assertThat(monday.getTooltip().getText()).isEqualTo(Texts.t("audit.log.week.note", "carrier called back"));
        IntegerField tuesday = _get(IntegerField.class, spec -> spec.withId(TimeLogView.minutesFieldId(calls, MONDAY.plusDays(1))));
        assertThat(tuesday.getValue()).isEqualTo(30);
        assertThat(tuesday.isEnabled()).isFalse();
        assertThat(tuesday.getTooltip().getText()).isEqualTo("2 registros este día: cámbialos en Mis registros");
    }

    @Test
    void staffRateATaskAndPlusOneAColleaguesFrictionNote() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Rate " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        AuditProcess process = catalogue.createProcess(AuditFixture.acme(context), "Support " + s);
        catalogue.addTask(AuditFixture.acme(context), process.id(), "Calls " + s);
        SignIn.as(context, DemoPeople.LIA);
        context.getBean(TimeLog.class).addFrictionNote(AuditFixture.acme(context), campaign.id(), "Printer jams " + s);
        SignIn.out();

        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id() + "/log");
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel(Texts.t("audit.log.task")).withId("rating-task")), "Support " + s + " · Calls " + s);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("audit.log.rating.repetitive"))), 5);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("audit.log.rating.rule-based"))), 4);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("audit.log.rating.predictable"))), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel(Texts.t("audit.log.rating.friction"))), 2);
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel(Texts.t("audit.log.rating.breaks-where"))), "The form times out");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.log.rating.save"))));
        Grid<?> ratings = _get(Grid.class, spec -> spec.withId("my-ratings"));
        assertThat(GridKt._getFormattedRow(ratings, 0))
                .containsExactly("Support " + s + " · Calls " + s, "5", "4", "3", "2", "The form times out");

        navigate("t/acme/audit/" + campaign.id());
        Grid<?> notes = _get(Grid.class, spec -> spec.withId("friction-notes"));
        assertThat(GridKt._getFormattedRow(notes, 0).subList(0, 2)).containsExactly("Printer jams " + s, "0");
        _click((Button) GridKt._getCellComponent(notes, 0, "vote"));
        assertThat(GridKt._getFormattedRow(notes, 0).get(1)).isEqualTo("1");
        assertThat(((Button) GridKt._getCellComponent(notes, 0, "vote")).getText()).isEqualTo(Texts.t("audit.friction.withdraw"));
    }

    @Test
    void consultantMergesTasksInTheCatalogue() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Catalogue " + s, MONDAY, MONDAY.plusDays(11));
        AuditFixture.importRows(context, campaign, MONDAY + ",sam@acme.example,Support " + s + ",Phone " + s + ",30,3,,,,,\n"
                + MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",60,6,,,,,\n");
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/catalogue");
        @SuppressWarnings("unchecked")
        Grid<studio.smartwork.portal.audit.AuditTask> tasks = _get(Grid.class, spec -> spec.withId("tasks"));
        int phone = GridKt._findAll(tasks).stream().map(t -> t.name()).toList().indexOf("Phone " + s);
        var actions = (com.vaadin.flow.component.Component) GridKt._getCellComponent(tasks, phone, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText(Texts.t("audit.catalogue.merge-into-action"))));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel(Texts.t("audit.catalogue.merge-into"))), "Support " + s + " · Calls " + s);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.catalogue.merge"))));

        assertThat(GridKt._findAll(tasks).stream().map(t -> t.name()).toList()).doesNotContain("Phone " + s).contains("Calls " + s);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        assertThat(analysisGrid().getListDataView().getItems().toList()).singleElement().satisfies(t -> {
            assertThat(t.task()).isEqualTo("Calls " + s);
            assertThat(t.minutesTotal()).isEqualTo(90);
        });
    }

    @Test
    void consultantImportsSeesTheAnalysisExportsItAndPromotesTasks() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "UI import " + s, MONDAY, MONDAY.plusDays(11));
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/import");
        String file = AuditFixture.HEADER
                + "2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",200,50,5,4,5,4,\n"
                + "2026-06-02,sam@acme.example,Support " + s + ",Calls " + s + ",190,48,,,,,\n"
                + "2026-06-01,lia@acme.example,Support " + s + ",Calls " + s + ",40,10,3,4,3,2,\n"
                + "2026-06-03,lia@acme.example,Sales " + s + ",Leads " + s + ",300,30,4,5,4,3,\n"
                + "2026-06-04,eva@acme.example,Reporting " + s + ",KPI " + s + ",180,1,,,,,\n";
        UploadKt._upload(_get(Upload.class), "entries.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        finishImport();
        _get(Paragraph.class, spec -> spec.withText(Texts.count("audit.import.imported", 5)));

        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        Grid<TaskAnalysis> analysis = analysisGrid();
        assertThat(GridKt._size(analysis)).isEqualTo(3);
        assertThat(headers(analysis)).contains(Texts.t("audit.analysis.people"));
        assertThat(GridKt._getFormattedRow(analysis, 0).subList(0, 3)).containsExactly("Support " + s, "Calls " + s, "2");

        // Calls: 430 min, 108 times, Sam 390 min at 34 and Lia 40 min at 45; ratings (5,4,5) and (3,4,3) → 0.75.
        // Leads: 300 min at 45, rating (4,5,4) → 0.8333. KPI: 180 min at Eva's default 38, not rated.
        byte[] exported = DownloadKt._download(_get(Anchor.class, spec -> spec.withText(Texts.t("audit.analysis.export"))));
        assertThat(new String(exported, StandardCharsets.UTF_8)).isEqualTo("""
                process,task,people,minutes_total,occurrences_total,monthly_hours,monthly_occurrences,minutes_per_occurrence,suitability,automatable_hours_per_month,hourly_cost,monthly_cost,automatable_value_per_month,friction
                Support %1$s,Calls %1$s,2,430,108,15.05,226.80,3.98,0.7500,11.29,35.02,527.10,395.33,3.00
                Sales %1$s,Leads %1$s,1,300,30,10.50,63.00,10.00,0.8333,8.75,45.00,472.50,393.75,3.00
                Reporting %1$s,KPI %1$s,1,180,1,6.30,2.10,180.00,0.0000,0.00,38.00,239.40,0.00,
                """.formatted(s));

        analysis.select(analysis.getListDataView().getItem(0));
        analysis.select(analysis.getListDataView().getItem(1));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.analysis.promote"))));
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("audit.promote.candidate-title"))), "Support assistant " + s);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(Texts.t("audit.promote.potential"))), new BigDecimal("50"));
        // 50 % of 15.05 + 10.5 = 25.55 hours is 12.775 h; 50 % of 527.10 + 472.50 is 499.80 a month.
        _get(Paragraph.class, spec -> spec.withText(Texts.t("audit.promote.expected-saving", Texts.t("audit.hours", "12,8"), "499,80\u00a0€")));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.promote.promote"))));

        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("candidates"));
        assertThat(GridKt._size(candidates)).isEqualTo(1);
        // The last columns are the note (none given) and the consultant's actions.
        assertThat(GridKt._getFormattedRow(candidates, 0).subList(0, 7)).containsExactly("Support assistant " + s,
                "Sales " + s + " · Leads " + s + ", Support " + s + " · Calls " + s, "50 %", Texts.t("audit.effort.m"), Texts.t("audit.hours", "12,8"), "499,80\u00a0€", "");
    }

    @Test
    void executivesSeeOnlyTasksOfThreeOrMorePeopleAndTheRestAddedUp() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Exec " + s, MONDAY, MONDAY.plusDays(11));
        AuditFixture.importRows(context, campaign, "2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",120,10,4,4,4,,Sam's own note\n"
                + "2026-06-01,sam@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                + "2026-06-01,lia@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                + "2026-06-01,eva@acme.example,Support " + s + ",Inbox " + s + ",60,10,,,,,\n"
                + "2026-06-01,marta@acme.example,Support " + s + ",Calls " + s + ",60,5,,,,,\n"
                + "2026-06-01,pablo@acme.example,Support " + s + ",Chat " + s + ",60,5,,,,,\n");
        SignIn.out();
        signIn(DemoPeople.EVA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        Grid<TaskAnalysis> analysis = analysisGrid();
        // Inbox has three people and is shown; Calls (Sam and Marta) and Chat (Pablo) are only part of the
        // line that adds up the rest, which covers three people too.
        assertThat(analysis.getListDataView().getItems().map(TaskAnalysis::task).toList()).containsExactly("Inbox " + s);
        assertThat(headers(analysis)).doesNotContain(Texts.t("audit.analysis.people"))
                .contains(Texts.t("audit.analysis.task"), Texts.t("audit.analysis.automatable-value"));
        assertThat(analysis.getListDataView().getItem(0).people()).isNull();
        // Calls: 180 min × 21 / 10 = 6.3 h at 34: 214.20 a month; suitability 0.75: 4.725 h worth 160.65.
        // Chat: 60 min = 2.1 h at 34: 71.40, unrated. Together 8.4 h costing 285.60, 4.7 h automatable worth 160.65.
        assertThat(_get(Paragraph.class, spec -> spec.withId("other-tasks")).getText())
                .isEqualTo("Otros (menos de 3 personas): 8,4 h al mes con un coste de 285,60\u00a0€, de las que 4,7 h son automatizables, "
                        + "por valor de 160,65\u00a0€ al mes.");
        assertThat(_find(Anchor.class, spec -> spec.withText(Texts.t("audit.analysis.export")))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("audit.analysis.promote")))).isEmpty();
        // Customer service (Sam, Marta, Pablo) has three people, but Sales (Lia) and no team (Eva) would be two
        // people under "Other": Customer service joins them, and the teams are one line.
        Grid<?> teams = _get(Grid.class, spec -> spec.withId("teams"));
        assertThat(GridKt._size(teams)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(teams, 0).getFirst()).isEqualTo(Texts.t("audit.analysis.folded", 3));

        navigate("t/acme/audit/" + campaign.id());
        _get(Grid.class, spec -> spec.withId("completion"));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("audit.campaign.import")))).isEmpty();
        assertThat(_find(ListItem.class)).noneMatch(item -> item.getText().contains("Sam's own note"));
        navigate("t/acme/audit/" + campaign.id() + "/import");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
    }

    /** A name that a spreadsheet would run as a formula stays text in the export, and the file stays valid CSV. */
    @Test
    void exportedNamesThatLookLikeFormulasAreNeutralised() throws Exception {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Formulas " + s, MONDAY, MONDAY.plusDays(11));
        assertThat(AuditFixture.importRows(context, campaign,
                "2026-06-01,sam@acme.example,@SUM(A1) " + s + ",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\") " + s + "\",60,1,,,,,\n"
                        + "2026-06-01,sam@acme.example,+Sales " + s + ",-2+3 " + s + ",30,1,,,,,\n").problems()).isEmpty();
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        String exported = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withText(Texts.t("audit.analysis.export")))), StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVParser.parse(exported,
                org.apache.commons.csv.CSVFormat.DEFAULT).getRecords();
        assertThat(records).hasSize(3).allSatisfy(record -> assertThat(record.size()).isEqualTo(14));
        assertThat(records.get(1).get(0)).isEqualTo("'@SUM(A1) " + s);
        assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Click\") " + s);
        assertThat(records.get(2).get(0)).isEqualTo("'+Sales " + s);
        assertThat(records.get(2).get(1)).isEqualTo("'-2+3 " + s);
        assertThat(records.stream().skip(1).map(r -> r.get(3))).containsExactly("60", "30");
    }

    /** Each bad row of a refused file is listed by its line, with everything wrong with it in the reader's words. */
    @Test
    void aRefusedImportListsEachBadRowWithItsReasons() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Bad rows " + s, MONDAY, MONDAY.plusDays(11));
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/import");
        String file = AuditFixture.HEADER
                + "2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",30,1,,,,,\n"
                + "2026-13-01,nobody@acme.example,Support " + s + ",Calls " + s + ",30,1,,,,,\n";
        UploadKt._upload(_get(Upload.class), "entries.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8));
        finishImport();

        _get(Paragraph.class, spec -> spec.withText(Texts.t("audit.import.refused")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 3: date '2026-13-01' is not a date like 2026-11-23; 'nobody@acme.example' is not a member of this tenant");
    }

    /** The size limit holds on the server: a file over it is refused unread, and nothing is imported. */
    @Test
    void anImportFileOverTheLimitIsRefusedByTheServer() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Big file " + s, MONDAY, MONDAY.plusDays(11));
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/import");
        Upload upload = _get(Upload.class);
        // Sent by a client that ignores the browser's limit: 20 MB and one byte of valid rows.
        byte[] row = ("2026-06-01,sam@acme.example,Support " + s + ",Calls " + s + ",10,1,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[ImportView.MAX_FILE_BYTES + 1];
        byte[] header = AuditFixture.HEADER.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, file, 0, header.length);
        for (int at = header.length; at < file.length; at++) {
            file[at] = row[(at - header.length) % row.length];
        }
        try {
            UploadKt._upload(upload, "entries.csv", "text/csv", file);
        } catch (RuntimeException refusedByTheServer) {
            // Karibu reports the refusal of the request as an exception; the page says why.
        }
        MockVaadin.runUIQueue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-refused")).getText())
                .startsWith("entries.csv is larger than 20 MB");
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        assertThat(GridKt._size(analysisGrid())).isZero();
    }

    @Test
    void aCampaignNumberTooLongToBeANumberIsNotFound() {
        signIn(DemoPeople.CARLA);
        for (String page : List.of("", "/log", "/analysis", "/import")) {
            navigate("t/acme/audit/99999999999999999999999" + page);
            _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        }
    }

    @Test
    void staffCannotOpenTheAnalysisOrTheImport() {
        Campaign campaign = AuditFixture.campaign(context, "Staff " + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        SignIn.out();
        signIn(DemoPeople.SAM);
        navigate("t/acme/audit/" + campaign.id());
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("audit.campaign.analysis")))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("completion"))).isEmpty();
        navigate("t/acme/audit/" + campaign.id() + "/analysis");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(Grid.class, spec -> spec.withId("analysis"))).isEmpty();
        navigate("t/acme/audit/" + campaign.id() + "/import");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(Upload.class)).isEmpty();
        navigate("t/acme/audit/catalogue");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
    }

    @Test
    void aConsultantNotAssignedToATenantCannotSeeItsAudit() {
        long brightsmileCampaign = brightsmileCampaignId();
        signIn(DemoPeople.TOM);
        navigate("t/brightsmile/audit");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        navigate("t/brightsmile/audit/" + brightsmileCampaign + "/analysis");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(Grid.class, spec -> spec.withId("analysis"))).isEmpty();
    }

    @Test
    void theDemoAuditShowsAcmesRankedTasksAndCandidates() {
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit");
        @SuppressWarnings("unchecked")
        Grid<Campaign> campaigns = _get(Grid.class);
        int demoRow = campaigns.getListDataView().getItems().map(Campaign::name).toList().indexOf("Two-week time audit");
        _click((Button) GridKt._getCellComponent(campaigns, demoRow, "campaign"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("audit.campaign.analysis"))));
        Grid<TaskAnalysis> analysis = analysisGrid();
        List<String> ranked = analysis.getListDataView().getItems().map(TaskAnalysis::task).toList();
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("Qualify web leads", "Answer calls about delivery times");
        assertThat(ranked.indexOf("Monthly KPI report")).isGreaterThan(ranked.indexOf("Triage the shared inbox"));
        Grid<?> candidates = _get(Grid.class, spec -> spec.withId("candidates"));
        assertThat(IntStream.range(0, GridKt._size(candidates)).mapToObj(row -> GridKt._getFormattedRow(candidates, row).getFirst()))
                .containsExactly("Voice agent for delivery-time calls", "Lead qualification assistant", "Inbox triage");
    }

    private long brightsmileCampaignId() {
        SignIn.as(context, DemoPeople.CARLA);
        var brightsmile = DemoTenants.id(context, "brightsmile");
        long id = context.getBean(studio.smartwork.portal.audit.AuditCampaigns.class).campaigns(brightsmile).getFirst().id();
        SignIn.out();
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskAnalysis> analysisGrid() {
        return _get(Grid.class, spec -> spec.withId("analysis"));
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    /** The portal's CSV is imported on a thread of its own: waits for it, then lets the page take what it pushed. */
    private void finishImport() {
        MockVaadin.runUIQueue();
        try {
            _get(ImportView.class).running().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MockVaadin.runUIQueue();
    }
}
