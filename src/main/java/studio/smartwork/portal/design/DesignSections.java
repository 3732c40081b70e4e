package studio.smartwork.portal.design;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class DesignSections {

    /** Everyone in a tenant reads its design records; who may change them is the service's rule. */
    @Bean
    TenantSection designSection() {
        return new TenantSection("design.section", "designs", 200, role -> true);
    }
}
