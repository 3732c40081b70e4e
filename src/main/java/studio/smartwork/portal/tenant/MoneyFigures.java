package studio.smartwork.portal.tenant;

import studio.smartwork.portal.tenancy.TenantId;

/**
 * Whether a tenant already holds money figures in its currency. Features that keep money
 * (audit costs, design records' costs and savings) implement it, so that the tenant's
 * currency is never relabelled under amounts that were entered or computed in another one.
 */
public interface MoneyFigures {

    /** Asked outside any transaction; implementations enter the tenant as the portal itself. */
    boolean exist(TenantId tenant);
}
