package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignRecordDetails.Comment;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/** The discussion of a record: comments with one level of replies. */
class DesignComments extends VerticalLayout {

    DesignComments(DesignReviews reviews, TenantAccess access, int number, List<Comment> comments, Runnable onChange) {
        setPadding(false);
        addClassName("design-comments");
        add(new H3(getTranslation("design.comments.title")));
        TenantFormat format = access.tenant().formatFor(getLocale());
        List<Comment> topLevel = comments.stream().filter(c -> c.parentId() == null).toList();
        if (topLevel.isEmpty()) {
            add(new Paragraph(getTranslation("design.comments.none")));
        }
        for (Comment comment : topLevel) {
            Div thread = new Div(comment(comment, format));
            thread.addClassName("comment-thread");
            comments.stream().filter(c -> comment.id() == (c.parentId() == null ? -1 : c.parentId())).forEach(reply -> {
                Div replyBox = comment(reply, format);
                replyBox.addClassName("comment-reply");
                thread.add(replyBox);
            });
            Button reply = new Button(getTranslation("design.comments.reply"), click -> {
                thread.add(editor(reviews, access, number, comment.id(), getTranslation("design.comments.your-reply"),
                        getTranslation("design.comments.reply"), onChange));
                click.getSource().setVisible(false);
            });
            reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            thread.add(reply);
            add(thread);
        }
        add(editor(reviews, access, number, null, getTranslation("design.comments.new"), getTranslation("design.comments.add"),
                onChange));
    }

    private static Div comment(Comment comment, TenantFormat format) {
        Span who = new Span(comment.author() + " · " + format.dateTime(comment.createdAt()));
        who.addClassName("comment-meta");
        Div box = new Div(who, new Paragraph(comment.body()));
        box.addClassName("comment");
        return box;
    }

    private static VerticalLayout editor(DesignReviews reviews, TenantAccess access, int number, @Nullable Long parentId,
            String label, String action, Runnable onChange) {
        TextArea text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(DesignReviews.COMMENT_LENGTH);
        Button post = new Button(action, click -> {
            FieldErrors.attempt(Map.of("body", text), () -> {
                reviews.comment(access.tenant().id(), number, parentId, text.getValue());
                onChange.run();
            });
        });
        VerticalLayout editor = new VerticalLayout(text, post);
        editor.setPadding(false);
        editor.setSpacing(false);
        return editor;
    }
}
