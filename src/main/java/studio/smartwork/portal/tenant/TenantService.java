package studio.smartwork.portal.tenant;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.shared.InvalidInputException;
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

    TenantService(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary create(TenantSettings settings) {
        settings.validate();
        if (tenants.existsBySlug(settings.slug())) {
            throw InvalidInputException.of("slug", "Another tenant already uses the address " + settings.slug() + ".");
        }
        try {
            return tenants.saveAndFlush(new TenantEntity(settings)).toSummary();
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("slug", "Another tenant already uses the address " + settings.slug() + ".");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary update(TenantId id, TenantSettings settings) {
        settings.validate();
        TenantEntity tenant = tenants.findById(id.value()).orElseThrow(TenantNotFoundException::new);
        tenants.findBySlug(settings.slug())
                .filter(other -> !other.toSummary().id().equals(id))
                .ifPresent(other -> {
                    throw InvalidInputException.of("slug", "Another tenant already uses the address " + settings.slug() + ".");
                });
        tenant.apply(settings);
        return tenants.saveAndFlush(tenant).toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TenantSummary setStatus(TenantId id, TenantStatus status) {
        TenantEntity tenant = tenants.findById(id.value()).orElseThrow(TenantNotFoundException::new);
        tenant.setStatus(status);
        return tenants.saveAndFlush(tenant).toSummary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<TenantSummary> all() {
        return tenants.findAllByOrderByNameAsc().stream().map(TenantEntity::toSummary).toList();
    }

    /**
     * The tenant at an address, whoever asks. Callers must still check access before they
     * show anything of it; the UI's tenant gate does.
     */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantEntity::toSummary);
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> find(TenantId id) {
        return tenants.findById(id.value()).map(TenantEntity::toSummary);
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> findAll(Collection<TenantId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tenants.findByIdInOrderByNameAsc(ids.stream().map(TenantId::value).toList()).stream()
                .map(TenantEntity::toSummary).toList();
    }
}
