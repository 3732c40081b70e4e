package studio.smartwork.portal.audit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.MoneyFigures;
import studio.smartwork.portal.tenant.TableOfMoneyFigures;

/** Logged time is costed in the tenant's currency the moment it is logged. */
@Configuration(proxyBeanMethods = false)
class AuditMoneyFigures {

    @Bean
    MoneyFigures loggedTimeCosts(TenantScope tenantScope, JdbcClient jdbc) {
        return new TableOfMoneyFigures(tenantScope, jdbc, "audit_time_entry");
    }
}
