package studio.smartwork.portal.board;

import studio.smartwork.portal.tenancy.TenantId;

/**
 * An action item was given to someone: added with an assignee, or reassigned. Published inside
 * the tenant's transaction of the change, so a listener's rows are kept only with it.
 *
 * @param assignedBy the person who gave it, who may be the assignee themselves
 */
public record ActionItemAssigned(TenantId tenant, String title, long assigneeId, long assignedBy) {

    public boolean toThemselves() {
        return assigneeId == assignedBy;
    }
}
