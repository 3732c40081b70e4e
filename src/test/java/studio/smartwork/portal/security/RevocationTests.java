package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.Accounts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;

/**
 * Taking someone's access away takes effect on the sessions they have open, with their next
 * request, not at their next sign-in.
 */
@SpringBootTest
class RevocationTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDeactivatedPersonsOpenSessionEndsWithTheirNextRequest() throws Exception {
        String email = "second-admin-" + System.nanoTime() + "@smartwork.studio";
        Actor secondAdmin = TestPeople.consultancyPerson(context, email, "Sid Second", PlatformRole.ADMIN);
        MockHttpSession session = (MockHttpSession) mvc.perform(signIn(email))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/t/acme").session(session)).andExpect(authenticated());

        SignIn.as(context, DemoPeople.ADMIN);
        accounts.deactivate(secondAdmin.personId());
        SignIn.out();

        // The next request of that open session finds nobody signed in, and the session is over.
        mvc.perform(get("/t/acme").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(signIn(email))
                .andExpect(unauthenticated());

        SignIn.as(context, DemoPeople.ADMIN);
        accounts.reactivate(secondAdmin.personId());
        mvc.perform(signIn(email))
                .andExpect(authenticated());
    }

    /** The sign-in form's post, from an address of this test's own so that no other test's attempts count against it. */
    private static MockHttpServletRequestBuilder signIn(String email) {
        return post("/login").param("username", email).param("password", TestPeople.PASSWORD).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.7.0.1");
                    return request;
                });
    }
}
