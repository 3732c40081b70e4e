package studio.smartwork.portal.mail.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.mail.EmbeddedMailEnvironment;
import studio.smartwork.portal.shell.PlatformPage;

/** The outbox in the main navigation, for administrators, where the embedded mail server runs. */
@Configuration(proxyBeanMethods = false)
class MailPages {

    static final String OUTBOX = "admin/outbox";

    @Bean
    @ConditionalOnProperty(EmbeddedMailEnvironment.ACTIVE)
    PlatformPage outboxPage() {
        return new PlatformPage("mail.page.outbox", OUTBOX, VaadinIcon.ENVELOPE, 500, Actor::isAdmin);
    }
}
