package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.support.TestPeople;

/**
 * Guessing passwords is slowed down per account and per client address: after five failures
 * for an account (thirty from one address) sign-in is refused, even with the right password,
 * until the wait is over; the page says how long, in the same words whether the address has an
 * account or not. Every test signs in from addresses of its own.
 */
@SpringBootTest
class SignInThrottleTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void fiveFailuresForAnAccountPauseItsSignInEvenWithTheRightPasswordFromElsewhere() throws Exception {
        String email = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(failedSignIn(email, "wrong-" + attempt, "10.9.1.1")).isEqualTo("/login?error");
        }
        String fifth = failedSignIn(email, "wrong-5", "10.9.1.1");
        assertThat(fifth).matches("/login\\?error&wait=\\d+");

        // The owner, from another address and with the right password, is paused too: the account is what was guessed at.
        String location = mvc.perform(signIn(email, TestPeople.PASSWORD, "10.9.1.2")).andExpect(unauthenticated())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/login\\?error&wait=\\d+");
        assertThat(Integer.parseInt(location.substring(location.indexOf("wait=") + 5))).isBetween(1, 15);
    }

    @Test
    void anAddressWithoutAnAccountGetsExactlyTheSameAnswers() throws Exception {
        String known = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        String unknown = "nobody-" + UUID.randomUUID() + "@nowhere.example";
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(failedSignIn(unknown, "wrong", "10.9.2.1")).isEqualTo(failedSignIn(known, "wrong", "10.9.2.2"));
        }
        assertThat(failedSignIn(unknown, "wrong", "10.9.2.3")).isEqualTo(failedSignIn(known, "wrong", "10.9.2.4"));
    }

    @Test
    void thirtyFailuresFromOneAddressPauseEveryAccountFromIt() throws Exception {
        for (int attempt = 1; attempt <= 30; attempt++) {
            failedSignIn("guess-" + attempt + "-" + UUID.randomUUID() + "@acme.example", "wrong", "10.9.3.1");
        }
        String person = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        assertThat(mvc.perform(signIn(person, TestPeople.PASSWORD, "10.9.3.1")).andExpect(unauthenticated())
                .andReturn().getResponse().getRedirectedUrl()).matches("/login\\?error&wait=\\d+");
        mvc.perform(signIn(person, TestPeople.PASSWORD, "10.9.3.2")).andExpect(authenticated());
    }

    private String failedSignIn(String email, String password, String from) throws Exception {
        return mvc.perform(signIn(email, password, from)).andExpect(unauthenticated()).andReturn().getResponse().getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder signIn(String email, String password, String from) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
            request.setRemoteAddr(from);
            return request;
        });
    }
}
