package studio.smartwork.portal.people;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;

/**
 * Whether a person's open sign-in still holds. Asked on every request of a signed-in person,
 * on whichever replica serves it, so that deactivating someone — or the company's sign-in
 * service ending their session — takes effect on their open pages within one request, not at
 * their next sign-in. (Leaving a tenant needs nothing here: every access to a tenant reads the
 * membership again.)
 */
@Service
public class SignInValidity {

    private final PersonRepository people;
    private final Clock clock;

    SignInValidity(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** True while the person is active, still has the platform role they signed in with, and was not signed out since. */
    @Transactional(readOnly = true)
    public boolean holds(Actor signedIn, Instant signedInAt) {
        return people.findById(signedIn.personId())
                .filter(PersonEntity::active)
                .filter(p -> p.platformRole() == signedIn.platformRole())
                .filter(p -> p.signedOutBefore() == null || signedInAt.isAfter(p.signedOutBefore()))
                .isPresent();
    }

    /**
     * Ends the sign-ins of the person the company's sign-in service knows by this subject,
     * as it asks when someone signs out there or an administrator ends their session.
     */
    @Transactional
    public void endSignInsOfSubject(String subject, Instant issuedAt) {
        people.findByOidcSubject(subject).ifPresent(p -> p.endSignInsBefore(issuedAt.isAfter(Instant.now(clock))
                ? Instant.now(clock) : issuedAt));
    }
}
