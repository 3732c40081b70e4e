package studio.smartwork.portal.notifications;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.identity.SignedInPerson;

/**
 * Work done on behalf of a person without a request of theirs (scheduled mails, the demo data):
 * the services check this person's access as for any
 * request, so a digest shows an executive only what they may see.
 */
public final class ActingFor {

    private record ScheduledFor(Actor actor, Instant signedInAt) implements SignedInPerson {
    }

    private ActingFor() {
    }

    public static <T> T person(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new ScheduledFor(actor, Instant.now()), null,
                Roles.authoritiesOf(actor)));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
