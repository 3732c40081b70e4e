package studio.smartwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The way into Keycloak sign-in. {@code /login} has no page of its own with Keycloak: it
 * leads to the sign-in start (or, after a failed attempt, to the page saying what went
 * wrong). Before a browser is sent to Keycloak, the portal checks that Keycloak answers, so
 * that a Keycloak outage shows the portal's own clear page instead of a browser error.
 */
class KeycloakSignInGate extends OncePerRequestFilter {

    static final String SIGN_IN_START = "/oauth2/authorization/" + KeycloakSignIn.REGISTRATION_ID;

    private final BooleanSupplier keycloakAnswers;

    KeycloakSignInGate(BooleanSupplier keycloakAnswers) {
        this.keycloakAnswers = keycloakAnswers;
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
        if (SIGN_IN_START.equals(path) && !keycloakAnswers.getAsBoolean()) {
            response.sendRedirect(request.getContextPath() + SignInProblem.UNAVAILABLE.path());
            return;
        }
        chain.doFilter(request, response);
    }
}
