package studio.smartwork.portal.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person signed in on this thread's request, if any. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
            return Optional.of(person.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return find().orElseThrow(() -> new NotSignedInException());
    }

    /** Raised when a service that acts for a person is called without anyone signed in. */
    public static final class NotSignedInException extends RuntimeException {
        NotSignedInException() {
            super("Nobody is signed in");
        }
    }
}
