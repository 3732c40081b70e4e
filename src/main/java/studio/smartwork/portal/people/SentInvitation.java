package studio.smartwork.portal.people;

/**
 * An invitation that was sent. It says nothing about whether the address already had an
 * account: the inviter learns only that the invitation is on its way.
 */
public record SentInvitation(long invitationId, String email) {
}
