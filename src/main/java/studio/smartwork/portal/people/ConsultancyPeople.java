package studio.smartwork.portal.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.OffsetPage;

/**
 * The consultancy's own people, administrators and consultants: listing them, inviting one,
 * and the first administrator of an empty portal.
 */
@Service
public class ConsultancyPeople {

    private final PersonRepository people;
    private final AccountProvisioning accounts;
    private final InvitationMails mails;
    private final OutgoingMail outgoing;

    ConsultancyPeople(PersonRepository people, AccountProvisioning accounts, InvitationMails mails,
            OutgoingMail outgoing) {
        this.people = people;
        this.accounts = accounts;
        this.mails = mails;
        this.outgoing = outgoing;
    }

    /**
     * Creates the first administrator of an empty portal, once: nothing happens when any
     * administrator exists. Returns the one-time link's path when the sign-in method gives
     * one; it is e-mailed to the address, and the caller shows it once on the console.
     */
    @Transactional
    public Optional<String> bootstrapAdministrator(String email, String displayName) {
        if (people.existsByPlatformRole(PlatformRole.ADMIN)) {
            return Optional.empty();
        }
        // Whoever configures the portal reads these in the startup log, in English like the rest of it.
        String normalised = PeopleRules.normalise(email);
        if (!PeopleRules.isEmail(normalised)) {
            throw new IllegalArgumentException("PORTAL_BOOTSTRAP_ADMIN_EMAIL is not an e-mail address: " + email);
        }
        if (people.findByEmail(normalised).isPresent()) {
            throw new IllegalArgumentException("PORTAL_BOOTSTRAP_ADMIN_EMAIL belongs to a person who is not an administrator: " + normalised);
        }
        return welcomeConsultancyPerson(normalised, displayName, PlatformRole.ADMIN);
    }


    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ConsultancyPerson> consultancyPeople() {
        return Stream.of(PlatformRole.ADMIN, PlatformRole.CONSULTANT)
                .flatMap(role -> people.findByPlatformRoleOrderByDisplayNameAsc(role).stream())
                .filter(PersonEntity::active)
                .map(p -> new ConsultancyPerson(p.id(), p.displayName(), p.email(), p.platformRole(), p.hasSignIn()))
                .sorted(Comparator.comparing(ConsultancyPerson::displayName))
                .toList();
    }

    /** The columns the consultancy's people may be sorted by, each with the property it sorts by. */
    private static final Map<String, String> CONSULTANCY_SORTS = Map.of("name", "displayName", "email", "email", "role", "platformRole");

    /**
     * A page of the people {@link #consultancyPeople()} lists, by name unless sorted by a column
     * of {@code CONSULTANCY_SORTS}, narrowed to those whose name or address holds the filter.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ConsultancyPerson> consultancyPeople(studio.smartwork.portal.shared.PageRequest page) {
        if (page.limit() == 0 || !EnteredText.isLine(page.filter())) {
            return List.of();
        }
        String property = page.sortKey() == null ? null : CONSULTANCY_SORTS.get(page.sortKey());
        Sort sort = property == null ? Sort.by("displayName", "id")
                : Sort.by(page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("displayName", "id"));
        return people.findConsultancyByText(lowerPattern(page), OffsetPage.of(page.offset(), page.limit(), sort)).stream()
                .map(p -> new ConsultancyPerson(p.id(), p.displayName(), p.email(), p.platformRole(), p.hasSignIn()))
                .toList();
    }

    /** How many people {@link #consultancyPeople(studio.smartwork.portal.shared.PageRequest)} pages through with this filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int consultancyPeopleCount(String filter) {
        studio.smartwork.portal.shared.PageRequest page = studio.smartwork.portal.shared.PageRequest.first(0).filtered(filter);
        return EnteredText.isLine(page.filter()) ? (int) people.countConsultancyByText(lowerPattern(page)) : 0;
    }

    private static String lowerPattern(studio.smartwork.portal.shared.PageRequest page) {
        return page.containsPattern().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Invites a consultant or administrator of the consultancy. They get an e-mail to choose
     * their password (or, with Keycloak, the company sign-in's own e-mail); consultants then
     * see the clients an administrator assigns them to.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void inviteConsultancyPerson(String email, String displayName, PlatformRole role) {
        String normalised = PeopleRules.normalise(email);
        String name = PeopleRules.trimmed(displayName);
        new InvalidInputException.Collector()
                .check(PeopleRules.isEmail(normalised), "email", "people.refusal.email")
                .check(!name.isEmpty() && name.length() <= 120, "displayName", "people.refusal.name")
                .check(EnteredText.isLine(name), "displayName", EnteredText.LINE)
                .check(role != null, "role", "people.refusal.consultancy-role")
                .throwIfAny();
        if (people.findByEmail(normalised).isPresent()) {
            // Administrators see every account of the portal anyway, so saying so reveals nothing to them.
            throw InvalidInputException.of("email", "people.refusal.already-has-account", normalised);
        }
        welcomeConsultancyPerson(normalised, name, role);
    }

    /** Creates a consultancy person and e-mails them their way in; the link's path, when there is one. */
    private Optional<String> welcomeConsultancyPerson(String email, String name, PlatformRole role) {
        PersonEntity person = people.saveAndFlush(new PersonEntity(email, name, role));
        Optional<String> setupLink = accounts.prepare(new AccountProvisioning.NewAccount(person.id(), email, name));
        outgoing.send(setupLink.map(path -> mails.consultancyWelcome(person.toActor(), role, path))
                .orElseGet(() -> mails.consultancyCompanySignIn(person.toActor(), role)));
        return setupLink;
    }
}
