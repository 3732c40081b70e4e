package studio.smartwork.portal.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.TenantRole;

/** The tenant sections every tenant has; features add their own next to their views. */
@Configuration(proxyBeanMethods = false)
class ShellSections {

    @Bean
    TenantSection overviewSection() {
        return new TenantSection("Overview", "", 0, role -> true);
    }

    @Bean
    TenantSection peopleSection() {
        return new TenantSection("People & teams", "people", 900, TenantRole::managesPeople);
    }
}
