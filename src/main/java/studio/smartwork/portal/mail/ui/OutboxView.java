package studio.smartwork.portal.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.mail.EmbeddedMailbox;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.shell.MainLayout;

/**
 * The mail the embedded SMTP server received, for administrators of a development or demo
 * portal: where invitations and their one-time links can be read without a mail server. A
 * portal with a real mail server has no outbox here; its mail is in people's inboxes.
 */
@Route(value = MailPages.OUTBOX, layout = MainLayout.class)
@PageTitle("Outbox · SmartWork Portal")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.UK).withZone(ZoneId.of("UTC"));

    private final ObjectProvider<EmbeddedMailbox> mailbox;

    OutboxView(ObjectProvider<EmbeddedMailbox> mailbox) {
        this.mailbox = mailbox;
        addClassName("outbox-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EmbeddedMailbox received = mailbox.getIfAvailable();
        if (received == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Grid<SentMail> mails = new Grid<>();
        mails.setId("outbox");
        mails.addColumn(m -> WHEN.format(m.receivedAt()) + " UTC").setHeader("Sent").setAutoWidth(true).setFlexGrow(0);
        mails.addColumn(SentMail::to).setHeader("To").setFlexGrow(1);
        mails.addColumn(SentMail::subject).setHeader("Subject").setFlexGrow(2);
        mails.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.text())));
        mails.setItems(received.received());
        add(new H2("Outbox"), new Paragraph("This portal runs its own mail server for development and demos: every e-mail it "
                + "sent is here instead of in someone's inbox. Open one to read it."), mails);
    }
}
