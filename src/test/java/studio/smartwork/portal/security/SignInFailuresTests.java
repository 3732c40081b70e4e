package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;

/** A failed or impossible Keycloak sign-in ends on a page that says why. */
class SignInFailuresTests {

    @Test
    void aPersonWhoWasNotInvitedIsRefusedWithItsOwnPage() throws Exception {
        var response = new MockHttpServletResponse();
        new SignInFailures().onAuthenticationFailure(new MockHttpServletRequest(), response,
                new OAuth2AuthenticationException(new OAuth2Error(SignInFailures.NOT_INVITED)));
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in/refused");
    }

    @Test
    void keycloakNotAnsweringTheTokenRequestIsSignInUnavailable() {
        var exception = new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response"), "token",
                new ResourceAccessException("I/O error", new ConnectException("Connection refused")));
        assertThat(SignInFailures.classify(exception)).isEqualTo(SignInProblem.UNAVAILABLE);
    }

    @Test
    void anythingElseIsAGenericFailure() {
        assertThat(SignInFailures.classify(new OAuth2AuthenticationException(new OAuth2Error("invalid_state_parameter"))))
                .isEqualTo(SignInProblem.FAILED);
    }

    @Test
    void signInStartsOnlyWhenKeycloakAnswers() throws Exception {
        var gate = new KeycloakSignInGate(() -> false, "http://localhost:8180/realms/smartwork", "portal");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", KeycloakSignInGate.SIGN_IN_START), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in/unavailable");
        assertThat(chain.getRequest()).isNull();

        var passing = new MockFilterChain();
        new KeycloakSignInGate(() -> true, "http://localhost:8180/realms/smartwork", "portal")
                .doFilter(new MockHttpServletRequest("GET", KeycloakSignInGate.SIGN_IN_START), new MockHttpServletResponse(), passing);
        assertThat(passing.getRequest()).isNotNull();
    }

    @Test
    void aRealmThatDoesNotExistOnTheNetworkDoesNotAnswer() {
        assertThat(KeycloakAvailability.answers("http://127.0.0.1:9/realms/smartwork")).isFalse();
    }
}
