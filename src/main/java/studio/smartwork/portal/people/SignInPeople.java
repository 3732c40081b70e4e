package studio.smartwork.portal.people;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;

/**
 * The person signing in, as the portal's own sign-in and the company sign-in (Keycloak) find
 * them: by e-mail address with their password hash, or by the identity provider's subject.
 */
@Service
public class SignInPeople {

    private final PersonRepository people;

    SignInPeople(PersonRepository people) {
        this.people = people;
    }

    /** The person with this e-mail address, for the portal's own sign-in. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String email) {
        return people.findByEmail(PeopleRules.normalise(email)).map(p -> new Credentials(p.toActor(), p.passwordHash(), p.active()));
    }

    public record Credentials(Actor actor, @Nullable String passwordHash, boolean active) {
    }

    /**
     * The person signing in through the identity provider: found by the provider's subject,
     * or on first sign-in by a verified e-mail address of an invited person, whom it then
     * links to that subject. Unverified addresses never link.
     */
    @Transactional
    public Optional<Actor> linkIdentity(String subject, @Nullable String email, boolean emailVerified) {
        Optional<PersonEntity> bySubject = people.findByOidcSubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.filter(PersonEntity::active).map(PersonEntity::toActor);
        }
        if (email == null || !emailVerified) {
            return Optional.empty();
        }
        return people.findByEmail(PeopleRules.normalise(email))
                .filter(p -> p.active() && p.oidcSubject() == null)
                .map(p -> {
                    p.linkOidcSubject(subject);
                    return p.toActor();
                });
    }
}
