package studio.smartwork.portal.board;

import studio.smartwork.portal.tenancy.TenantId;

/**
 * Someone commented on a card of the board. Published inside the tenant's transaction of the
 * comment, so a listener's rows are kept only with it.
 *
 * @param cardTitle the card's title as the board shows it
 */
public record CardCommented(TenantId tenant, CardKey card, String cardTitle, long commentId, long authorId) {
}
