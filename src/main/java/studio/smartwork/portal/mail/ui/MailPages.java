package studio.smartwork.portal.mail.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.mail.EmbeddedMailEnvironment;
import studio.smartwork.portal.shell.PlatformPage;

/**
 * The mail pages in the main navigation, for administrators: the outbox queue always, and
 * what the embedded mail server received where it runs.
 */
@Configuration(proxyBeanMethods = false)
class MailPages {

    static final String OUTBOX = "admin/outbox";
    static final String QUEUE = "admin/mail-queue";

    @Bean
    @ConditionalOnProperty(EmbeddedMailEnvironment.ACTIVE)
    PlatformPage outboxPage() {
        return new PlatformPage("mail.page.outbox", OUTBOX, VaadinIcon.ENVELOPE, 500, Actor::isAdmin);
    }

    @Bean
    PlatformPage mailQueuePage() {
        return new PlatformPage("mail.page.queue", QUEUE, VaadinIcon.ENVELOPES, 510, Actor::isAdmin);
    }
}
