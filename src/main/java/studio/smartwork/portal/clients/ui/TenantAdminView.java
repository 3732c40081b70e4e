package studio.smartwork.portal.clients.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.Consultant;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/** One tenant for administrators: its settings, archiving, and which consultants work on it. */
@Route(value = ShellNavigation.ADMIN_TENANTS + "/:slug", layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class TenantAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantService tenants;
    private final ConsultantAssignments consultantAssignments;
    private TenantSummary tenant;

    TenantAdminView(TenantService tenants, ConsultantAssignments consultantAssignments) {
        this.tenants = tenants;
        this.consultantAssignments = consultantAssignments;
        addClassName("tenant-admin-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = AddressParameters.text(event, "slug");
        var found = tenants.findBySlug(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        tenant = found.get();
        build();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("clients.tenant.page-title");
    }

    private void build() {
        removeAll();
        Span status = new Span(getTranslation(tenant.status().textKey()));
        status.getElement().getThemeList().add(tenant.isActive() ? "badge success" : "badge contrast");
        HorizontalLayout title = new HorizontalLayout(new H2(tenant.name()), status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title);
        if (tenant.isActive()) {
            add(new HorizontalLayout(
                    new Anchor(ShellNavigation.tenantPath(tenant.slug()), getTranslation("clients.tenant.open")),
                    new Anchor(ShellNavigation.tenantPeoplePath(tenant.slug()), getTranslation("clients.tenant.people")),
                    new Anchor(ShellNavigation.tenantDataPath(tenant.slug()), getTranslation("clients.tenant.data"))));
        } else {
            add(new Anchor(ShellNavigation.tenantDataPath(tenant.slug()), getTranslation("clients.tenant.data-and-deletion")));
        }

        add(new H3(getTranslation("clients.tenant.settings")));
        TenantSettingsForm form = new TenantSettingsForm();
        form.read(tenant.settings());
        Button save = new Button(getTranslation("clients.tenant.save"), click -> {
            try {
                String oldSlug = tenant.slug();
                tenant = tenants.update(tenant.id(), form.write());
                Notifications.success(getTranslation("clients.tenant.saved", tenant.name()));
                if (!oldSlug.equals(tenant.slug())) {
                    UI.getCurrent().navigate(ShellNavigation.adminTenantPath(tenant.slug()));
                }
            } catch (InvalidInputException problems) {
                form.showErrors(problems);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button archive = tenant.isActive()
                ? new Button(getTranslation("clients.tenant.archive"), click -> confirmArchive())
                : new Button(getTranslation("clients.tenant.restore"), click -> {
                    tenant = tenants.setStatus(tenant.id(), TenantStatus.ACTIVE);
                    Notifications.success(getTranslation("clients.tenant.restored", tenant.name()));
                    build();
                });
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(save, archive));

        if (tenant.isActive()) {
            add(new H3(getTranslation("clients.tenant.consultants")));
            add(consultantsSection());
        }
    }

    private void confirmArchive() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("clients.tenant.archive-confirm.title", tenant.name()),
                getTranslation("clients.tenant.archive-confirm.text"),
                getTranslation("clients.tenant.archive-confirm.confirm"), event -> {
                    tenant = tenants.setStatus(tenant.id(), TenantStatus.ARCHIVED);
                    Notifications.success(getTranslation("clients.tenant.archived", tenant.name()));
                    build();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("clients.tenant.archive-confirm.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private VerticalLayout consultantsSection() {
        Grid<Consultant> assigned = new Grid<>();
        assigned.addColumn(Consultant::displayName).setHeader(getTranslation("clients.consultants.column.consultant"));
        assigned.addColumn(Consultant::email).setHeader(getTranslation("clients.consultants.column.email"));
        ComboBox<Consultant> candidate = new ComboBox<>(getTranslation("clients.consultants.to-assign"));
        candidate.setItemLabelGenerator(c -> c.displayName() + " · " + c.email());
        Runnable refresh = () -> {
            List<Consultant> current = consultantAssignments.consultantsOf(tenant.id());
            assigned.setItems(current);
            candidate.setItems(consultantAssignments.allConsultants().stream()
                    .filter(c -> current.stream().noneMatch(a -> a.personId() == c.personId())).toList());
        };
        assigned.addComponentColumn(c -> new Button(getTranslation("clients.consultants.unassign"), click -> {
            consultantAssignments.unassignConsultant(tenant.id(), c.personId());
            Notifications.success(getTranslation("clients.consultants.unassigned", c.displayName(), tenant.name()));
            refresh.run();
        })).setHeader("").setAutoWidth(true).setFlexGrow(0);
        assigned.setAllRowsVisible(true);
        Button assign = new Button(getTranslation("clients.consultants.assign"), click -> {
            if (candidate.getValue() == null) {
                candidate.setErrorMessage(getTranslation("clients.consultants.choose"));
                candidate.setInvalid(true);
                return;
            }
            consultantAssignments.assignConsultant(tenant.id(), candidate.getValue().personId());
            Notifications.success(getTranslation("clients.consultants.assigned", candidate.getValue().displayName(), tenant.name()));
            candidate.clear();
            refresh.run();
        });
        refresh.run();
        HorizontalLayout assignRow = new HorizontalLayout(candidate, assign);
        assignRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(assigned, assignRow);
        section.setPadding(false);
        return section;
    }
}
