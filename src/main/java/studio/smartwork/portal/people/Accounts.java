package studio.smartwork.portal.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.OffsetPage;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * Every account of the portal, for its administrators: finding one, and closing it. A
 * deactivated person cannot sign in, loses every tenant at once, and their open sessions end
 * with their next request; reactivating gives the account back as it was.
 */
@Service
public class Accounts {

    private final PersonRepository people;
    private final Clock clock;

    Accounts(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** Accounts whose name or e-mail contains the text, by name; a page of them. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> find(String text, int offset, int limit) {
        if (!EnteredText.isLine(text)) {
            // No name or address holds a control character (and a NUL would fail in the database): nothing matches.
            return List.of();
        }
        return people.findByText(pattern(text), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1),
                Sort.by("displayName", "id"))).stream().map(Accounts::account).toList();
    }

    /** The columns the accounts may be sorted by, each with the property it sorts by. */
    private static final Map<String, String> ACCOUNT_SORTS = Map.of("name", "displayName", "email", "email");

    /**
     * A page of the accounts {@link #find(String, int, int)} finds (by name unless sorted by a
     * column of {@code ACCOUNT_SORTS}), starting at any row.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> find(studio.smartwork.portal.shared.PageRequest page) {
        if (page.limit() == 0 || !EnteredText.isLine(page.filter())) {
            return List.of();
        }
        String property = page.sortKey() == null ? null : ACCOUNT_SORTS.get(page.sortKey());
        Sort sort = property == null ? Sort.by("displayName", "id")
                : Sort.by(page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(Sort.by("displayName", "id"));
        return people.findByText(pattern(page.filter()), OffsetPage.of(page.offset(), page.limit(), sort)).stream()
                .map(Accounts::account).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        if (!EnteredText.isLine(text)) {
            return 0;
        }
        return people.countByText(pattern(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(long personId) {
        if (personId == CurrentActor.require().personId()) {
            throw InvalidInputException.of("person", "people.refusal.deactivate-yourself");
        }
        people.findById(personId).orElseThrow(TenantNotFoundException::new).deactivate(Instant.now(clock));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reactivate(long personId) {
        PersonEntity person = people.findById(personId).orElseThrow(TenantNotFoundException::new);
        if (person.isErased()) {
            throw InvalidInputException.of("person", "people.refusal.erased-account");
        }
        person.reactivate();
    }

    private static String pattern(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Account account(PersonEntity p) {
        return new Account(p.id(), p.displayName(), p.email(), p.platformRole(), p.active(), p.hasSignIn(), p.isErased());
    }
}
