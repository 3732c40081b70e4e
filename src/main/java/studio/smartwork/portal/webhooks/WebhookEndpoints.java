package studio.smartwork.portal.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.webhooks.WebhookEndpoint.DisabledReason;
import studio.smartwork.portal.webhooks.internal.AddressPolicy;
import studio.smartwork.portal.webhooks.internal.Signatures;
import studio.smartwork.portal.webhooks.internal.WebhookOutbox;
import studio.smartwork.portal.webhooks.internal.WebhookStore;
import studio.smartwork.portal.webhooks.internal.WebhookStore.EndpointRow;

/**
 * A tenant's webhook endpoints (decision 0110): the address, what it follows, its signing
 * secret (shown when created and when rotated, never listed), and whether it is on. Managed
 * by those who manage API keys, the consultancy and the client's executives; staff do not
 * know of them. Only an administrator may let an endpoint reach private addresses.
 */
@Service
public class WebhookEndpoints {

    public static final String FIELD_URL = "url";
    public static final String FIELD_EVENTS = "events";
    public static final int URL_MAX = 2000;
    /** After a rotation the old secret signs beside the new one this long, so the receiver can switch over without a gap. */
    static final Duration OLD_SECRET_SIGNS_FOR = Duration.ofHours(24);

    private final TenantScope tenantScope;
    private final WebhookStore store;
    private final WebhookOutbox outbox;
    private final PersonNames personNames;
    private final ActivityLog activity;
    private final Clock clock;

    WebhookEndpoints(TenantScope tenantScope, WebhookStore store, WebhookOutbox outbox, PersonNames personNames, ActivityLog activity,
            Clock clock) {
        this.tenantScope = tenantScope;
        this.store = store;
        this.outbox = outbox;
        this.personNames = personNames;
        this.activity = activity;
        this.clock = clock;
    }

    /** The same people as API keys: the consultancy and the client's executives. */
    public static boolean managesWebhooks(TenantRole role) {
        return role.managesPeople();
    }

    /** The tenant's endpoints, newest first. */
    public List<WebhookEndpoint> list(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            requireManager(session);
            List<EndpointRow> rows = store.endpoints(tenant.value());
            return views(tenant, rows);
        });
    }

    /**
     * Creates an endpoint that is on at once. The answer holds its signing secret, which the
     * page shows now; it is not listed again (rotate it to get a new one).
     */
    public EndpointSecret create(TenantId tenant, @Nullable String url, @Nullable Set<WebhookEvent> events, boolean allowPrivateAddresses) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            requireAdminFor(session, allowPrivateAddresses);
            String checked = check(url, events, allowPrivateAddresses);
            String secret = Signatures.newSecret();
            long id = store.insertEndpoint(tenant.value(), checked, names(events), secret, allowPrivateAddresses,
                    session.actor().personId(), Instant.now(clock));
            activity.record(session, "webhooks.activity.created", checked);
            return new EndpointSecret(view(tenant, find(session, id)), secret);
        });
    }

    /**
     * Changes where an endpoint is and what it follows. A new address drops an administrator's
     * allowance of private addresses unless an administrator makes the change: the allowance was
     * given for the address it was given with.
     */
    public WebhookEndpoint change(TenantId tenant, long endpointId, @Nullable String url, @Nullable Set<WebhookEvent> events,
            boolean allowPrivateAddresses) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            EndpointRow endpoint = find(session, endpointId);
            boolean admin = session.actor().isAdmin();
            boolean sameAddress = url != null && url.strip().equals(endpoint.url());
            boolean allow = admin ? allowPrivateAddresses : endpoint.allowPrivate() && sameAddress;
            if (!admin && allowPrivateAddresses && !allow) {
                requireAdminFor(session, true);
            }
            String checked = check(url, events, allow);
            store.changeEndpoint(tenant.value(), endpointId, checked, names(events), allow);
            activity.record(session, "webhooks.activity.changed", checked);
            return view(tenant, find(session, endpointId));
        });
    }

    /** A new signing secret, shown once; the old one keeps signing beside it for a day. */
    public EndpointSecret rotateSecret(TenantId tenant, long endpointId) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            EndpointRow endpoint = find(session, endpointId);
            String secret = Signatures.newSecret();
            store.rotateSecret(tenant.value(), endpointId, secret, endpoint.secret(), Instant.now(clock).plus(OLD_SECRET_SIGNS_FOR));
            activity.record(session, "webhooks.activity.rotated", endpoint.url());
            return new EndpointSecret(view(tenant, find(session, endpointId)), secret);
        });
    }

    /** Turns the endpoint off: nothing is sent to it, and it is sent nothing new until it is turned on. */
    public WebhookEndpoint disable(TenantId tenant, long endpointId) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            EndpointRow endpoint = store.endpointForUpdate(tenant.value(), endpointId).orElseThrow(TenantNotFoundException::new);
            if (endpoint.enabled()) {
                store.disable(tenant.value(), endpointId, DisabledReason.BY_HAND.name(), session.actor().personId(), Instant.now(clock));
                store.holdUndelivered(tenant.value(), endpointId);
                activity.record(session, "webhooks.activity.disabled", endpoint.url());
            }
            return view(tenant, find(session, endpointId));
        });
    }

    /**
     * Turns the endpoint on again and sends what waited for it: messages held while it was off,
     * and those that gave up when the portal turned it off. Each starts a new day of attempts.
     */
    public WebhookEndpoint enable(TenantId tenant, long endpointId) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            EndpointRow endpoint = store.endpointForUpdate(tenant.value(), endpointId).orElseThrow(TenantNotFoundException::new);
            Instant disabledAt = endpoint.disabledAt();
            if (disabledAt != null) {
                store.enable(tenant.value(), endpointId);
                Instant now = Instant.now(clock);
                for (long delivery : store.waitingFor(tenant.value(), endpointId, disabledAt)) {
                    outbox.startSeries(tenant, delivery, now);
                }
                activity.record(session, "webhooks.activity.enabled", endpoint.url());
            }
            return view(tenant, find(session, endpointId));
        });
    }

    /** Deletes the endpoint and its delivery log; its planned attempts find nothing and do nothing. */
    public void delete(TenantId tenant, long endpointId) {
        tenantScope.write(tenant, session -> {
            requireManager(session);
            EndpointRow endpoint = find(session, endpointId);
            store.deleteEndpoint(tenant.value(), endpointId);
            activity.record(session, "webhooks.activity.deleted", endpoint.url());
            return null;
        });
    }

    static void requireManager(TenantSession session) {
        if (!managesWebhooks(session.role())) {
            throw new NotAllowedException("webhooks.refusal.not-allowed");
        }
    }

    private static void requireAdminFor(TenantSession session, boolean allowPrivateAddresses) {
        if (allowPrivateAddresses && !session.actor().isAdmin()) {
            throw new NotAllowedException("webhooks.refusal.private-admin-only");
        }
    }

    private EndpointRow find(TenantSession session, long endpointId) {
        return store.endpoint(session.tenant().value(), endpointId).orElseThrow(TenantNotFoundException::new);
    }

    /**
     * The address as it is kept, once it is one the portal may call: http or https, a host that
     * exists, no credentials in it, and, unless allowed, no address of the portal's own networks.
     */
    static String check(@Nullable String url, @Nullable Set<WebhookEvent> events, boolean allowPrivateAddresses) {
        String trimmed = url == null ? "" : url.strip();
        InvalidInputException.Collector problems = new InvalidInputException.Collector()
                .check(events != null && !events.isEmpty() && events.stream().noneMatch(Objects::isNull), FIELD_EVENTS, "webhooks.refusal.events-required")
                .check(!trimmed.isEmpty(), FIELD_URL, "webhooks.refusal.url-required")
                .check(trimmed.length() <= URL_MAX, FIELD_URL, "webhooks.refusal.url-too-long", URL_MAX);
        if (trimmed.isEmpty() || trimmed.length() > URL_MAX) {
            problems.throwIfAny();
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of(FIELD_URL, "webhooks.refusal.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        problems.check(scheme.equals("https") || scheme.equals("http"), FIELD_URL, "webhooks.refusal.url-scheme")
                .check(host != null && !host.isBlank(), FIELD_URL, "webhooks.refusal.url-invalid")
                .check(uri.getRawUserInfo() == null, FIELD_URL, "webhooks.refusal.url-credentials")
                .check(uri.getRawFragment() == null, FIELD_URL, "webhooks.refusal.url-invalid")
                .throwIfAny();
        List<InetAddress> addresses;
        try {
            addresses = AddressPolicy.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            throw InvalidInputException.of(FIELD_URL, "webhooks.refusal.url-unknown-host", host);
        }
        Optional<InetAddress> refused = addresses.stream().filter(AddressPolicy::isRefused).findFirst();
        if (refused.isPresent() && !allowPrivateAddresses) {
            throw InvalidInputException.of(FIELD_URL, "webhooks.refusal.url-private", host, refused.get().getHostAddress());
        }
        return trimmed;
    }

    private static List<String> names(@Nullable Set<WebhookEvent> events) {
        return EnumSet.copyOf(Objects.requireNonNull(events)).stream().map(Enum::name).toList();
    }

    private WebhookEndpoint view(TenantId tenant, EndpointRow row) {
        return views(tenant, List.of(row)).getFirst();
    }

    private List<WebhookEndpoint> views(TenantId tenant, List<EndpointRow> rows) {
        Map<Long, String> names = personNames.displayNames(tenant, rows.stream()
                .flatMap(r -> Stream.of(r.createdBy(), r.disabledBy())).filter(Objects::nonNull).distinct().toList());
        return rows.stream().map(r -> {
            Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
            r.events().forEach(e -> events.add(WebhookEvent.valueOf(e)));
            Long disabledBy = r.disabledBy();
            return new WebhookEndpoint(r.id(), r.url(), events, r.allowPrivate(), names.getOrDefault(r.createdBy(), "—"), r.createdAt(),
                    r.disabledAt(), r.disabledReason() == null ? null : DisabledReason.valueOf(r.disabledReason()),
                    disabledBy == null ? null : names.getOrDefault(disabledBy, "—"));
        }).toList();
    }
}
