package studio.smartwork.portal.design.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.MoneyFigures;

/** Design records carry build and running costs and expected savings in the tenant's currency. */
@Component
class DesignMoneyFigures implements MoneyFigures {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;

    DesignMoneyFigures(TenantScope tenantScope, JdbcClient jdbc) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
    }

    @Override
    public boolean exist(TenantId tenant) {
        return tenantScope.asSystem(tenant, () -> jdbc.sql("select exists (select 1 from design_record where tenant_id = :t)")
                .param("t", tenant.value()).query(Boolean.class).single());
    }
}
