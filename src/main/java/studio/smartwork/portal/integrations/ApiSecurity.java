package studio.smartwork.portal.integrations;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import studio.smartwork.portal.tenancy.TenantScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP API's own security chain, ahead of the pages' chain: no session, no cookies, no
 * sign-in page, no CSRF token (nothing a browser sends by itself authenticates a call). Every
 * {@code /api/v1} call needs a key; the API's description and its browsable page are public,
 * as they say how to call, not what is there.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, ApiRateLimits limits, ApiProblems problems,
            TenantScope tenantScope, JsonMapper json, Clock clock) throws Exception {
        http.securityMatcher("/api/**", "/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.deny()))
                // The key filter answers every call without a valid key itself; what passes it is authenticated.
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .addFilterBefore(new ApiKeyFilter(keys, limits, problems, tenantScope, json, clock), AuthorizationFilter.class);
        return http.build();
    }
}
