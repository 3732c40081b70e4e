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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.BoundedUploadHandler;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/** A consultant uploads a CSV of time entries into a campaign; the result or every problem is shown. */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)/import", layout = TenantLayout.class)
@PageTitle("Import time entries · SmartWork Portal")
@PermitAll
public class ImportView extends VerticalLayout implements BeforeEnterObserver {

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
                ui.access(() -> refused(refused.getMessage()));
            }
        }, this::refused));
        upload.setMaxFiles(1);
        // Also checked on the server (BoundedUploadHandler); here it spares a person a long wait.
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        UploadI18N i18n = new UploadI18N();
        i18n.setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                .setForbidden("Refused, see below").setServerUnavailable("The portal does not answer; try again")
                .setUnexpectedServerError("Not imported, see below")));
        upload.setI18n(i18n);
        add(new H3("Import time entries · " + campaign.name()),
                new Paragraph("The first line must be exactly: " + String.join(",", AuditImport.HEADER)),
                new Paragraph("Dates as 2026-11-23, inside the window " + AuditUi.window(access, campaign)
                        + ". Ratings are optional (1–5). A file with any bad row is refused as a whole, and nothing is written."),
                upload, result);
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
            result.add(new Paragraph(outcome.rowsImported() + " rows imported."));
            return;
        }
        result.add(new Paragraph("The file was refused; nothing was imported. Fix these rows and upload it again:"));
        UnorderedList list = new UnorderedList();
        outcome.problems().forEach(p -> list.add(new ListItem("Line " + p.line() + ": " + p.reason())));
        result.add(list);
    }
}
