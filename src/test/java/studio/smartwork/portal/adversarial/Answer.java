package studio.smartwork.portal.adversarial;

import java.lang.reflect.InvocationTargetException;
import org.springframework.security.access.AccessDeniedException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * How a call ended, as the person who made it would see it. The four refusals are the ones
 * the pages turn into words for people ("not found", what their role may not do, what to
 * correct); anything else that escapes a service is a server error.
 */
enum Answer {
    RETURNED("returned"),
    NOT_FOUND("not found"),
    NOT_ALLOWED("not allowed"),
    INVALID_INPUT("invalid input"),
    ACCESS_DENIED("access denied"),
    SERVER_ERROR("server error");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean isRefusal() {
        return this != RETURNED && this != SERVER_ERROR;
    }

    static Answer of(Throwable thrown) {
        Throwable t = unwrapped(thrown);
        if (t instanceof TenantNotFoundException) {
            return NOT_FOUND;
        }
        if (t instanceof NotAllowedException) {
            return NOT_ALLOWED;
        }
        if (t instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (t instanceof AccessDeniedException) {
            return ACCESS_DENIED;
        }
        return SERVER_ERROR;
    }

    /** What a reflective call threw, not the reflection's wrapper around it. */
    static Throwable unwrapped(Throwable thrown) {
        Throwable t = thrown;
        while (t instanceof InvocationTargetException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
