package studio.smartwork.portal.tenantdata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenantdata.TenantDataExport;
import studio.smartwork.portal.tenantdata.TenantDeletion;

/**
 * The tenant's data, for its executives and the consultancy's administrators: all of it in one
 * download, and for administrators, once the tenant has been archived thirty days, deleting it
 * for good.
 */
@Route(value = "data", layout = TenantLayout.class)
@PageTitle("Your data · SmartWork Portal")
@PermitAll
public class TenantDataView extends VerticalLayout implements BeforeEnterObserver {

    private final TenantDataExport export;
    private final TenantDeletion deletion;
    private final Clock clock;

    TenantDataView(TenantDataExport export, TenantDeletion deletion, Clock clock) {
        this.export = export;
        this.deletion = deletion;
        this.clock = clock;
        setPadding(false);
        addClassName("tenant-data-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        if (!TenantDataExport.mayDownload(access.role())) {
            throw new TenantNotFoundException();
        }
        removeAll();
        TenantId tenant = access.tenant().id();
        String fileName = access.tenant().slug() + "-data-" + LocalDate.now(clock.withZone(access.tenant().settings().timeZone())) + ".zip";
        DownloadHandler archive = downloadEvent -> {
            downloadEvent.setFileName(fileName);
            downloadEvent.setContentType("application/zip");
            try (OutputStream out = downloadEvent.getOutputStream()) {
                export.write(tenant, out);
            }
        };
        Anchor download = new Anchor(archive, AttachmentType.DOWNLOAD, "Download all data (zip)");
        download.setId("download-all-data");
        UnorderedList kinds = new UnorderedList();
        for (String kind : new String[] {"people, teams, invitations and consultants", "audit campaigns, tasks, every time entry and rating, "
                + "friction notes and candidates", "design records with every revision, reviews, comments and KPIs",
                "outcome measurements and runs", "the board's action items, the self-checks and the activity feed"}) {
            kinds.add(new ListItem(kind));
        }
        add(new H3("Your data"), new Paragraph("Everything the portal keeps about " + access.tenant().name()
                        + ", in one zip archive of CSV files with a README that explains them:"), kinds,
                new Paragraph(access.role() == TenantRole.ADMIN
                        ? "Exported for the consultancy: time entries and ratings name their person."
                        : "The time audit was an audit without surveillance: time entries and ratings do not name their person, "
                                + "and people's own notes on them are left out."),
                download);
        if (access.role() == TenantRole.ADMIN) {
            add(deletionSection(access));
        }
    }

    private VerticalLayout deletionSection(TenantAccess access) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3("Delete for good"));
        var from = TenantDeletion.deletableFrom(access.tenant());
        if (from.isEmpty()) {
            section.add(new Paragraph("Only an archived tenant can be deleted. Archive it on its settings page first; thirty days "
                    + "later it can be deleted here."));
            section.add(new Anchor(ShellNavigation.adminTenantPath(access.tenant().slug()), "Tenant settings"));
            return section;
        }
        if (Instant.now(clock).isBefore(from.get())) {
            section.add(new Paragraph(access.tenant().name() + " was archived and can be deleted for good from "
                    + access.tenant().format().dateTime(from.get()) + ". Until then it can be restored."));
            return section;
        }
        TextField name = new TextField("Type the tenant's name to confirm");
        name.setWidth("24em");
        Button delete = new Button("Delete for good", click -> {
            FieldErrors.attempt(Map.of("name", name), () -> {
                deletion.deleteForGood(access.tenant().id(), name.getValue());
                Notifications.success(access.tenant().name() + " was deleted for good.");
                getUI().ifPresent(ui -> ui.navigate(ShellNavigation.ADMIN_TENANTS));
            });
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph("Deleting removes every row of " + access.tenant().name() + " — its people's memberships, "
                + "the audits, design records, measurements, board and activity — and erases its client people who belong to no "
                + "other tenant. Download the data first if it is needed. This cannot be undone."), name, delete);
        return section;
    }
}
