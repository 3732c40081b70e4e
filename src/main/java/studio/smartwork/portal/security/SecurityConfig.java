package studio.smartwork.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import studio.smartwork.portal.people.SignInValidity;
import studio.smartwork.portal.security.ui.LoginView;

/**
 * Sign-in: the portal's own e-mail and password by default (development and demo), the
 * company's Keycloak with profile {@code keycloak}. Either way the portal's tables decide
 * what a person may see.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    @Profile("!keycloak")
    SecurityFilterChain portalFilterChain(HttpSecurity http, SignInValidity validity,
            ObjectProvider<SecurityContextHolderStrategy> contexts, SignInThrottle throttle) throws Exception {
        permitProbes(http);
        securityHeaders(http);
        checkSignInOnEveryRequest(http, validity, contexts);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // After Vaadin's configurer, which sets up the form login itself: repeated failures are throttled.
        http.formLogin(form -> form.failureHandler(SignInThrottleFilter.failureHandler(throttle)));
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Profile("keycloak")
    SecurityFilterChain keycloakFilterChain(HttpSecurity http, KeycloakSignIn keycloak, ClientRegistrationRepository registrations,
            KeycloakAvailability availability, SignInValidity validity, ObjectProvider<SecurityContextHolderStrategy> contexts)
            throws Exception {
        permitProbes(http);
        securityHeaders(http);
        checkSignInOnEveryRequest(http, validity, contexts);
        keycloak.configure(http, registrations, availability);
        return http.with(VaadinSecurityConfigurer.vaadin(),
                                // Signing out also ends the Keycloak session (RP-initiated logout) and comes back to the portal.
                vaadin -> vaadin.oauth2LoginPage(KeycloakSignInGate.SIGN_IN_START, "{baseUrl}")).build();
    }

    /**
     * Not a bean: Spring Boot would also run it outside the security chain. It reads the
     * security context the way the rest of the chain does (Vaadin's strategy where it has one).
     */
    private static void checkSignInOnEveryRequest(HttpSecurity http, SignInValidity validity,
            ObjectProvider<SecurityContextHolderStrategy> contexts) {
        http.addFilterBefore(new SignInCheck(validity, contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy)),
                AuthorizationFilter.class);
    }

    /**
     * Headers that keep the portal's pages from being framed or leaking their addresses, and
     * keep browsers on HTTPS once they have seen it (HSTS is sent on HTTPS requests only: behind
     * the ingress, with the forwarded protocol).
     */
    private static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                // Written before the page is: Vaadin writes its pages to the response beyond Spring Security's
                // wrapper, so headers written at the end of the request would be lost on them.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .addHeaderWriter(new ContentSecurityPolicy())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
    }

    private static void permitProbes(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll());
    }
}
