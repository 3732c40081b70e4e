package studio.smartwork.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the sign-in form's post: while the account or the client address has to wait,
 * the attempt is refused without looking at the password, and the page says how long to wait.
 * The words are the same whether the address has an account or not. Failed attempts are
 * counted by {@link #failureHandler}, which the form login uses.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String WAIT_PARAMETER = "wait";

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = throttle.waitBefore(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            response.sendRedirect(request.getContextPath() + waitPage(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The form login's answer to a failed attempt: counted, and when that used up the attempts, the wait said at once. */
    static SimpleUrlAuthenticationFailureHandler failureHandler(SignInThrottle throttle) {
        return new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException exception) throws IOException, ServletException {
                String email = request.getParameter("username");
                throttle.failed(email, request.getRemoteAddr());
                Optional<Duration> wait = throttle.waitBefore(email, request.getRemoteAddr());
                if (wait.isPresent()) {
                    response.sendRedirect(request.getContextPath() + waitPage(wait.get()));
                } else {
                    super.onAuthenticationFailure(request, response, exception);
                }
            }
        };
    }

    /** Whole minutes, rounded up: "try again in 1 minute" rather than in 0. */
    private static String waitPage(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "/login?error&" + WAIT_PARAMETER + "=" + minutes;
    }
}
