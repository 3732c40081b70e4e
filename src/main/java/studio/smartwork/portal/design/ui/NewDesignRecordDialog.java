package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/** Starts a design record, usually from one or more automation candidates of the audit. */
class NewDesignRecordDialog extends Dialog {

    NewDesignRecordDialog(DesignRecords designs, TenantAccess access) {
        setHeaderTitle(getTranslation("design.records.new"));
        TenantFormat format = access.tenant().formatFor(getLocale());
        List<CandidateFacts> open = designs.openCandidates(access.tenant().id());
        MultiSelectComboBox<CandidateFacts> candidates = new MultiSelectComboBox<>(getTranslation("design.new.candidates"));
        candidates.setItems(open);
        candidates.setItemLabelGenerator(c -> getTranslation("design.new.candidate", c.title(),
                format.number(c.expectedHoursPerMonth(), 1), format.money(c.expectedMoneyPerMonth())));
        candidates.setHelperText(getTranslation(open.isEmpty() ? "design.new.candidates.none" : "design.new.candidates.help"));
        TextField title = new TextField(getTranslation("design.field.title"));
        title.setHelperText(getTranslation("design.new.title.help"));
        title.setWidthFull();
        FormLayout form = new FormLayout(candidates, title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button(getTranslation("design.new.create"), click -> {
            FieldErrors.attempt(Map.of("title", title, "candidates", candidates), () -> {
                DesignRecordSummary created = designs.create(access.tenant().id(), title.getValue(),
                        candidates.getSelectedItems().stream().map(CandidateFacts::id).toList());
                close();
                DesignNavigation.toEditor(access.tenant().slug(), created.number());
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("design.cancel"), click -> close()), create);
        setWidth("min(90vw, 640px)");
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("design.new.blank")));
        }
    }
}
