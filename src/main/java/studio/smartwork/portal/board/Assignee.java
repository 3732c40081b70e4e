package studio.smartwork.portal.board;

import studio.smartwork.portal.identity.TenantRole;

/** Someone an action item can be given to: a client person (by their role) or an assigned consultant. */
public record Assignee(long personId, String name, TenantRole role) {
}
