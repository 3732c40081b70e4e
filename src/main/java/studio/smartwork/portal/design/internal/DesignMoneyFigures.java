package studio.smartwork.portal.design.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.MoneyFigures;
import studio.smartwork.portal.tenant.TableOfMoneyFigures;

/** Design records carry build and running costs and expected savings in the tenant's currency. */
@Configuration(proxyBeanMethods = false)
class DesignMoneyFigures {

    @Bean
    MoneyFigures designRecordCosts(TenantScope tenantScope, JdbcClient jdbc) {
        return new TableOfMoneyFigures(tenantScope, jdbc, "design_record");
    }
}
