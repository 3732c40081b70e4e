package studio.smartwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import studio.smartwork.portal.identity.SignedInPerson;
import studio.smartwork.portal.people.SignInValidity;

/**
 * Checks on every request that the signed-in person's sign-in still holds: an administrator
 * may have deactivated them, or the company's sign-in service ended their session. If not,
 * their session ends here and the request goes on as anyone's who is not signed in: a page
 * sends them to sign in, and Vaadin tells an open page that its session is over, so it
 * reloads into the sign-in. One lookup by primary key per request, on any replica.
 */
class SignInCheck extends OncePerRequestFilter {

    private final SignInValidity validity;
    private final SecurityContextHolderStrategy contexts;

    SignInCheck(SignInValidity validity, SecurityContextHolderStrategy contexts) {
        this.validity = validity;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && !validity.holds(person.actor(), person.signedInAt())) {
            SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
            logout.setSecurityContextHolderStrategy(contexts);
            logout.logout(request, response, authentication);
        }
        chain.doFilter(request, response);
    }
}
