package studio.smartwork.portal.outcome.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

/** The "outcome.section" tab: everyone in the tenant sees the results (docs/decisions/0031). */
@Configuration(proxyBeanMethods = false)
class OutcomeSections {

    @Bean
    TenantSection outcomesSection() {
        return new TenantSection("outcome.section", OutcomeNavigation.DASHBOARD, 300, role -> true);
    }
}
