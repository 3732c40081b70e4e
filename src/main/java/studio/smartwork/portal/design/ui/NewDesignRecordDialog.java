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
        setHeaderTitle("New design record");
        TenantFormat format = access.tenant().format();
        List<CandidateFacts> open = designs.openCandidates(access.tenant().id());
        MultiSelectComboBox<CandidateFacts> candidates = new MultiSelectComboBox<>("Automation candidates");
        candidates.setItems(open);
        candidates.setItemLabelGenerator(c -> c.title() + " — " + format.number(c.expectedHoursPerMonth(), 1)
                + " h/month, " + format.money(c.expectedMoneyPerMonth()) + "/month");
        candidates.setHelperText(open.isEmpty() ? "No open candidates: promote tasks in the time audit first, or start blank."
                : "The record's baseline and expected saving are taken from the audit.");
        TextField title = new TextField("Title");
        title.setHelperText("Leave empty to use the first candidate's title");
        title.setWidthFull();
        FormLayout form = new FormLayout(candidates, title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button create = new Button("Create record", click -> {
            FieldErrors.attempt(Map.of("title", title, "candidates", candidates), () -> {
                DesignRecordSummary created = designs.create(access.tenant().id(), title.getValue(),
                        candidates.getSelectedItems().stream().map(CandidateFacts::id).toList());
                close();
                DesignNavigation.toEditor(access.tenant().slug(), created.number());
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), create);
        setWidth("min(90vw, 640px)");
        if (open.isEmpty()) {
            add(new Paragraph("A record without a candidate starts blank."));
        }
    }
}
