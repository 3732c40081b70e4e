package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of an invitation. {@code setupPath} is the one-time link's path when one was
 * asked for; {@code existingAccount} says the person already had an account, which keeps
 * their own sign-in; {@code note} says what the person still needs, when anything.
 */
public record InvitationResult(long personId, boolean existingAccount, @Nullable String setupPath, @Nullable String note) {
}
