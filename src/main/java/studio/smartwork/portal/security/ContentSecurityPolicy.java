package studio.smartwork.portal.security;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy the portal runs under: everything from the portal's own
 * origin, no plugins, no framing by other sites, forms posting only to the portal. Vaadin
 * Flow needs inline scripts (its bootstrap), {@code eval} (its client builds functions for
 * {@code executeJs} and event data) and inline styles, and uses {@code data:} images and fonts;
 * nothing is loaded from anywhere else. In production mode the policy is enforced; in
 * development mode Vaadin's tools load from Vaadin's own servers, so the policy is only
 * reported there.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String ENFORCED = "Content-Security-Policy";
    static final String REPORTED = "Content-Security-Policy-Report-Only";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String header = productionMode(request) ? ENFORCED : REPORTED;
        if (!response.containsHeader(header)) {
            response.setHeader(header, POLICY);
        }
    }

    private static boolean productionMode(HttpServletRequest request) {
        try {
            return ApplicationConfiguration.get(new VaadinServletContext(request.getServletContext())).isProductionMode();
        } catch (IllegalStateException | NullPointerException vaadinNotStarted) {
            // Before Vaadin has started (the first requests of a starting portal) nothing of it is served yet.
            return true;
        }
    }
}
