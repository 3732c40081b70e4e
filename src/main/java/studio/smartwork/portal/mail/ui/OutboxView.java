package studio.smartwork.portal.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.ObjectProvider;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.mail.EmbeddedMailbox;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.MainLayout;

/**
 * The mail the embedded SMTP server received, for administrators of a development or demo
 * portal: where invitations and their one-time links can be read without a mail server. A
 * portal with a real mail server has no outbox here; its mail is in people's inboxes.
 */
@Route(value = MailPages.OUTBOX, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        // The portal's own mail belongs to no tenant, so no tenant's time zone: UTC, said so, in the reader's words.
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        mails.addColumn(m -> when.format(m.receivedAt()) + " UTC").setHeader(getTranslation("mail.outbox.sent")).setAutoWidth(true)
                .setFlexGrow(0);
        mails.addColumn(SentMail::to).setHeader(getTranslation("mail.outbox.to")).setFlexGrow(1);
        mails.addColumn(SentMail::subject).setHeader(getTranslation("mail.outbox.subject")).setFlexGrow(2);
        mails.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.text())));
        mails.setItems(received.received());
        add(new H2(getTranslation("mail.outbox.title")), new Paragraph(getTranslation("mail.outbox.intro")), mails);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("mail.outbox.page-title");
    }
}
