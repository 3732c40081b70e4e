package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.BoundedUploadHandler;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/** A consultant uploads a CSV of time entries into a campaign; the result or every problem is shown. */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/import", layout = TenantLayout.class)
@PermitAll
public class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The file is read into memory; a two-week audit of a whole company is far below this. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final AuditCampaigns campaigns;
    private final AuditImport importer;
    private final Div result = new Div();

    ImportView(AuditCampaigns campaigns, AuditImport importer) {
        this.campaigns = campaigns;
        this.importer = importer;
        setPadding(false);
        addClassName("import-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        if (!AuditUi.runsAudit(access)) {
            throw new TenantNotFoundException();
        }
        Campaign campaign;
        campaign = campaigns.campaign(access.tenant().id(), AuditNavigation.campaignId(event));
        removeAll();
        result.removeAll();
        TenantId tenant = access.tenant().id();
        Upload upload = new Upload(new BoundedUploadHandler(MAX_FILE_BYTES, (ui, fileName, bytes) -> {
            try {
                ImportResult outcome = importer.importCsv(tenant, campaign.id(), bytes);
                ui.access(() -> show(outcome));
            } catch (InvalidInputException | NotAllowedException refused) {
                ui.access(() -> refused(inWords(refused)));
            }
        }, this::refused));
        upload.setMaxFiles(1);
        // Also checked on the server (BoundedUploadHandler); here it spares a person a long wait.
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(uploadTexts());
        add(new H3(getTranslation("audit.import.title", campaign.name())),
                new Paragraph(getTranslation("audit.import.header", String.join(",", AuditImport.HEADER))),
                new Paragraph(getTranslation("audit.import.help", AuditUi.window(access, campaign))),
                upload, result);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.import.page-title");
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
        result.removeAll();
        Paragraph refusal = new Paragraph(message);
        refusal.setId("import-refused");
        result.add(refusal);
    }

    private void show(ImportResult outcome) {
        result.removeAll();
        if (outcome.accepted()) {
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
