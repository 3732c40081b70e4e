package studio.smartwork.portal.tenant;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.OffsetPage;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantContext;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.internal.TenantEntity;
import studio.smartwork.portal.tenant.internal.TenantRepository;

/**
 * The register of client tenants. Creating, changing and archiving tenants is for
 * administrators; looking a tenant up by its address is for the access check that runs
 * before anything of the tenant is shown.
 */
@Service
public class TenantService {

    private final TenantRepository tenants;
    // A provider, not a list: the features that answer enter tenants, whose access check needs this service.
    private final ObjectProvider<MoneyFigures> moneyFigures;
    private final TransactionTemplate writing;
    private final Clock clock;
    // A provider for the same reason: the people feature answers, and it uses this service.
    private final ObjectProvider<TenantsOfPerson> tenantsOfPerson;

    TenantService(TenantRepository tenants, ObjectProvider<MoneyFigures> moneyFigures, PlatformTransactionManager transactionManager,
            Clock clock, ObjectProvider<TenantsOfPerson> tenantsOfPerson) {
        this.clock = clock;
        this.tenantsOfPerson = tenantsOfPerson;
        this.tenants = tenants;
        this.moneyFigures = moneyFigures;
        this.writing = new TransactionTemplate(transactionManager);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary create(TenantSettings settings) {
        settings.validate();
        if (tenants.existsBySlug(settings.slug())) {
            throw addressTaken(settings);
        }
        try {
            return tenants.saveAndFlush(new TenantEntity(settings)).toSummary();
        } catch (DataIntegrityViolationException e) {
            throw addressTaken(settings);
        }
    }

    /**
     * Changes a tenant's settings. The currency is a unit, not a label: once the tenant has
     * money figures (audit costs, design records), they were entered and computed in it, so it
     * cannot change any more.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public TenantSummary update(TenantId id, TenantSettings settings) {
        settings.validate();
        TenantSummary current = find(id).orElseThrow(TenantNotFoundException::new);
        String currency = current.settings().currency().getCurrencyCode();
        // Asked before the change's own transaction: each feature enters the tenant to look.
        if (!current.settings().currency().equals(settings.currency()) && moneyFigures.stream().anyMatch(f -> f.exist(id))) {
            throw InvalidInputException.of("currency", "tenant.refusal.currency-fixed", current.name(), currency);
        }
        return writing.execute(status -> {
            TenantEntity tenant = tenants.findById(id.value()).orElseThrow(TenantNotFoundException::new);
            tenants.findBySlug(settings.slug())
                    .filter(other -> !other.toSummary().id().equals(id))
                    .ifPresent(other -> {
                        throw addressTaken(settings);
                    });
            tenant.apply(settings);
            return tenants.saveAndFlush(tenant).toSummary();
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary setStatus(TenantId id, TenantStatus status) {
        TenantEntity tenant = tenants.findById(id.value()).orElseThrow(TenantNotFoundException::new);
        tenant.setStatus(status, Instant.now(clock));
        return tenants.saveAndFlush(tenant).toSummary();
    }

    /**
     * Removes the tenant's own row, the last step of deleting a tenant for good: every row that
     * belongs to it must be gone already (the database refuses otherwise).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(TenantId id) {
        tenants.deleteById(id.value());
        tenants.flush();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TenantSummary> all() {
        return tenants.findAllByOrderByNameAsc().stream().map(TenantEntity::toSummary).toList();
    }

    /** The columns the list of tenants may be sorted by, each with the property it sorts by. */
    private static final Map<String, String> TENANT_SORTS = Map.of("name", "name", "address", "slug", "status", "status");

    /**
     * A page of the tenants {@link #all()} lists (by name unless sorted by a column of
     * {@code TENANT_SORTS}), the archived ones only when asked for, narrowed by name or address.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TenantSummary> all(PageRequest page, boolean withArchived) {
        if (page.limit() == 0 || !EnteredText.isLine(page.filter())) {
            return List.of();
        }
        String property = page.sortKey() == null ? null : TENANT_SORTS.get(page.sortKey());
        Sort byName = Sort.by("name", "id");
        Sort sort = property == null ? byName : Sort.by(page.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, property).and(byName);
        return tenants.findByText(lowerPattern(page.filter()), statuses(withArchived), OffsetPage.of(page.offset(), page.limit(), sort)).stream()
                .map(TenantEntity::toSummary).toList();
    }

    /** How many tenants {@link #all(PageRequest, boolean)} pages through. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(String filter, boolean withArchived) {
        return EnteredText.isLine(filter) ? (int) tenants.countByText(lowerPattern(filter), statuses(withArchived)) : 0;
    }

    private static String lowerPattern(String filter) {
        return PageRequest.containsPattern(filter.strip()).toLowerCase(Locale.ROOT);
    }

    private static List<TenantStatus> statuses(boolean withArchived) {
        return withArchived ? List.of(TenantStatus.values()) : List.of(TenantStatus.ACTIVE);
    }

    /**
     * The tenant at an address, if the signed-in person may know of it (see {@link #mayKnow}).
     * Callers still check access before they show anything of it; the UI's tenant gate does.
     */
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantEntity::toSummary).filter(t -> mayKnow(List.of(t.id())).contains(t.id()));
    }

    /** A tenant by id, if the signed-in person may know of it (see {@link #mayKnow}). */
    public Optional<TenantSummary> find(TenantId id) {
        if (!mayKnow(List.of(id)).contains(id)) {
            return Optional.empty();
        }
        return tenants.findById(id.value()).map(TenantEntity::toSummary);
    }

    /** The tenants of these ids that exist and that the signed-in person may know of, by name. */
    public List<TenantSummary> findAll(Collection<TenantId> ids) {
        Set<TenantId> known = mayKnow(ids);
        if (known.isEmpty()) {
            return List.of();
        }
        return tenants.findByIdInOrderByNameAsc(known.stream().map(TenantId::value).toList()).stream()
                .map(TenantEntity::toSummary).toList();
    }

    /**
     * Which of these tenants the caller may know of: any, for the portal's own work with nobody
     * signed in (jobs, demo data) and for administrators; the tenant whose transaction is open, as
     * its access check runs inside it; and for anyone else only the tenants they are a member of,
     * are assigned to or invited into. Another tenant is "not found", as if it did not exist.
     */
    private Set<TenantId> mayKnow(Collection<TenantId> ids) {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty() || actor.get().isAdmin()) {
            return Set.copyOf(ids);
        }
        TenantContext.Binding binding = TenantContext.current();
        Set<TenantId> known = new HashSet<>();
        for (TenantId id : ids) {
            if (binding != null && id.equals(binding.tenant())) {
                known.add(id);
            }
        }
        if (known.size() < Set.copyOf(ids).size()) {
            Set<TenantId> theirs = tenantsOfPerson.getObject().of(actor.get());
            ids.stream().filter(theirs::contains).forEach(known::add);
        }
        return known;
    }

    private static InvalidInputException addressTaken(TenantSettings settings) {
        return InvalidInputException.of("slug", "tenant.refusal.address-taken", settings.slug());
    }
}
