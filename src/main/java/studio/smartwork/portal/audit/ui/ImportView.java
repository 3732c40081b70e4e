package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ColumnMapping;
import studio.smartwork.portal.audit.DurationUnit;
import studio.smartwork.portal.audit.ImportProgress;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.audit.ImportSheet;
import studio.smartwork.portal.audit.SheetFormat;
import studio.smartwork.portal.audit.SheetRow;
import studio.smartwork.portal.audit.TrackerImports;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.BoundedUploadHandler;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A consultant imports time entries into a campaign: the portal's own CSV at once, or a time
 * tracker's export or any sheet after a preview of its first rows and of which column is what,
 * which the consultant confirms or changes. A progress bar follows the checking and storing of a
 * big file, which runs away from the page's lock so the page stays usable; the page polls for it.
 */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/import", layout = TenantLayout.class)
@PermitAll
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The file is read into memory; 20 MB holds a tracker's export of well over 100,000 entries. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final int PREVIEW_ROWS = 10;
    /** How often the page asks for the import's progress while it runs, in milliseconds. */
    private static final int POLL_MILLIS = 500;

    private final AuditCampaigns campaigns;
    private final AuditImport importer;
    private final TrackerImports trackers;
    private final Div preview = new Div();
    private final Div result = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private @Nullable CompletableFuture<Void> running;
    private final List<BarSeen> progressSeen = new ArrayList<>();
    /** The preview's import button, usable again once a refused import is back, to try other columns. */
    private @Nullable Button startImport;

    ImportView(AuditCampaigns campaigns, AuditImport importer, TrackerImports trackers) {
        this.campaigns = campaigns;
        this.importer = importer;
        this.trackers = trackers;
        setPadding(false);
        addClassName("import-view");
        progress.setId("import-progress");
        progress.setVisible(false);
        progressText.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        if (!AuditUi.runsAudit(access)) {
            throw new TenantNotFoundException();
        }
        Campaign campaign = campaigns.campaign(access.tenant().id(), AuditNavigation.campaignId(event));
        removeAll();
        preview.removeAll();
        result.removeAll();
        TenantId tenant = access.tenant().id();
        Upload upload = new Upload(new BoundedUploadHandler(MAX_FILE_BYTES, (ui, fileName, bytes) -> {
            // On the upload's request thread: reading and importing do not hold the page.
            ImportSheet sheet = trackers.read(fileName, bytes);
            if (!sheet.readable()) {
                ui.access(() -> show(new ImportResult(0, sheet.problems())));
            } else if (sheet.format() == SheetFormat.PORTAL) {
                // The portal's own columns need no mapping: imported at once, on the import's own thread, so the
                // upload's request ends and the page shows the progress meanwhile.
                ui.access(() -> started(sheet.rows().size()));
                runImport(ui, progressOf -> importer.importCsv(tenant, campaign.id(), bytes, progressOf));
            } else {
                ui.access(() -> showPreview(tenant, campaign, fileName, sheet));
            }
        }, this::refused));
        upload.setMaxFiles(1);
        // Also checked on the server (BoundedUploadHandler); here it spares a person a long wait.
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setI18n(uploadTexts());
        add(new H3(getTranslation("audit.import.title", campaign.name())),
                new Paragraph(getTranslation("audit.import.trackers")),
                new Paragraph(getTranslation("audit.import.header", String.join(",", AuditImport.HEADER))),
                new Paragraph(getTranslation("audit.import.help", AuditUi.window(access, campaign))),
                upload, preview, progress, progressText, result);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.import.page-title");
    }

    /** The import under way, if any: tests wait for it. */
    @Nullable CompletableFuture<Void> running() {
        return running;
    }

    /** How far the progress bar went (0 to 1): tests check it reached the end. */
    double progressReached() {
        return progress.getValue();
    }

    /** What the bar showed at each report of the last import, in order: tests check it showed, moved and ended full. */
    List<BarSeen> progressSeen() {
        return List.copyOf(progressSeen);
    }

    /** The bar and its text as one report of an import left them. */
    record BarSeen(double value, boolean working, boolean shown, String text) {
    }

    /** The detected format, a select per part of an entry, and the first rows as they are in the file. */
    private void showPreview(TenantId tenant, Campaign campaign, String fileName, ImportSheet sheet) {
        preview.removeAll();
        startImport = null;
        result.removeAll();
        List<String> header = sheet.header();
        preview.add(new H4(getTranslation("audit.import.preview.title", fileName)));
        Paragraph format = new Paragraph(getTranslation("audit.import.preview.format", getTranslation(sheet.format().textKey()),
                sheet.rows().size()));
        format.setId("import-format");
        preview.add(format, new Paragraph(getTranslation("audit.import.preview.help")));

        ColumnMapping suggested = sheet.suggested();
        Select<Integer> person = column("audit.import.mapping.person", header, suggested.person());
        Select<Integer> date = column("audit.import.mapping.date", header, suggested.date());
        Select<Integer> process = column("audit.import.mapping.process", header, suggested.process());
        Select<Integer> task = column("audit.import.mapping.task", header, suggested.task());
        Select<Integer> duration = column("audit.import.mapping.duration", header, suggested.duration());
        Select<DurationUnit> unit = new Select<>();
        unit.setLabel(getTranslation("audit.import.mapping.unit"));
        unit.setItems(DurationUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation(u.textKey()));
        unit.setValue(suggested.durationUnit());
        Select<Integer> note = column("audit.import.mapping.note", header, suggested.note());
        FlexLayout selects = new FlexLayout(person, date, process, task, duration, unit, note);
        selects.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        selects.getStyle().set("gap", "var(--lumo-space-m)");

        Grid<SheetRow> rows = new Grid<>();
        rows.setId("import-preview");
        rows.setAllRowsVisible(true);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            rows.addColumn(row -> row.cell(column)).setHeader(header.get(i)).setAutoWidth(true);
        }
        rows.setItems(sheet.rows().subList(0, Math.min(PREVIEW_ROWS, sheet.rows().size())));

        Button start = new Button(Texts.count("audit.import.preview.import", sheet.rows().size()));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startImport = start;
        start.addClickListener(click -> {
            ColumnMapping mapping = new ColumnMapping(person.getValue(), date.getValue(), process.getValue(), task.getValue(),
                    duration.getValue(), unit.getValue(), note.getValue());
            start.setEnabled(false);
            started(sheet.rows().size());
            runImport(UI.getCurrent(), progressOf -> trackers.importSheet(tenant, campaign.id(), sheet.table(), mapping, progressOf));
        });
        preview.add(selects, rows, start);
    }

    private Select<Integer> column(String labelKey, List<String> header, @Nullable Integer suggested) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(IntStream.range(0, header.size()).boxed().toList());
        select.setItemLabelGenerator(i -> i == null ? getTranslation("audit.import.mapping.none") : header.get(i));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("audit.import.mapping.none"));
        select.setValue(suggested);
        return select;
    }

    /** The progress bar shows, and the page starts asking for progress. */
    private void started(int rows) {
        result.removeAll();
        progressSeen.clear();
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressText.setText(Texts.count("audit.import.progress", rows));
        progressText.setVisible(true);
        UI.getCurrent().setPollInterval(POLL_MILLIS);
    }

    /** What runs an import, told where to report its progress. */
    @FunctionalInterface
    private interface ImportRun {
        ImportResult run(ImportProgress progress);
    }

    /**
     * Runs the import on a thread of its own, as the signed-in person: a click holds the page's
     * lock, and a big file must not freeze the page while it is checked and stored.
     */
    private void runImport(UI ui, ImportRun work) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        running = CompletableFuture.runAsync(() -> {
            SecurityContextHolder.setContext(signedIn);
            try {
                importAndShow(ui, work);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, task -> Thread.ofVirtual().name("time-import").start(task));
    }

    /**
     * Imports outside the page's lock and shows the progress and the result through {@link UI#access}.
     * Anything unforeseen is handed to the session's one error handler, as if it had happened on the page.
     */
    private void importAndShow(UI ui, ImportRun work) {
        try {
            ImportResult outcome = work.run((step, done, total) -> {
                try {
                    ui.access(() -> reached(step, done, total));
                } catch (UIDetachedException pageClosed) {
                    // The page was closed meanwhile: nobody watches the bar, and the import goes on to its end all the same.
                }
            });
            ui.access(() -> show(outcome));
        } catch (InvalidInputException | NotAllowedException refusal) {
            ui.access(() -> refused(inWords(refusal)));
        } catch (RuntimeException failure) {
            ui.access(() -> {
                finished();
                throw failure;
            });
        }
    }

    /** The bar moves on by the step's share; the text says what is happening, in entries where it can count them. */
    private void reached(ImportProgress.Step step, int done, int total) {
        progress.setValue(ImportProgress.share(step, done, total));
        // The database stores all the rows in one statement, which tells nothing until it ends: the bar says it works on.
        progress.setIndeterminate(step == ImportProgress.Step.SENT && done >= total);
        progressText.setText(switch (step) {
            case READ -> getTranslation("audit.import.step.read");
            case CHECKED -> ofRows("audit.import.step.checked", total, done, total);
            case SENT -> done < total ? ofRows("audit.import.step.sent", total, done, total) : ofRows("audit.import.step.storing", total, total);
            case STORED -> ofRows("audit.import.step.stored", done, done);
        });
        progressSeen.add(new BarSeen(progress.getValue(), progress.isIndeterminate(), progress.isVisible(), progressText.getText()));
    }

    /** The key's {@code .one} text when {@code rows} is one, its {@code .other} text otherwise. */
    private String ofRows(String key, int rows, Object... values) {
        return getTranslation(key + (rows == 1 ? ".one" : ".other"), values);
    }

    private void finished() {
        if (startImport != null) {
            startImport.setEnabled(true);
        }
        progress.setVisible(false);
        progressText.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
    }

    /** The upload's own words, in the page's language. */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("audit.import.upload.add")).setMany(getTranslation("audit.import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("audit.import.upload.drop")).setMany(getTranslation("audit.import.upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("audit.import.upload.too-many"))
                        .setFileIsTooBig(getTranslation("audit.import.upload.too-big"))
                        .setIncorrectFileType(getTranslation("audit.import.upload.not-csv")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("audit.import.upload.retry"))
                        .setStart(getTranslation("audit.import.upload.start")).setRemove(getTranslation("audit.import.upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("audit.import.upload.connecting"))
                                .setStalled(getTranslation("audit.import.upload.stalled"))
                                .setProcessing(getTranslation("audit.import.upload.processing"))
                                .setHeld(getTranslation("audit.import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("audit.import.upload.remaining"))
                                .setUnknown(getTranslation("audit.import.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setForbidden(getTranslation("audit.import.upload.refused"))
                                .setServerUnavailable(getTranslation("audit.import.upload.no-answer"))
                                .setUnexpectedServerError(getTranslation("audit.import.upload.failed"))));
    }

    /** A refusal of the whole import (a closed campaign, say), in the page's language. */
    private static String inWords(RuntimeException refusal) {
        if (refusal instanceof NotAllowedException notAllowed) {
            return Texts.t(notAllowed.reason());
        }
        return String.join(" ", ((InvalidInputException) refusal).problems().values().stream().map(Texts::t).toList());
    }

    private void refused(String message) {
        finished();
        result.removeAll();
        Paragraph refusal = new Paragraph(message);
        refusal.setId("import-refused");
        result.add(refusal);
    }

    private void show(ImportResult outcome) {
        finished();
        result.removeAll();
        if (outcome.accepted()) {
            preview.removeAll();
            startImport = null;
            result.add(new Paragraph(Texts.count("audit.import.imported", outcome.rowsImported())));
            return;
        }
        result.add(new Paragraph(getTranslation("audit.import.refused")));
        UnorderedList list = new UnorderedList();
        outcome.problems().forEach(p -> list.add(new ListItem(getTranslation("audit.import.problem", p.line(),
                String.join("; ", p.reasons().stream().map(Texts::t).toList())))));
        result.add(list);
    }
}
