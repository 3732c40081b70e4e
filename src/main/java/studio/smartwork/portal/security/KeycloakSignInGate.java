package studio.smartwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The way into Keycloak sign-in. {@code /login} has no page of its own with Keycloak: it
 * leads to the sign-in start (or, after a failed attempt, to the page saying what went
 * wrong). Before a browser is sent to Keycloak, the portal checks that Keycloak answers, so
 * that a Keycloak outage shows the portal's own clear page instead of a browser error.
 * Someone refused can end their Keycloak session here to sign in with another account.
 */
class KeycloakSignInGate extends OncePerRequestFilter {

    static final String SIGN_IN_START = "/oauth2/authorization/" + KeycloakSignIn.REGISTRATION_ID;

    /** Ends the Keycloak session of someone the portal refused, so that they can sign in as someone else. */
    static final String OTHER_ACCOUNT = "/sign-in-as-someone-else";

    private final BooleanSupplier keycloakAnswers;
    private final String endSessionUrl;
    private final String clientId;

    KeycloakSignInGate(BooleanSupplier keycloakAnswers, String issuer, String clientId) {
        this.keycloakAnswers = keycloakAnswers;
        this.endSessionUrl = issuer + "/protocol/openid-connect/logout";
        this.clientId = clientId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && "/login".equals(path)) {
            String target = request.getParameter("error") != null ? SignInProblem.FAILED.path() : SIGN_IN_START;
            response.sendRedirect(request.getContextPath() + target);
            return;
        }
        if (OTHER_ACCOUNT.equals(path)) {
            // Nobody is signed in to the portal here; Keycloak asks to confirm and comes back to the portal's start.
            String portal = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
            response.sendRedirect(UriComponentsBuilder.fromUriString(endSessionUrl)
                    .queryParam("client_id", clientId)
                    .queryParam("post_logout_redirect_uri", portal)
                    .encode().toUriString());
            return;
        }
        if (SIGN_IN_START.equals(path) && !keycloakAnswers.getAsBoolean()) {
            response.sendRedirect(request.getContextPath() + SignInProblem.UNAVAILABLE.path());
            return;
        }
        chain.doFilter(request, response);
    }
}
