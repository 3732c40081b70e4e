package studio.smartwork.portal.tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * Money figures that exist as soon as a feature's table has a row of the tenant: a feature
 * declares one as a bean naming its table.
 */
public final class TableOfMoneyFigures implements MoneyFigures {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final String table;

    /** {@code table} is the feature's own table name, never anything a person typed. */
    public TableOfMoneyFigures(TenantScope tenantScope, JdbcClient jdbc, String table) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.table = table;
    }

    @Override
    public boolean exist(TenantId tenant) {
        return tenantScope.asSystem(tenant, () -> jdbc.sql("select exists (select 1 from " + table + " where tenant_id = :t)")
                .param("t", tenant.value()).query(Boolean.class).single());
    }
}
