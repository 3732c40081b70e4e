package studio.smartwork.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.ResourceAccessException;

/** Sends a browser whose Keycloak sign-in failed to the page that says why, never to a stack trace. */
class SignInFailures implements AuthenticationFailureHandler {

    static final String NOT_INVITED = "not_invited";

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInProblem problem = classify(exception);
        if (problem == SignInProblem.REFUSED) {
            log.info("Sign-in refused: {}", exception.getMessage());
        } else {
            log.warn("Sign-in through Keycloak failed", exception);
        }
        response.sendRedirect(request.getContextPath() + problem.path());
    }

    static SignInProblem classify(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth && NOT_INVITED.equals(oauth.getError().getErrorCode())) {
            return SignInProblem.REFUSED;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ResourceAccessException || cause instanceof IOException) {
                return SignInProblem.UNAVAILABLE;
            }
        }
        return SignInProblem.FAILED;
    }
}
