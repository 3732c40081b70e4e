package studio.smartwork.portal.overview.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class OverviewSections {

    /** A tenant's first page, for everyone in it. */
    @Bean
    TenantSection overviewSection() {
        return new TenantSection("overview.section", "", 0, role -> true);
    }
}
