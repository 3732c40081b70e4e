package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** A consultant imports a tracker's export: the detected format, the columns to confirm, the first rows, then the import. */
class ImportViewTests extends KaribuTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 6);

    @Test
    void aConsultantSeesTheFormatAndTheColumnsOfATogglExportAndImportsIt() throws Exception {
        Campaign campaign = openImport("Toggl page ");
        UploadKt._upload(_get(Upload.class), "Toggl_time_entries.csv", "text/csv", file("toggl-detailed.csv"));
        MockVaadin.runUIQueue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-format")).getText())
                .isEqualTo(Texts.t("audit.import.preview.format", Texts.t("audit.import.format.toggl"), 5));
        assertThat(selected("audit.import.mapping.person")).isEqualTo("Email");
        assertThat(selected("audit.import.mapping.date")).isEqualTo("Start date");
        assertThat(selected("audit.import.mapping.process")).isEqualTo("Project");
        assertThat(selected("audit.import.mapping.task")).isEqualTo("Description");
        assertThat(selected("audit.import.mapping.duration")).isEqualTo("Duration");
        assertThat(selected("audit.import.mapping.note")).isEqualTo(Texts.t("audit.import.mapping.none"));
        Grid<?> rows = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(rows)).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(rows, 1).get(11)).isEqualTo("00:30:30");

        _click(_get(Button.class, spec -> spec.withText(Texts.count("audit.import.preview.import", 5))));
        finishImport();

        _get(Paragraph.class, spec -> spec.withText(Texts.count("audit.import.imported", 5)));
        // The bar went up to the end while the entries were checked and stored, and is gone with the result.
        assertThat(_get(ImportView.class).progressReached()).isEqualTo(1.0);
        assertThat(_find(ProgressBar.class, spec -> spec.withId("import-progress"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("import-preview"))).isEmpty();
        assertThat(campaign.id()).isPositive();
    }

    /**
     * A big file of the portal's own columns is imported at once on a thread of its own: the bar
     * shows at the upload, moves through reading, checking, sending and storing while the page
     * stays usable, and ends full, gone, with the result in its place.
     */
    @Test
    void aBigFileMovesTheProgressBarToTheEndAndShowsTheResult() throws Exception {
        openImport("Big file page ");
        StringBuilder file = new StringBuilder(AuditFixture.HEADER);
        String[] people = {DemoPeople.SAM, DemoPeople.LIA, "marta@acme.example"};
        for (int i = 0; i < 12_000; i++) {
            file.append(MONDAY.plusDays(i % 12)).append(',').append(people[i % 3]).append(",Inbox,Sort mail ").append(i % 5).append(',')
                    .append(1 + i % 60).append(",1,,,,,\n");
        }
        UploadKt._upload(_get(Upload.class), "entries.csv", "text/csv", file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        finishImport();

        ImportView view = _get(ImportView.class);
        List<ImportView.BarSeen> seen = view.progressSeen();
        // Every report found the bar shown, and it only went forward, through each step, to the end.
        assertThat(seen).allMatch(ImportView.BarSeen::shown);
        assertThat(seen).extracting(ImportView.BarSeen::value).isSortedAccordingTo(Double::compare);
        assertThat(seen.stream().filter(bar -> bar.value() > 0 && bar.value() < 1).count()).isGreaterThanOrEqualTo(5);
        assertThat(seen).extracting(ImportView.BarSeen::text).contains(Texts.t("audit.import.step.read"),
                Texts.t("audit.import.step.checked.other", 5_000, 12_000), Texts.t("audit.import.step.sent.other", 10_000, 12_000),
                Texts.t("audit.import.step.stored.other", 12_000));
        // While the database stores the rows in one statement, the bar shows it works on rather than standing still.
        assertThat(seen).filteredOn(ImportView.BarSeen::working).extracting(ImportView.BarSeen::text)
                .containsExactly(Texts.t("audit.import.step.storing.other", 12_000));
        assertThat(seen.getLast().working()).isFalse();
        assertThat(seen.getLast().value()).isEqualTo(1.0);
        assertThat(view.progressReached()).isEqualTo(1.0);
        assertThat(_find(ProgressBar.class, spec -> spec.withId("import-progress"))).isEmpty();
        _get(Paragraph.class, spec -> spec.withText(Texts.count("audit.import.imported", 12_000)));
    }

    @Test
    void aChangedColumnIsImportedAsChosenAndItsRefusedLinesAreListed() throws Exception {
        openImport("Kimai page ");
        UploadKt._upload(_get(Upload.class), "export.csv", "text/csv", file("kimai-timesheet.csv"));
        MockVaadin.runUIQueue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-format")).getText())
                .isEqualTo(Texts.t("audit.import.preview.format", Texts.t("audit.import.format.kimai"), 4));
        assertThat(selected("audit.import.mapping.task")).isEqualTo("Activity");

        // The description as the task: line 3 has none, so the file is refused at that line.
        @SuppressWarnings("unchecked")
        Select<Integer> task = _get(Select.class, spec -> spec.withLabel(Texts.t("audit.import.mapping.task")));
        task.setValue(9);
        _click(_get(Button.class, spec -> spec.withText(Texts.count("audit.import.preview.import", 4))));
        finishImport();

        _get(Paragraph.class, spec -> spec.withText(Texts.t("audit.import.refused")));
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Line 3: task must be 1 to 160 characters");

        // The preview stays: back to the activity as the task, and the file lands.
        task.setValue(8);
        _click(_get(Button.class, spec -> spec.withText(Texts.count("audit.import.preview.import", 4))));
        finishImport();
        _get(Paragraph.class, spec -> spec.withText(Texts.count("audit.import.imported", 3)));
    }

    @Test
    void executivesDoNotImportAndReadThatInSpanish() {
        Campaign campaign = AuditFixture.campaign(context, "Exec import " + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(11));
        SignIn.out();
        signIn(DemoPeople.EVA);
        navigate("t/acme/audit/" + campaign.id() + "/import");
        // Eva works for Acme, whose people read the portal in Spanish; the import is for consultants only.
        assertThat(Texts.t("audit.import.mapping.person")).isEqualTo("Persona");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
    }

    private Campaign openImport(String name) {
        Campaign campaign = AuditFixture.campaign(context, name + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(11));
        SignIn.out();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/audit/" + campaign.id() + "/import");
        return campaign;
    }

    /** Waits for the import's own thread, then lets the page take what it pushed. */
    private void finishImport() throws Exception {
        MockVaadin.runUIQueue();
        CompletableFuture<Void> running = _get(ImportView.class).running();
        assertThat(running).isNotNull();
        running.get(30, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
    }

    private String selected(String labelKey) {
        @SuppressWarnings("unchecked")
        Select<Integer> select = _get(Select.class, spec -> spec.withLabel(Texts.t(labelKey)));
        return select.getItemLabelGenerator().apply(select.getValue());
    }

    private byte[] file(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }
}
