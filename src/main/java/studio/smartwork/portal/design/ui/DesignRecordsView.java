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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/** The tenant's solution design records, newest first. */
@Route(value = "designs", layout = TenantLayout.class)
@PageTitle("Solution design · SmartWork Portal")
@PermitAll
public class DesignRecordsView extends VerticalLayout implements BeforeEnterObserver {

    private final DesignRecords designs;

    public DesignRecordsView(DesignRecords designs) {
        this.designs = designs;
        setPadding(false);
        addClassName("design-records-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().format();
        removeAll();
        HorizontalLayout header = new HorizontalLayout(new H3("Solution design records"));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Those who edit records start them, as the service has it.
        boolean consultant = DesignAction.EDIT.isTakenBy(access.role());
        if (consultant) {
            Button create = new Button("New design record", VaadinIcon.PLUS.create(),
                    click -> new NewDesignRecordDialog(designs, access).open());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header);
        List<DesignRecordSummary> records = designs.records(access.tenant().id());
        if (records.isEmpty()) {
            add(new Paragraph(consultant
                    ? "No design records yet. Start one from an automation candidate of the time audit."
                    : "No design records yet. Your consultant writes them from the time audit's candidates; you review and approve them here."));
            return;
        }
        Grid<DesignRecordSummary> grid = new Grid<>();
        grid.addColumn(DesignRecordSummary::reference).setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DesignRecordSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(r -> r.solutionType().label()).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(DesignRecordsView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> "rev. " + r.currentRevision()).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> format.dateTime(r.updatedAt())).setHeader("Last change").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> DesignNavigation.toRecord(access.tenant().slug(), click.getItem().number()));
        add(grid);
    }

    static Span statusBadge(DesignRecordSummary record) {
        Span badge = new Span(record.status().label());
        String theme = switch (record.status()) {
            case APPROVED, LIVE -> "badge success";
            case CHANGES_REQUESTED -> "badge error";
            case IN_REVIEW -> "badge";
            default -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("design-status");
        return badge;
    }
}
