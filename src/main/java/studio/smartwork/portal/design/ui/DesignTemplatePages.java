package studio.smartwork.portal.design.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shell.PlatformPage;

/** The template library's page in the main navigation, for administrators, after the accounts. */
@Configuration(proxyBeanMethods = false)
class DesignTemplatePages {

    static final String TEMPLATES = "admin/templates";

    @Bean
    PlatformPage designTemplatesPage() {
        return new PlatformPage("design.templates.page", TEMPLATES, VaadinIcon.FILE_TREE, 400, Actor::isAdmin);
    }
}
