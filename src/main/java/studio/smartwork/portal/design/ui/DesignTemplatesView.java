package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import studio.smartwork.portal.design.DesignTemplate;
import studio.smartwork.portal.design.DesignTemplates;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.MainLayout;

/**
 * The consultancy's template library, for administrators: every template, retired ones too,
 * with its solution type, current version and when it last changed; add, edit (a new version),
 * retire and restore. Templates are the platform's, so times are in UTC, and said so.
 */
@Route(value = DesignTemplatePages.TEMPLATES, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class DesignTemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final DesignTemplates templates;
    private final Grid<DesignTemplate> grid = new Grid<>();
    private final TextField search;

    DesignTemplatesView(DesignTemplates templates) {
        this.templates = templates;
        addClassName("design-templates-view");
        Language reader = Language.forLocale(getLocale());
        search = GridPages.filterField("template-search", getTranslation("design.templates.search"), this::refresh);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        grid.setId("design-templates");
        // Each sortable column's key is what the server sorts it by (DesignTemplates' sorts).
        grid.addColumn(t -> t.content().name().in(reader)).setHeader(getTranslation("design.templates.column.name")).setFlexGrow(3)
                .setKey("name").setSortProperty("name");
        grid.addColumn(t -> getTranslation(t.solutionType().textKey())).setHeader(getTranslation("design.templates.column.type"))
                .setAutoWidth(true).setKey("type").setSortProperty("type");
        grid.addColumn(DesignTemplate::version).setHeader(getTranslation("design.templates.column.version")).setAutoWidth(true)
                .setKey("version").setSortProperty("version");
        grid.addColumn(t -> getTranslation(t.retired() ? "design.templates.state.retired" : "design.templates.state.offered"))
                .setHeader(getTranslation("design.templates.column.state")).setAutoWidth(true);
        grid.addColumn(t -> when.format(t.changedAt()) + " UTC").setHeader(getTranslation("design.templates.column.changed"))
                .setAutoWidth(true).setKey("changed").setSortProperty("changed");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        GridPages.scrolling(grid);
        Button add = new Button(getTranslation("design.templates.add"), VaadinIcon.PLUS.create(),
                click -> new DesignTemplateDialog(templates, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("design.templates.title")), new Paragraph(getTranslation("design.templates.intro")),
                new HorizontalLayout(search, add), grid);
        refresh();
    }

    private Component actions(DesignTemplate template) {
        Button edit = new Button(getTranslation("design.templates.edit"),
                click -> new DesignTemplateDialog(templates, templates.template(template.id()), this::refresh).open());
        Button state = new Button(getTranslation(template.retired() ? "design.templates.restore" : "design.templates.retire"), click -> {
            if (UserFacingErrors.attempt(() -> {
                if (template.retired()) {
                    templates.restore(template.id());
                } else {
                    templates.retire(template.id());
                }
            })) {
                Notifications.success(getTranslation(template.retired() ? "design.templates.restored" : "design.templates.retired",
                        template.content().name().in(Language.forLocale(getLocale()))));
                refresh();
            }
        });
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        state.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, state);
    }

    private void refresh() {
        String text = search.getValue();
        grid.setItems(query -> templates.library(GridPages.request(query, text)).stream(), query -> templates.libraryCount(text));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("design.templates.page-title");
    }
}
