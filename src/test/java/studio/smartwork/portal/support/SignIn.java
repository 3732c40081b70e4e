package studio.smartwork.portal.support;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        List<? extends GrantedAuthority> authorities = List.copyOf(user.getAuthorities());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
