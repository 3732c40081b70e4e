package studio.smartwork.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import studio.smartwork.portal.support.DemoPeople;

/**
 * Sign-in through the company's Keycloak (profile {@code keycloak}): the portal sends
 * people to Keycloak with the authorization code flow and PKCE, and has no password
 * sign-in of its own. Keycloak itself is never contacted, which also proves the portal
 * starts without it.
 */
@SpringBootTest(properties = {
        "portal.keycloak.issuer=http://localhost:18080/realms/smartwork",
        "portal.keycloak.client-id=portal",
        "portal.keycloak.client-secret=s3cret"})
@ActiveProfiles("keycloak")
class KeycloakProfileTests {

    private static final String AUTHORIZATION_ENDPOINT = "http://localhost:18080/realms/smartwork/protocol/openid-connect/auth";

    @Autowired
    WebApplicationContext context;

    @MockitoBean
    KeycloakAvailability keycloakAnswers;

    MockMvc mvc;

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        when(keycloakAnswers.getAsBoolean()).thenReturn(true);
    }

    @Test
    void theLoginAddressLeadsToKeycloakNotToAGeneratedPage() throws Exception {
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/keycloak"));
        mvc.perform(get("/login").param("error", "").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/sign-in/failed"));
    }

    @Test
    void keycloakNotAnsweringShowsThePortalsOwnPage() throws Exception {
        when(keycloakAnswers.getAsBoolean()).thenReturn(false);
        mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in/unavailable"));
    }

    @Test
    void someoneRefusedCanEndTheirKeycloakSessionToUseAnotherAccount() throws Exception {
        mvc.perform(get("/sign-in-as-someone-else"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost:18080/realms/smartwork/protocol/openid-connect/logout"
                        + "?client_id=portal&post_logout_redirect_uri=http://localhost/"));
    }

    @Test
    void signingOutEndsTheKeycloakSessionAndComesBack() throws Exception {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token-value").subject("kc-subject")
                .issuer("http://localhost:18080/realms/smartwork").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .build();
        var user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_CLIENT")), idToken);
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), KeycloakSignIn.REGISTRATION_ID);

        MvcResult result = mvc.perform(post("/logout").with(csrf()).with(authentication(authentication)))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://localhost:18080/realms/smartwork/protocol/openid-connect/logout?");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(URI.create(location)).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isEqualTo("id-token-value");
        assertThat(decoded(query.getFirst("post_logout_redirect_uri"))).isEqualTo("http://localhost");
    }

    @Test
    void anAnonymousVisitorIsSentToKeycloak() throws Exception {
        // A browser's page request; Spring Security answers other requests with 401 instead.
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/oauth2/authorization/keycloak"))
                .andExpect(unauthenticated());
    }

    @Test
    void theAuthorizationRequestUsesTheCodeFlowWithPkce() throws Exception {
        MvcResult result = mvc.perform(get("/oauth2/authorization/keycloak"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(AUTHORIZATION_ENDPOINT + "?");

        UriComponents uri = UriComponentsBuilder.fromUri(URI.create(location)).build();
        MultiValueMap<String, String> query = uri.getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo("portal");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(Arrays.asList(decoded(query.getFirst("scope")).split(" "))).contains("openid");
        assertThat(query.getFirst("code_challenge")).isNotBlank();
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(decoded(query.getFirst("redirect_uri"))).endsWith("/login/oauth2/code/keycloak");
        // The client secret goes to the token endpoint only, never through the browser.
        assertThat(location).doesNotContain("s3cret");
    }

    @Test
    void thereIsNoPasswordSignIn() throws Exception {
        assertThat(context.getBeanProvider(UserDetailsService.class).getIfAvailable()).isNull();
        assertThat(context.getBean(FilterChainProxy.class).getFilterChains())
                .flatMap(SecurityFilterChain::getFilters)
                .noneMatch(UsernamePasswordAuthenticationFilter.class::isInstance);

        // With a valid CSRF token, so that nothing but the missing form login can turn it away.
        MvcResult result = mvc.perform(post("/login").with(csrf()).accept(MediaType.TEXT_HTML)
                        .param("username", DemoPeople.ADMIN).param("password", DemoPeople.PASSWORD))
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error").isNotEqualTo("/");
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
