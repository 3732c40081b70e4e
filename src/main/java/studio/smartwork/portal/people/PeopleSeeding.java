package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;

/**
 * The portal's own seeding of people, for the demo data (and the tests that build on the same
 * path): consultancy people created directly, and a known password for a demo person who was
 * invited the ordinary way. No page and no request reaches it.
 */
@Component
public class PeopleSeeding {

    private final PersonRepository people;

    PeopleSeeding(PersonRepository people) {
        this.people = people;
    }

    /** A consultancy person, created once; the password hash is set if they have none yet. */
    @Transactional
    public Actor consultancyPerson(String email, String displayName, PlatformRole role, @Nullable String passwordHash) {
        PersonEntity person = people.findByEmail(PeopleRules.normalise(email))
                .orElseGet(() -> people.save(new PersonEntity(PeopleRules.normalise(email), displayName, role)));
        if (passwordHash != null && person.passwordHash() == null) {
            person.setPasswordHash(passwordHash);
        }
        return people.saveAndFlush(person).toActor();
    }

    /** Gives an invited demo person the demo password, as if they had opened their one-time link. */
    @Transactional
    public Actor knownPassword(String email, String passwordHash) {
        PersonEntity person = people.findByEmail(PeopleRules.normalise(email)).orElseThrow();
        if (person.passwordHash() == null) {
            person.setPasswordHash(passwordHash);
        }
        return people.saveAndFlush(person).toActor();
    }
}
