package studio.smartwork.portal.people.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shell.PlatformPage;

/** The people feature's pages outside any tenant, in the main navigation. */
@Configuration(proxyBeanMethods = false)
class PeoplePages {

    static final String ACCOUNTS = "admin/accounts";

    @Bean
    PlatformPage accountsPage() {
        return new PlatformPage("people.page.accounts", ACCOUNTS, VaadinIcon.USER_CARD, 300, Actor::isAdmin);
    }
}
