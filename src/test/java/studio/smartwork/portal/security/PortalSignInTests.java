package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.support.DemoPeople;

/**
 * The portal's own sign-in through the real security filter chain. MockMvc is built by
 * hand with Spring Security applied, because Boot 4's {@code @AutoConfigureMockMvc} lives
 * in spring-boot-webmvc-test, which the build does not have; plain {@code @SpringBootTest}
 * also shares the application context with the UI tests.
 */
@SpringBootTest
class PortalSignInTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theRightPasswordSignsThePersonIn() throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(DemoPeople.EVA).password(DemoPeople.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(DemoPeople.EVA).withRoles(Roles.CLIENT))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNotNull().doesNotContain("/login");
    }

    /**
     * Vaadin's login form posts natively, without a CSRF token, and Vaadin's security
     * configurer exempts the login page's path from CSRF for that reason; the form must work.
     */
    @Test
    void theLoginFormsOwnPostWithoutACsrfTokenSignsIn() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", DemoPeople.ADMIN).param("password", DemoPeople.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(authenticated().withUsername(DemoPeople.ADMIN).withRoles(Roles.ADMIN))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNotNull().doesNotContain("/login");
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
        MvcResult wrongPassword = mvc.perform(formLogin("/login").user(DemoPeople.EVA).password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        MvcResult unknownPerson = mvc.perform(formLogin("/login").user("nobody@nowhere.example").password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();

        var wrong = wrongPassword.getResponse();
        var unknown = unknownPerson.getResponse();
        assertThat(unknown.getStatus()).isEqualTo(wrong.getStatus());
        assertThat(unknown.getHeaderNames()).containsExactlyInAnyOrderElementsOf(wrong.getHeaderNames());
        assertThat(unknown.getContentAsString()).isEqualTo(wrong.getContentAsString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health/liveness", "/actuator/health/readiness"})
    void probesAnswerWithoutSigningIn(String probe) throws Exception {
        mvc.perform(get(probe))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void anAnonymousVisitorToATenantPageIsSentToSignIn() throws Exception {
        mvc.perform(get("/t/acme"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated());
    }
}
