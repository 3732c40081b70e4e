package studio.smartwork.portal.audit.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.MoneyFigures;

/** Logged time is costed in the tenant's currency the moment it is logged. */
@Component
class AuditMoneyFigures implements MoneyFigures {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;

    AuditMoneyFigures(TenantScope tenantScope, JdbcClient jdbc) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
    }

    @Override
    public boolean exist(TenantId tenant) {
        return tenantScope.asSystem(tenant, () -> jdbc.sql("select exists (select 1 from audit_time_entry where tenant_id = :t)")
                .param("t", tenant.value()).query(Boolean.class).single());
    }
}
