package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** An executive's decision on the revision they have read. */
class ReviewDialog extends Dialog {

    ReviewDialog(DesignReviews reviews, TenantAccess access, DesignRecordSummary record, boolean approve, Runnable onDone) {
        setHeaderTitle((approve ? "Approve " : "Request changes to ") + record.reference());
        TextArea comment = new TextArea(approve ? "Comment (optional)" : "What should change?");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        add(new Paragraph("Your decision applies to revision " + record.currentRevision()
                + ". If the record changes afterwards, it needs approval again."), comment);
        Button decide = new Button(approve ? "Approve revision " + record.currentRevision() : "Request changes", click -> {
            FieldErrors.attempt(Map.of("comment", comment), () -> {
                if (approve) {
                    reviews.approve(access.tenant().id(), record.number(), record.currentRevision(), comment.getValue());
                } else {
                    reviews.requestChanges(access.tenant().id(), record.number(), record.currentRevision(), comment.getValue());
                }
                Notifications.success(approve ? record.reference() + " approved." : "Changes requested on " + record.reference() + ".");
                close();
                onDone.run();
            });
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), decide);
        setWidth("min(90vw, 560px)");
    }
}
