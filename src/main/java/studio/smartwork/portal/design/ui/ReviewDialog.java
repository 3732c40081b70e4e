package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** An executive's decision on the revision they have read. */
class ReviewDialog extends Dialog {

    ReviewDialog(DesignReviews reviews, TenantAccess access, DesignRecordSummary record, boolean approve, Runnable onDone) {
        setHeaderTitle(getTranslation(approve ? "design.review.approve.title" : "design.review.request-changes.title",
                record.reference()));
        TextArea comment = new TextArea(
                getTranslation(approve ? "design.review.approve.comment" : "design.review.request-changes.comment"));
        comment.setWidthFull();
        comment.setMaxLength(DesignReviews.COMMENT_LENGTH);
        add(new Paragraph(getTranslation("design.review.applies", record.currentRevision())), comment);
        Button decide = new Button(approve ? getTranslation("design.review.approve.button", record.currentRevision())
                : getTranslation(DesignAction.REQUEST_CHANGES.textKey()), click -> {
            FieldErrors.attempt(Map.of("comment", comment), () -> {
                if (approve) {
                    reviews.approve(access.tenant().id(), record.number(), record.currentRevision(), comment.getValue());
                } else {
                    reviews.requestChanges(access.tenant().id(), record.number(), record.currentRevision(), comment.getValue());
                }
                Notifications.success(getTranslation(approve ? "design.review.approved" : "design.review.changes-requested",
                        record.reference()));
                close();
                onDone.run();
            });
        });
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("design.cancel"), click -> close()), decide);
        setWidth("min(90vw, 560px)");
    }
}
