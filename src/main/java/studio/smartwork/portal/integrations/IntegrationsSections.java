package studio.smartwork.portal.integrations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class IntegrationsSections {

    @Bean
    TenantSection integrationsSection() {
        return new TenantSection("integrations.section", "integrations", 850, ApiKeys::managesKeys);
    }
}
