package studio.smartwork.portal.audit.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import studio.smartwork.portal.shell.TenantSection;

@Configuration(proxyBeanMethods = false)
class AuditSections {

    /** Everyone in a tenant has the audit: staff log, executives follow, consultants run it. */
    @Bean
    TenantSection auditSection() {
        return new TenantSection("audit.section", "audit", 100, role -> true);
    }
}
