package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Consumer;
import studio.smartwork.portal.audit.AuditProcess;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.DuplicateSuggestion;
import studio.smartwork.portal.audit.SimilarTasks;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The consultant's view of the task catalogue: add processes, rename processes and tasks, merge
 * tasks, and the likely duplicates to merge with one click or dismiss.
 */
@Route(value = "audit/catalogue", layout = TenantLayout.class)
@PermitAll
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskCatalogue catalogue;
    private final SimilarTasks similar;
    private final Grid<AuditProcess> processes = new Grid<>();
    private final Grid<AuditTask> tasks = new Grid<>();
    private final Grid<DuplicateSuggestion> duplicates = new Grid<>();
    private TenantAccess access;

    CatalogueView(TaskCatalogue catalogue, SimilarTasks similar) {
        this.catalogue = catalogue;
        this.similar = similar;
        tasks.setId("tasks");
        processes.setId("processes");
        duplicates.setId("duplicates");
        setPadding(false);
        addClassName("catalogue-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        if (!AuditUi.runsAudit(access)) {
            throw new TenantNotFoundException();
        }
        removeAll();
        processes.removeAllColumns();
        tasks.removeAllColumns();
        duplicates.removeAllColumns();
        TextField newProcess = new TextField(getTranslation("audit.catalogue.new-process"));
        Button addProcess = new Button(getTranslation("audit.catalogue.add-process"), click -> act(() -> {
            catalogue.createProcess(access.tenant().id(), newProcess.getValue());
            newProcess.clear();
        }, "audit.catalogue.process-added"));
        HorizontalLayout addRow = new HorizontalLayout(newProcess, addProcess);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        processes.addColumn(AuditProcess::name).setHeader(getTranslation("audit.catalogue.process")).setFlexGrow(2);
        processes.addColumn(p -> p.tasks().size()).setHeader(getTranslation("audit.catalogue.tasks")).setAutoWidth(true);
        processes.addComponentColumn(p -> tertiary(getTranslation("audit.catalogue.rename"), () -> rename(p.name(),
                name -> catalogue.renameProcess(access.tenant().id(), p.id(), name)))).setAutoWidth(true).setFlexGrow(0);

        // Each column's key is what the server sorts it by (TaskCatalogue's task sorts).
        tasks.addColumn(AuditTask::processName).setHeader(getTranslation("audit.catalogue.process")).setAutoWidth(true)
                .setKey("process").setSortProperty("process");
        tasks.addColumn(AuditTask::name).setHeader(getTranslation("audit.catalogue.task")).setFlexGrow(2)
                .setKey("task").setSortProperty("task");
        tasks.addColumn(t -> t.proposedBy() == null ? "" : getTranslation("audit.catalogue.proposed-by", t.proposedBy()))
                .setHeader(getTranslation("audit.catalogue.origin")).setAutoWidth(true).setKey("origin").setSortProperty("origin");
        tasks.addComponentColumn(t -> new HorizontalLayout(
                tertiary(getTranslation("audit.catalogue.rename"), () -> rename(t.name(), name -> catalogue.renameTask(access.tenant().id(), t.id(), name))),
                tertiary(getTranslation("audit.catalogue.merge-into-action"), () -> merge(t)))).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        GridPages.scrolling(tasks);
        tasks.setEmptyStateText(getTranslation("audit.catalogue.tasks.none"));
        TextField filter = GridPages.filterField("tasks-filter", getTranslation("audit.catalogue.tasks.filter"),
                () -> tasks.getDataProvider().refreshAll());
        tasks.setItems(query -> catalogue.tasks(access.tenant().id(), GridPages.request(query, filter.getValue())).stream(),
                query -> catalogue.taskCount(access.tenant().id(), filter.getValue()));
        add(new H3(getTranslation("audit.catalogue.processes")), addRow, processes, new H3(getTranslation("audit.catalogue.tasks")),
                new Paragraph(getTranslation("audit.catalogue.merge-help")), filter, tasks, duplicatesSection());
        refresh();
    }

    /** Likely duplicates, each saying which way it merges and what moves, before the click. */
    private Component duplicatesSection() {
        duplicates.addColumn(d -> getTranslation("audit.similar.merge.label", d.from().label(), d.into().label()))
                .setHeader(getTranslation("audit.similar.title")).setFlexGrow(3).setKey("pair");
        duplicates.addColumn(d -> getTranslation("audit.similar.similarity.value", d.similarityPercent()))
                .setHeader(getTranslation("audit.similar.similarity")).setAutoWidth(true).setKey("similarity");
        duplicates.addColumn(d -> getTranslation("audit.similar.moves.value",
                        Texts.count("audit.similar.moves.entries", d.moves().entries()),
                        Texts.count("audit.similar.moves.ratings", d.moves().ratings()),
                        Texts.count("audit.similar.moves.candidates", d.moves().candidates())))
                .setHeader(getTranslation("audit.similar.moves")).setAutoWidth(true).setKey("moves");
        duplicates.addComponentColumn(d -> {
            Button merge = tertiary(getTranslation("audit.similar.merge"),
                    () -> act(() -> catalogue.merge(access.tenant().id(), d.from().id(), d.into().id()), "audit.similar.merged"));
            merge.setAriaLabel(getTranslation("audit.similar.merge.label", d.from().label(), d.into().label()));
            Button dismiss = tertiary(getTranslation("audit.similar.dismiss"),
                    () -> act(() -> similar.dismiss(access.tenant().id(), d.from().id(), d.into().id()), "audit.similar.dismissed"));
            dismiss.setAriaLabel(getTranslation("audit.similar.dismiss.label", d.from().label(), d.into().label()));
            return new HorizontalLayout(merge, dismiss);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        duplicates.setEmptyStateText(getTranslation("audit.similar.none"));
        return new VerticalLayout(new H3(getTranslation("audit.similar.title")), new Paragraph(getTranslation("audit.similar.help")),
                duplicates);
    }

    private Button tertiary(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void rename(String current, Consumer<String> save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("audit.catalogue.rename-title", current));
        TextField name = new TextField(getTranslation("audit.catalogue.new-name"));
        name.setValue(current);
        dialog.add(name);
        Button ok = new Button(getTranslation("audit.catalogue.rename"), click -> act(() -> {
            save.accept(name.getValue());
            dialog.close();
        }, "audit.catalogue.renamed"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("audit.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void merge(AuditTask from) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("audit.catalogue.merge-title", from.label()));
        ComboBox<AuditTask> into = new ComboBox<>(getTranslation("audit.catalogue.merge-into"));
        List<AuditTask> others = catalogue.tasks(access.tenant().id()).stream().filter(t -> t.id() != from.id()).toList();
        into.setItems(others);
        into.setItemLabelGenerator(AuditTask::label);
        into.setWidth("28em");
        dialog.add(into);
        Button ok = new Button(getTranslation("audit.catalogue.merge"), click -> act(() -> {
            if (into.getValue() == null) {
                throw InvalidInputException.of("into", "audit.catalogue.merge.missing");
            }
            catalogue.merge(access.tenant().id(), from.id(), into.getValue().id());
            dialog.close();
        }, "audit.catalogue.merged"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("audit.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    /** Runs a change of the catalogue and says it is done in the words of {@code doneKey}. */
    private void act(Runnable action, String doneKey) {
        UserFacingErrors.attempt(() -> {
            action.run();
            Notifications.success(getTranslation(doneKey));
            refresh();
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.catalogue.page-title");
    }

    private void refresh() {
        List<AuditProcess> all = catalogue.catalogue(access.tenant().id());
        processes.setItems(all);
        GridPages.fitting(processes, all.size());
        tasks.getDataProvider().refreshAll();
        List<DuplicateSuggestion> suggested = similar.duplicates(access.tenant().id());
        duplicates.setItems(suggested);
        GridPages.fitting(duplicates, suggested.size());
    }
}
