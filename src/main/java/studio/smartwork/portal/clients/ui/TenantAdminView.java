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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.people.Consultant;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/** One tenant for administrators: its settings, archiving, and which consultants work on it. */
@Route(value = ShellNavigation.ADMIN_TENANTS + "/:slug", layout = MainLayout.class)
@PageTitle("Tenant settings · SmartWork Portal")
@RolesAllowed(Roles.ADMIN)
public class TenantAdminView extends VerticalLayout implements BeforeEnterObserver {

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

    private void build() {
        removeAll();
        Span status = new Span(tenant.isActive() ? "Active" : "Archived");
        status.getElement().getThemeList().add(tenant.isActive() ? "badge success" : "badge contrast");
        HorizontalLayout title = new HorizontalLayout(new H2(tenant.name()), status);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title);
        if (tenant.isActive()) {
            add(new HorizontalLayout(
                    new Anchor(ShellNavigation.tenantPath(tenant.slug()), "Open tenant"),
                    new Anchor(ShellNavigation.tenantPeoplePath(tenant.slug()), "People & teams"),
                    new Anchor(ShellNavigation.tenantDataPath(tenant.slug()), "Data")));
        } else {
            add(new Anchor(ShellNavigation.tenantDataPath(tenant.slug()), "Data, and deleting the tenant for good"));
        }

        add(new H3("Settings"));
        TenantSettingsForm form = new TenantSettingsForm();
        form.read(tenant.settings());
        Button save = new Button("Save settings", click -> {
            try {
                String oldSlug = tenant.slug();
                tenant = tenants.update(tenant.id(), form.write());
                Notifications.success("Settings of " + tenant.name() + " saved.");
                if (!oldSlug.equals(tenant.slug())) {
                    UI.getCurrent().navigate(ShellNavigation.adminTenantPath(tenant.slug()));
                }
            } catch (InvalidInputException problems) {
                form.showErrors(problems);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button archive = tenant.isActive()
                ? new Button("Archive tenant", click -> confirmArchive())
                : new Button("Restore tenant", click -> {
                    tenant = tenants.setStatus(tenant.id(), TenantStatus.ACTIVE);
                    Notifications.success(tenant.name() + " is active again.");
                    build();
                });
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(form, new HorizontalLayout(save, archive));

        if (tenant.isActive()) {
            add(new H3("Consultants"));
            add(consultantsSection());
        }
    }

    private void confirmArchive() {
        ConfirmDialog confirm = new ConfirmDialog("Archive " + tenant.name() + "?",
                "Its consultants and people lose access until it is restored. Nothing is deleted.",
                "Archive", event -> {
                    tenant = tenants.setStatus(tenant.id(), TenantStatus.ARCHIVED);
                    Notifications.success(tenant.name() + " archived.");
                    build();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private VerticalLayout consultantsSection() {
        Grid<Consultant> assigned = new Grid<>();
        assigned.addColumn(Consultant::displayName).setHeader("Consultant");
        assigned.addColumn(Consultant::email).setHeader("E-mail");
        ComboBox<Consultant> candidate = new ComboBox<>("Consultant to assign");
        candidate.setItemLabelGenerator(c -> c.displayName() + " · " + c.email());
        Runnable refresh = () -> {
            List<Consultant> current = consultantAssignments.consultantsOf(tenant.id());
            assigned.setItems(current);
            candidate.setItems(consultantAssignments.allConsultants().stream()
                    .filter(c -> current.stream().noneMatch(a -> a.personId() == c.personId())).toList());
        };
        assigned.addComponentColumn(c -> new Button("Unassign", click -> {
            consultantAssignments.unassignConsultant(tenant.id(), c.personId());
            Notifications.success(c.displayName() + " no longer works on " + tenant.name() + ".");
            refresh.run();
        })).setHeader("").setAutoWidth(true).setFlexGrow(0);
        assigned.setAllRowsVisible(true);
        Button assign = new Button("Assign", click -> {
            if (candidate.getValue() == null) {
                candidate.setErrorMessage("Choose a consultant.");
                candidate.setInvalid(true);
                return;
            }
            consultantAssignments.assignConsultant(tenant.id(), candidate.getValue().personId());
            Notifications.success(candidate.getValue().displayName() + " now works on " + tenant.name() + ".");
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
