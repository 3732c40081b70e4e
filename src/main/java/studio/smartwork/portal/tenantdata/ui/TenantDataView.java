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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
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
@PermitAll
public class TenantDataView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        Language reader = Language.forLocale(getLocale());
        String fileName = access.tenant().slug() + "-data-" + LocalDate.now(clock.withZone(access.tenant().settings().timeZone())) + ".zip";
        DownloadHandler archive = downloadEvent -> {
            downloadEvent.setFileName(fileName);
            downloadEvent.setContentType("application/zip");
            try (OutputStream out = downloadEvent.getOutputStream()) {
                export.write(tenant, reader, out);
            }
        };
        Anchor download = new Anchor(archive, AttachmentType.DOWNLOAD, getTranslation("tenantdata.download"));
        download.setId("download-all-data");
        UnorderedList kinds = new UnorderedList();
        for (String kind : new String[] {"tenantdata.kind.people", "tenantdata.kind.audit", "tenantdata.kind.design",
                "tenantdata.kind.outcome", "tenantdata.kind.board"}) {
            kinds.add(new ListItem(getTranslation(kind)));
        }
        add(new H3(getTranslation("tenantdata.title")), new Paragraph(getTranslation("tenantdata.intro", access.tenant().name())), kinds,
                new Paragraph(getTranslation(access.role() == TenantRole.ADMIN
                        ? "tenantdata.audience.administrator" : "tenantdata.audience.executive")),
                download);
        if (access.role() == TenantRole.ADMIN) {
            add(deletionSection(access));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("tenantdata.page-title");
    }

    private VerticalLayout deletionSection(TenantAccess access) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(getTranslation("tenantdata.delete.title")));
        var from = TenantDeletion.deletableFrom(access.tenant());
        if (from.isEmpty()) {
            section.add(new Paragraph(getTranslation("tenantdata.delete.not-archived")));
            section.add(new Anchor(ShellNavigation.adminTenantPath(access.tenant().slug()), getTranslation("tenantdata.delete.tenant-settings")));
            return section;
        }
        if (Instant.now(clock).isBefore(from.get())) {
            section.add(new Paragraph(getTranslation("tenantdata.delete.not-yet", access.tenant().name(),
                    access.tenant().formatFor(getLocale()).dateTime(from.get()))));
            return section;
        }
        TextField name = new TextField(getTranslation("tenantdata.delete.confirm-name"));
        name.setWidth("24em");
        Button delete = new Button(getTranslation("tenantdata.delete.button"), click -> {
            FieldErrors.attempt(Map.of("name", name), () -> {
                deletion.deleteForGood(access.tenant().id(), name.getValue());
                Notifications.success(getTranslation("tenantdata.delete.done", access.tenant().name()));
                getUI().ifPresent(ui -> ui.navigate(ShellNavigation.ADMIN_TENANTS));
            });
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph(getTranslation("tenantdata.delete.warning", access.tenant().name())), name, delete);
        return section;
    }
}
