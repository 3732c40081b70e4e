package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignTemplate;
import studio.smartwork.portal.design.DesignTemplates;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Starts a design record, usually from one or more automation candidates of the audit, and
 * from a template of the consultancy's library or blank. The templates are offered by solution
 * type, named in the reader's language, with a preview of what each fills in.
 */
class NewDesignRecordDialog extends Dialog {

    NewDesignRecordDialog(DesignRecords designs, DesignTemplates templates, TenantAccess access) {
        setHeaderTitle(getTranslation("design.records.new"));
        TenantFormat format = access.tenant().formatFor(getLocale());
        Language reader = Language.forLocale(getLocale());
        List<CandidateFacts> open = designs.openCandidates(access.tenant().id());
        MultiSelectComboBox<CandidateFacts> candidates = new MultiSelectComboBox<>(getTranslation("design.new.candidates"));
        candidates.setItems(open);
        candidates.setItemLabelGenerator(c -> getTranslation("design.new.candidate", c.title(),
                format.number(c.expectedHoursPerMonth(), 1), format.money(c.expectedMoneyPerMonth())));
        candidates.setHelperText(getTranslation(open.isEmpty() ? "design.new.candidates.none" : "design.new.candidates.help"));
        TextField title = new TextField(getTranslation("design.field.title"));
        title.setHelperText(getTranslation("design.new.title.help"));
        title.setWidthFull();

        List<DesignTemplate> offered = templates.offered();
        ComboBox<SolutionType> type = new ComboBox<>(getTranslation("design.templates.new.type"));
        type.setItems(offered.stream().map(DesignTemplate::solutionType).distinct().toList());
        type.setItemLabelGenerator(t -> getTranslation(t.textKey()));
        type.setPlaceholder(getTranslation("design.templates.new.all-types"));
        type.setClearButtonVisible(true);
        ComboBox<DesignTemplate> template = new ComboBox<>(getTranslation("design.templates.new.template"));
        template.setItems(offered);
        template.setItemLabelGenerator(t -> t.content().name().in(reader));
        template.setPlaceholder(getTranslation("design.templates.new.blank"));
        template.setHelperText(getTranslation("design.templates.new.template.help"));
        template.setClearButtonVisible(true);
        template.setWidthFull();
        TemplatePreview preview = new TemplatePreview(reader);
        type.addValueChangeListener(e -> {
            template.setItems(e.getValue() == null ? offered : offered.stream().filter(t -> t.solutionType() == e.getValue()).toList());
            template.clear();
        });
        template.addValueChangeListener(e -> preview.show(e.getValue()));

        FormLayout form = new FormLayout(candidates, title, type, template);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, preview);
        Button create = new Button(getTranslation("design.new.create"), click -> {
            FieldErrors.attempt(Map.of("title", title, "candidates", candidates, "template", template), () -> {
                @Nullable DesignTemplate chosen = template.getValue();
                DesignRecordSummary created = designs.create(access.tenant().id(), title.getValue(),
                        candidates.getSelectedItems().stream().map(CandidateFacts::id).toList(), chosen == null ? null : chosen.id());
                close();
                DesignNavigation.toEditor(access.tenant().slug(), created.number());
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("design.cancel"), click -> close()), create);
        setWidth("min(90vw, 720px)");
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("design.new.blank")));
        }
    }
}
