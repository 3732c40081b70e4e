package studio.smartwork.portal.clients.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.MainLayout;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/** The administrators' list of client tenants, where new tenants are created. */
@Route(value = ShellNavigation.ADMIN_TENANTS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class TenantsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final Grid<TenantSummary> grid = new Grid<>();
    private final TextField filter;
    private final Checkbox showArchived = new Checkbox(getTranslation("clients.tenants.show-archived"));

    TenantsAdminView(TenantService tenants) {
        this.tenants = tenants;
        addClassName("tenants-admin-view");
        setSizeFull();
        Button create = new Button(getTranslation("clients.tenants.new"), VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.addValueChangeListener(event -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(new H2(getTranslation("clients.tenants.title")), showArchived, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(toolbar.getComponentAt(0));

        Locale reader = getLocale();
        // Each sortable column's key is what the server sorts it by (TenantService's tenant sorts).
        grid.setId("tenants");
        grid.addColumn(TenantSummary::name).setHeader(getTranslation("clients.tenants.column.name")).setFlexGrow(2)
                .setKey("name").setSortProperty("name");
        grid.addColumn(TenantSummary::slug).setHeader(getTranslation("clients.tenants.column.address")).setFlexGrow(1)
                .setKey("address").setSortProperty("address");
        grid.addColumn(t -> t.settings().locale().toLanguageTag()).setHeader(getTranslation("clients.tenants.column.locale"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.settings().currency().getCurrencyCode()).setHeader(getTranslation("clients.tenants.column.currency"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.formatFor(reader).money(t.settings().defaultHourlyCost()))
                .setHeader(getTranslation("clients.tenants.column.hourly-cost")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation(t.status().textKey())).setHeader(getTranslation("clients.tenants.column.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status").setSortProperty("status");
        grid.addItemClickListener(event -> UI.getCurrent().navigate(ShellNavigation.adminTenantPath(event.getItem().slug())));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("clients.tenants.none-match"));
        filter = GridPages.filterField("tenants-filter", getTranslation("clients.tenants.filter"), this::refresh);
        grid.setItems(query -> tenants.all(GridPages.request(query, filter.getValue()), showArchived.getValue()).stream(),
                query -> tenants.count(filter.getValue(), showArchived.getValue()));
        add(toolbar, filter, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("clients.tenants.page-title");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("clients.tenants.new"));
        TenantSettingsForm form = new TenantSettingsForm();
        form.read(TenantSettings.defaults("", "", Locale.forLanguageTag("en-IE"), ZoneId.of("Europe/Dublin"), new BigDecimal("35")));
        Button save = new Button(getTranslation("clients.tenants.create"), click -> {
            try {
                TenantSummary created = tenants.create(form.write());
                dialog.close();
                Notifications.success(getTranslation("clients.tenants.created", created.name()));
                UI.getCurrent().navigate(ShellNavigation.adminTenantPath(created.slug()));
            } catch (InvalidInputException problems) {
                form.showErrors(problems);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("clients.tenants.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(90vw, 720px)");
        dialog.open();
    }
}
