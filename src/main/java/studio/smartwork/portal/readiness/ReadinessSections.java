package studio.smartwork.portal.readiness;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class ReadinessSections {

    @Bean
    TenantSection readinessSection() {
        return new TenantSection("readiness.section", "self-check", 800, ReadinessService::seesResult);
    }
}
