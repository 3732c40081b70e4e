package studio.smartwork.portal.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.mail.MailState;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.mail.QueuedMail;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.MainLayout;

/**
 * Every mail the portal sent or is sending, for administrators: which wait for the mail server,
 * how many attempts each took and the last error, and a failed one can be sent again. It is the
 * same with any mail server; the embedded server's Outbox shows what arrived.
 */
@Route(value = MailPages.QUEUE, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class MailQueueView extends VerticalLayout implements HasDynamicTitle {

    private final OutgoingMail outgoing;
    private final Grid<QueuedMail> mails = new Grid<>();

    MailQueueView(OutgoingMail outgoing) {
        this.outgoing = outgoing;
        addClassName("mail-queue-view");
        mails.setId("mail-queue");
        // The portal's own mail belongs to no tenant, so no tenant's time zone: UTC, said so.
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        mails.addColumn(m -> when.format(m.createdAt()) + " UTC").setHeader(getTranslation("mail.queue.created")).setAutoWidth(true)
                .setFlexGrow(0);
        mails.addColumn(QueuedMail::to).setHeader(getTranslation("mail.outbox.to")).setFlexGrow(1);
        mails.addColumn(QueuedMail::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(2);
        mails.addColumn(m -> getTranslation(m.state().textKey())).setHeader(getTranslation("mail.queue.state")).setAutoWidth(true)
                .setFlexGrow(0);
        mails.addColumn(QueuedMail::attempts).setHeader(getTranslation("mail.queue.attempts")).setAutoWidth(true).setFlexGrow(0);
        mails.addColumn(m -> at(when, m.lastAttemptAt())).setHeader(getTranslation("mail.queue.last-attempt")).setAutoWidth(true)
                .setFlexGrow(0);
        mails.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("mail.queue.last-error")).setFlexGrow(2);
        mails.addColumn(new ComponentRenderer<>(this::action)).setKey("action").setHeader(getTranslation("mail.queue.action")).setAutoWidth(true)
                .setFlexGrow(0);
        mails.setItems(query -> outgoing.outbox(query.getOffset(), query.getLimit()).stream(), query -> outgoing.outboxSize());
        add(new H2(getTranslation("mail.queue.title")), new Paragraph(getTranslation("mail.queue.intro")), mails);
    }

    private com.vaadin.flow.component.Component action(QueuedMail mail) {
        if (mail.state() != MailState.FAILED) {
            return new Span();
        }
        Button again = new Button(getTranslation("mail.queue.send-again"), click -> {
            if (UserFacingErrors.attempt(() -> outgoing.sendAgain(mail.id()))) {
                mails.getDataProvider().refreshAll();
            }
        });
        again.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return again;
    }

    private static String at(DateTimeFormatter when, @Nullable Instant at) {
        return at == null ? "" : when.format(at) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("mail.queue.page-title");
    }
}
