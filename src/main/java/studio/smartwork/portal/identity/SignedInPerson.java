package studio.smartwork.portal.identity;

import java.time.Instant;

/**
 * Implemented by the principals of every sign-in method (portal password, Keycloak), so
 * the rest of the portal asks one question, "who is this?", whatever the method.
 */
public interface SignedInPerson {

    Actor actor();

    /** When this sign-in began; a sign-in older than the person's last sign-out no longer holds. */
    Instant signedInAt();
}
