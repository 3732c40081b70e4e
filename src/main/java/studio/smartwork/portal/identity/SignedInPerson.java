package studio.smartwork.portal.identity;

/**
 * Implemented by the principals of every sign-in method (portal password, Keycloak), so
 * the rest of the portal asks one question, "who is this?", whatever the method.
 */
public interface SignedInPerson {

    Actor actor();
}
