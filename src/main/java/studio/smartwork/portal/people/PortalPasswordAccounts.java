package studio.smartwork.portal.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Accounts of the portal's own sign-in: an invited person gets a one-time link by e-mail and
 * opens it to choose a password, which proves they own the address. Only the link's hash is
 * stored, and it expires. Nobody else ever sets a person's password.
 */
@Service
@Profile("!keycloak")
public class PortalPasswordAccounts implements AccountProvisioning {

    static final Duration LINK_LIFETIME = Duration.ofDays(7);
    public static final String WELCOME_PATH = "welcome/";
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PortalPasswordAccounts(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public boolean companySignIn() {
        return false;
    }

    @Override
    public Optional<String> prepare(NewAccount account) {
        PersonEntity person = people.findById(account.personId()).orElseThrow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        person.setSetupToken(hash(token), Instant.now(clock).plus(LINK_LIFETIME));
        return Optional.of(WELCOME_PATH + token);
    }

    /** The person a one-time link was issued to, while the link is still valid. */
    @Transactional(readOnly = true)
    public Optional<Actor> invitedPerson(String token) {
        return validPerson(token).map(PersonEntity::toActor);
    }

    /** The name of the person a one-time link was issued to, while the link is still valid. */
    @Transactional(readOnly = true)
    public Optional<String> invitedName(String token) {
        return validPerson(token).map(PersonEntity::displayName);
    }

    /**
     * Sets the password of the person a one-time link was issued to, and spends the link;
     * returns who they are, now that they have proven their address.
     */
    @Transactional
    public Actor completeSetup(String token, String password) {
        PersonEntity person = validPerson(token).orElseThrow(() -> InvalidInputException.of("token", "people.refusal.link-invalid"));
        person.setPasswordHash(passwordEncoder.encode(checkedPassword(password)));
        return person.toActor();
    }

    private Optional<PersonEntity> validPerson(String token) {
        if (token.isBlank()) {
            return Optional.empty();
        }
        return people.findBySetupTokenHash(hash(token))
                .filter(p -> p.setupTokenExpiresAt() != null && p.setupTokenExpiresAt().isAfter(Instant.now(clock)));
    }

    static String checkedPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw InvalidInputException.of("password", "people.refusal.password-length", MINIMUM_PASSWORD_LENGTH);
        }
        return password;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
