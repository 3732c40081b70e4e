package studio.smartwork.portal.people;

import java.time.Instant;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.tenant.TenantSummary;

/** An invitation waiting for the signed-in person to accept or decline it. */
public record InvitationToMe(long id, TenantSummary tenant, TenantRole role, String invitedBy, Instant invitedAt) {
}
