package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignTemplates;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/** The tenant's solution design records, newest first. */
@Route(value = "designs", layout = TenantLayout.class)
@PermitAll
public class DesignRecordsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignRecords designs;
    private final DesignTemplates templates;

    public DesignRecordsView(DesignRecords designs, DesignTemplates templates) {
        this.designs = designs;
        this.templates = templates;
        setPadding(false);
        addClassName("design-records-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().formatFor(getLocale());
        removeAll();
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("design.records.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Those who edit records start them, as the service has it.
        boolean consultant = DesignAction.EDIT.isTakenBy(access.role());
        if (consultant) {
            Button create = new Button(getTranslation("design.records.new"), VaadinIcon.PLUS.create(),
                    click -> new NewDesignRecordDialog(designs, templates, access).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);
        if (designs.recordCount(access.tenant().id(), "") == 0) {
            add(new Paragraph(getTranslation(consultant ? "design.records.empty.consultant" : "design.records.empty.client")));
            return;
        }
        Grid<DesignRecordSummary> grid = new Grid<>();
        grid.setId("design-records");
        // Each column's key is what the server sorts it by (DesignRecords' record sorts).
        grid.addColumn(DesignRecordSummary::reference).setHeader(getTranslation("design.records.column.record"))
                .setAutoWidth(true).setFlexGrow(0).setKey("record").setSortProperty("record");
        grid.addColumn(DesignRecordSummary::title).setHeader(getTranslation("design.field.title")).setFlexGrow(3)
                .setKey("title").setSortProperty("title");
        grid.addColumn(r -> getTranslation(r.solutionType().textKey())).setHeader(getTranslation("design.records.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(DesignRecordsView::statusBadge).setHeader(getTranslation("design.records.column.status"))
                .setAutoWidth(true).setFlexGrow(0).setKey("status").setSortProperty("status");
        grid.addColumn(r -> getTranslation("design.records.revision", r.currentRevision()))
                .setHeader(getTranslation("design.records.column.revision")).setAutoWidth(true).setFlexGrow(0)
                .setKey("revision").setSortProperty("revision");
        grid.addColumn(r -> format.dateTime(r.updatedAt())).setHeader(getTranslation("design.records.column.last-change"))
                .setAutoWidth(true).setFlexGrow(0).setKey("changed").setSortProperty("changed");
        GridPages.scrolling(grid);
        grid.setEmptyStateText(getTranslation("design.records.none-match"));
        TextField filter = GridPages.filterField("records-filter", getTranslation("design.records.filter"),
                () -> grid.getDataProvider().refreshAll());
        grid.setItems(query -> designs.records(access.tenant().id(), GridPages.request(query, filter.getValue())).stream(),
                query -> designs.recordCount(access.tenant().id(), filter.getValue()));
        add(filter);
        grid.addItemClickListener(click -> DesignNavigation.toRecord(access.tenant().slug(), click.getItem().number()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("design.records.page-title");
    }

    static Span statusBadge(DesignRecordSummary record) {
        Span badge = new Span(Texts.t(record.status().textKey()));
        String tone = switch (record.status()) {
            case APPROVED, LIVE -> "success";
            case CHANGES_REQUESTED -> "error";
            case IN_REVIEW -> "";
            default -> "contrast";
        };
        badge.getElement().getThemeList().add(tone.isEmpty() ? "badge" : "badge " + tone);
        badge.addClassName("design-status");
        return badge;
    }
}
