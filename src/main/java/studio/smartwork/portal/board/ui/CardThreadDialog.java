package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import studio.smartwork.portal.board.BoardCard;
import studio.smartwork.portal.board.CardComment;
import studio.smartwork.portal.board.CardComments;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A card's thread, opened from the card: what each person said and when (in the tenant's time
 * zone), newest last, and a box to add to it. The words are the authors' own; everything around
 * them is in the reader's language.
 */
class CardThreadDialog extends Dialog {

    static final String THREAD_ID = "board-comment-thread";
    static final String BODY_ID = "board-comment-body";
    static final String POST_ID = "board-comment-post";

    private final CardComments comments;
    private final TenantAccess access;
    private final BoardCard card;
    private final Runnable onChange;
    private final Div thread = new Div();
    private final TextArea body = new TextArea();

    CardThreadDialog(CardComments comments, TenantAccess access, BoardCard card, Runnable onChange) {
        this.comments = comments;
        this.access = access;
        this.card = card;
        this.onChange = onChange;
        addClassName("board-thread-dialog");
        setHeaderTitle(getTranslation("board.comments.title", card.title()));
        thread.setId(THREAD_ID);
        thread.addClassName("board-thread");
        body.setLabel(getTranslation("board.comments.new"));
        body.setId(BODY_ID);
        body.setWidthFull();
        body.setMaxLength(CardComments.MAX_LENGTH);
        Button post = new Button(getTranslation("board.comments.post"), click -> post());
        post.setId(POST_ID);
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(thread, body);
        getFooter().add(new Button(getTranslation("board.comments.close"), click -> close()), post);
        setWidth("min(92vw, 560px)");
        showThread();
    }

    private void showThread() {
        thread.removeAll();
        List<CardComment> all = comments.thread(access.tenant().id(), card.key());
        if (all.isEmpty()) {
            thread.add(new Paragraph(getTranslation("board.comments.empty")));
        }
        TenantFormat format = access.tenant().formatFor(getLocale());
        for (CardComment comment : all) {
            Span who = new Span(comment.author() + " · " + format.dateTime(comment.createdAt()));
            who.addClassName("board-comment-meta");
            Paragraph words = new Paragraph(comment.body());
            words.addClassName("board-comment-body");
            Div box = new Div(who, words);
            box.setId("board-comment-" + comment.id());
            box.addClassName("board-comment");
            if (comment.mayDelete()) {
                Button delete = new Button(getTranslation("board.comments.delete"), click -> confirmDelete(comment));
                delete.setId("board-comment-delete-" + comment.id());
                delete.setAriaLabel(getTranslation("board.comments.delete.label", comment.author()));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                box.add(delete);
            }
            thread.add(box);
        }
    }

    private void post() {
        FieldErrors.attempt(Map.of("body", body), () -> {
            comments.comment(access.tenant().id(), card.key(), body.getValue());
            body.clear();
            showThread();
            onChange.run();
        });
    }

    private void confirmDelete(CardComment comment) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("board.comments.delete.confirm.title"),
                getTranslation("board.comments.delete.confirm.text"), getTranslation("board.comments.delete"), event -> {
                    if (UserFacingErrors.attempt(() -> comments.delete(access.tenant().id(), comment.id()))) {
                        Notifications.success(getTranslation("board.comments.deleted"));
                    }
                    showThread();
                    onChange.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("board.comments.cancel"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }
}
