package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/** The tenant's audit campaigns; consultants start new ones, staff see those they are invited to. */
@Route(value = "audit", layout = TenantLayout.class)
@PermitAll
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditCampaigns campaigns;
    private final Grid<Campaign> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private TenantAccess access;

    AuditView(AuditCampaigns campaigns) {
        this.campaigns = campaigns;
        setPadding(false);
        addClassName("audit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        removeAll();
        grid.removeAllColumns();
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("audit.campaigns.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (AuditUi.runsAudit(access)) {
            Button create = new Button(getTranslation("audit.campaigns.new"), VaadinIcon.PLUS.create(),
                    click -> new CampaignDialog(campaigns, access, null, this::refresh).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button catalogue = new Button(getTranslation("audit.campaigns.catalogue"), click -> ShellNavigation.to(CatalogueView.class, AuditNavigation.audit(access.tenant().slug())));
            header.add(create, catalogue);
        }
        grid.addComponentColumn(c -> {
            Button open = new Button(c.name(), click -> ShellNavigation.to(CampaignView.class, AuditNavigation.campaign(access.tenant().slug(), c.id())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return open;
        }).setHeader(getTranslation("audit.campaigns.campaign")).setKey("campaign").setFlexGrow(2);
        grid.addColumn(c -> AuditUi.window(access, c)).setHeader(getTranslation("audit.campaigns.window")).setFlexGrow(2);
        grid.addColumn(AuditUi::status).setHeader(getTranslation("audit.campaigns.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        empty.setText(access.role().isClient()
                ? getTranslation("audit.campaigns.none-for-you")
                : getTranslation("audit.campaigns.none"));
        add(header, empty, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.campaigns.page-title");
    }

    private void refresh() {
        List<Campaign> all = campaigns.campaigns(access.tenant().id());
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
    }
}
