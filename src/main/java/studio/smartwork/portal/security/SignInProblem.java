package studio.smartwork.portal.security;

import java.util.Arrays;
import java.util.Optional;

/** Why a sign-in through Keycloak did not work, each with the page that explains it (its texts by key). */
public enum SignInProblem {

    UNAVAILABLE("unavailable", "security.sign-in-problem.unavailable.title", "security.sign-in-problem.unavailable.text"),
    REFUSED("refused", "security.sign-in-problem.refused.title", "security.sign-in-problem.refused.text"),
    FAILED("failed", "security.sign-in-problem.failed.title", "security.sign-in-problem.failed.text");

    public static final String ROUTE = "sign-in";
    /** Where someone refused ends their Keycloak session to sign in with another account. */
    public static final String OTHER_ACCOUNT_PATH = KeycloakSignInGate.OTHER_ACCOUNT;

    private final String slug;
    private final String titleKey;
    private final String explanationKey;

    SignInProblem(String slug, String titleKey, String explanationKey) {
        this.slug = slug;
        this.titleKey = titleKey;
        this.explanationKey = explanationKey;
    }

    public static Optional<SignInProblem> of(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    /** The key of the page's heading among the portal's texts. */
    public String titleKey() {
        return titleKey;
    }

    /** The key of what happened and how to go on. */
    public String explanationKey() {
        return explanationKey;
    }

    String path() {
        return "/" + ROUTE + "/" + slug;
    }
}
