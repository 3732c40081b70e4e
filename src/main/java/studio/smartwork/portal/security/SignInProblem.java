package studio.smartwork.portal.security;

import java.util.Arrays;
import java.util.Optional;

/** Why a sign-in through Keycloak did not work, each with the page that explains it. */
public enum SignInProblem {

    UNAVAILABLE("unavailable", "Sign-in is unavailable",
            "The company's sign-in service does not answer. Try again in a few minutes."),
    REFUSED("refused", "This account cannot sign in here",
            "This account has not been invited to SmartWork Portal, or its e-mail address is not verified yet. "
                    + "Open the link in the e-mail from the sign-in service to verify it, or ask whoever invited you."),
    FAILED("failed", "Sign-in did not complete",
            "Something went wrong while signing you in. Try again; if it keeps happening, tell your consultant.");

    public static final String ROUTE = "sign-in";
    /** Where someone refused ends their Keycloak session to sign in with another account. */
    public static final String OTHER_ACCOUNT_PATH = KeycloakSignInGate.OTHER_ACCOUNT;

    private final String slug;
    private final String title;
    private final String explanation;

    SignInProblem(String slug, String title, String explanation) {
        this.slug = slug;
        this.title = title;
        this.explanation = explanation;
    }

    public static Optional<SignInProblem> of(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    String path() {
        return "/" + ROUTE + "/" + slug;
    }
}
