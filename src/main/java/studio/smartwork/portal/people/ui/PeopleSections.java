package studio.smartwork.portal.people.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class PeopleSections {

    /** Those who manage the tenant's people: administrators, its consultants and executives. */
    @Bean
    TenantSection peopleSection() {
        return new TenantSection("people.section", "people", 900, TenantRole::managesPeople);
    }
}
