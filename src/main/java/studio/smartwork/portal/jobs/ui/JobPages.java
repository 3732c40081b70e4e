package studio.smartwork.portal.jobs.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shell.PlatformPage;

/** The job queue's page in the main navigation, for administrators, after the mail pages. */
@Configuration(proxyBeanMethods = false)
class JobPages {

    static final String JOBS = "admin/jobs";

    @Bean
    PlatformPage jobQueuePage() {
        return new PlatformPage("jobs.page", JOBS, VaadinIcon.TASKS, 520, Actor::isAdmin);
    }
}
