package studio.smartwork.portal.support;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs a demo person in for a test the way the login does: the portal's own user
 * details (real roles from the database) put into the security context.
 */
public final class SignIn {

    private SignIn() {
    }

    public static UsernamePasswordAuthenticationToken as(ApplicationContext context, String email) {
        useSecurityContextOf(context);
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        List<? extends GrantedAuthority> authorities = List.copyOf(user.getAuthorities());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    /**
     * Points the static {@link SecurityContextHolder} at this application context's strategy.
     * Vaadin installs a strategy with a thread-local of its own in every application context
     * it starts, and the last one started wins; method security reads its own context's
     * strategy. Without this, once a test has started a second context (another profile),
     * a person signed in here would be invisible to {@code @PreAuthorize}.
     */
    public static void useSecurityContextOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
