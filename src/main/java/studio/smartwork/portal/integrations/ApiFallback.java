package studio.smartwork.portal.integrations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Any other address under {@code /api/v1} is answered as a problem detail rather than falling
 * through to the pages (which would answer with the portal's HTML): "method not allowed" with
 * the methods it takes where the address exists, "not found" where it does not.
 */
@RestController
class ApiFallback {

    private final RequestMappingHandlerMapping mappings;

    ApiFallback(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/v1/**")
    void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        Set<String> methods = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType() != ApiFallback.class && matchesPath(info, request)) {
                info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
            }
        });
        if (!methods.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), methods);
        }
        throw new ApiNotFound();
    }

    private static boolean matchesPath(RequestMappingInfo info, HttpServletRequest request) {
        var paths = info.getPathPatternsCondition();
        return paths != null && paths.getMatchingCondition(request) != null;
    }
}
