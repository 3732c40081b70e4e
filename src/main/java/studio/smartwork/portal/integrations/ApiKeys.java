package studio.smartwork.portal.integrations;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.database.FreshConnectionRetry;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.integrations.internal.ApiKeyEntity;
import studio.smartwork.portal.integrations.internal.ApiKeyRepository;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A tenant's API keys: what automations present to the HTTP API. The consultancy and the
 * client's executives create, list and revoke them; a key is shown once when created and only
 * its hash is kept (decision 0100). {@link #authenticate} turns a presented key into its tenant
 * and scopes, before any tenant is known, and never says anything about another tenant.
 */
@Service
public class ApiKeys {

    public static final String PREFIX = "sw_";
    /** Random characters of the key shown on the page to recognise it ("sw_ab12cd"). */
    static final int SHOWN_CHARACTERS = 6;
    /** 32 random bytes, written as 43 characters of base62: 256 bits no one guesses. */
    static final int RANDOM_BYTES = 32;
    static final int KEY_CHARACTERS = 43;
    static final int NAME_MAX = 100;
    /** A busy automation calls many times a minute; its last use needs to be right to the minute, not to each call. */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    public static final String FIELD_NAME = "name";
    public static final String FIELD_SCOPES = "scopes";

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

    private final TenantScope tenantScope;
    private final ApiKeyRepository keys;
    private final PersonNames personNames;
    private final ActivityLog activity;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FreshConnectionRetry freshConnectionRetry;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(TenantScope tenantScope, ApiKeyRepository keys, PersonNames personNames, ActivityLog activity, DataSource dataSource,
            Clock clock, FreshConnectionRetry freshConnectionRetry) {
        this.tenantScope = tenantScope;
        this.keys = keys;
        this.personNames = personNames;
        this.activity = activity;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.freshConnectionRetry = freshConnectionRetry;
    }

    /** The consultancy and the client's executives manage keys; staff do not know of them. */
    public static boolean managesKeys(TenantRole role) {
        return role.managesPeople();
    }

    /** The tenant's keys, newest first, revoked ones included so their history stays readable. */
    public List<ApiKey> list(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            requireManager(session);
            List<ApiKeyEntity> found = keys.findByTenantIdOrderByCreatedAtDescIdDesc(tenant.value());
            Map<Long, String> names = personNames.displayNames(tenant, found.stream()
                    .flatMap(k -> Stream.of(k.createdBy(), k.revokedBy())).filter(java.util.Objects::nonNull).distinct().toList());
            return found.stream().map(k -> view(k, names)).toList();
        });
    }

    /**
     * Creates a key with a name and what it may do. The answer holds the full key, which is
     * shown to the person now and never again: the portal keeps only its hash.
     */
    public CreatedApiKey create(TenantId tenant, String name, Set<ApiKeyScope> scopes) {
        return save(tenant, name, scopes, newKey());
    }

    /**
     * Keeps a key whose text was made elsewhere, under the same rules as {@link #create}: the
     * published demo key, so that the README's calls work on every fresh demo. The text must be
     * shaped like a key the portal makes, and, like any key, only its hash is kept.
     */
    public CreatedApiKey registerKnownKey(TenantId tenant, String name, Set<ApiKeyScope> scopes, String secret) {
        if (!isShapedLikeAKey(secret)) {
            throw InvalidInputException.of("secret", "integrations.refusal.key-shape");
        }
        return save(tenant, name, scopes, secret);
    }

    private CreatedApiKey save(TenantId tenant, String name, Set<ApiKeyScope> scopes, String secret) {
        String trimmed = name == null ? "" : name.strip();
        new InvalidInputException.Collector()
                .check(!trimmed.isEmpty(), FIELD_NAME, "integrations.refusal.name-required")
                .check(trimmed.length() <= NAME_MAX, FIELD_NAME, "integrations.refusal.name-too-long", NAME_MAX)
                .check(EnteredText.isLine(trimmed), FIELD_NAME, EnteredText.LINE)
                .check(scopes != null && !scopes.isEmpty(), FIELD_SCOPES, "integrations.refusal.scopes-required")
                .throwIfAny();
        Set<ApiKeyScope> chosen = EnumSet.copyOf(scopes);
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            if (!chosen.stream().allMatch(scope -> scope.grantableBy(session.role()))) {
                throw InvalidInputException.of(FIELD_SCOPES, "integrations.refusal.scope-not-yours");
            }
            String prefix = secret.substring(0, PREFIX.length() + SHOWN_CHARACTERS);
            ApiKeyEntity saved = keys.save(new ApiKeyEntity(tenant.value(), trimmed, chosen.stream().map(Enum::name).toList(), prefix,
                    hash(secret), session.actor().personId(), Instant.now(clock)));
            activity.record(session, "integrations.activity.created", trimmed, prefix);
            return new CreatedApiKey(view(saved, Map.of(session.actor().personId(), session.actor().displayName())), secret);
        });
    }

    private static boolean isShapedLikeAKey(@Nullable String rawKey) {
        return rawKey != null && rawKey.length() == PREFIX.length() + KEY_CHARACTERS && rawKey.startsWith(PREFIX)
                && rawKey.substring(PREFIX.length()).chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }

    /** Revokes a key: the next request that presents it is refused. Another tenant's key is not found. */
    public ApiKey revoke(TenantId tenant, long keyId) {
        return tenantScope.write(tenant, session -> {
            requireManager(session);
            ApiKeyEntity key = keys.findByIdAndTenantId(keyId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (key.revokedAt() == null) {
                key.revoke(session.actor().personId(), Instant.now(clock));
                keys.saveAndFlush(key);
                activity.record(session, "integrations.activity.revoked", key.name(), key.prefix());
            }
            Map<Long, String> names = personNames.displayNames(tenant, Stream.of(key.createdBy(), key.revokedBy())
                    .filter(java.util.Objects::nonNull).distinct().toList());
            return view(key, names);
        });
    }

    /**
     * The tenant, key and scopes of a presented key, or nothing for a key that is unknown,
     * revoked or not a key at all. No tenant is known yet, so the lookup goes through the
     * database function {@code api_key_lookup}, which reads the one key with this hash through
     * its unique index. The key itself is neither stored nor logged.
     */
    public Optional<AuthenticatedKey> authenticate(@Nullable String rawKey) {
        if (!isShapedLikeAKey(rawKey)) {
            return Optional.empty();
        }
        record Found(long tenantId, long keyId, List<String> scopes, boolean revoked, long createdBy, String name, String creatorName,
                @Nullable String creatorRole) {
        }
        // Every call begins here: a connection broken by a database restart must not cost the call.
        Optional<Found> found = freshConnectionRetry.once(() -> jdbc.sql("""
                        select tenant_id, key_id, scopes, revoked, created_by, key_name, creator_name, creator_platform_role
                        from api_key_lookup(:hash)""")
                .param("hash", hash(rawKey))
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), strings(rs.getArray(3)), rs.getBoolean(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)))
                .optional());
        return found.filter(f -> !f.revoked()).map(f -> new AuthenticatedKey(new TenantId(f.tenantId()), f.keyId(),
                f.scopes().stream().map(ApiKeyScope::valueOf).collect(() -> EnumSet.noneOf(ApiKeyScope.class), Set::add, Set::addAll),
                new Actor(f.createdBy(), "", f.creatorName() + " · API: " + f.name(),
                        f.creatorRole() == null ? null : PlatformRole.valueOf(f.creatorRole())), f.name()));
    }

    /**
     * Notes that the key was used now, unless that was noted less than a minute ago, so that a
     * busy automation does not turn every call into a write. Work of the portal in the key's own
     * tenant, which came from the key, not from a request.
     */
    public void markUsed(AuthenticatedKey key) {
        Instant now = Instant.now(clock);
        tenantScope.asSystem(key.tenant(), () -> keys.markUsed(key.keyId(), key.tenant().value(), now, now.minus(USE_NOTED_EVERY)));
    }

    private static void requireManager(TenantSession session) {
        if (!managesKeys(session.role())) {
            throw new NotAllowedException("integrations.refusal.not-allowed");
        }
    }

    private String newKey() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        char[] text = new char[KEY_CHARACTERS];
        Arrays.fill(text, BASE62[0]);
        BigInteger rest = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(BASE62.length);
        for (int i = KEY_CHARACTERS - 1; i >= 0 && rest.signum() > 0; i--) {
            BigInteger[] divided = rest.divideAndRemainder(base);
            text[i] = BASE62[divided[1].intValue()];
            rest = divided[0];
        }
        return PREFIX + new String(text);
    }

    /** SHA-256 of the whole key: enough for 256 random bits, where no dictionary or slow hash helps an attacker (decision 0100). */
    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static ApiKey view(ApiKeyEntity key, Map<Long, String> names) {
        Long revokedBy = key.revokedBy();
        return new ApiKey(key.id(), key.name(), key.prefix(),
                key.scopes().stream().map(ApiKeyScope::valueOf).collect(() -> EnumSet.noneOf(ApiKeyScope.class), Set::add, Set::addAll),
                names.getOrDefault(key.createdBy(), "—"), key.createdAt(), key.lastUsedAt(), key.revokedAt(),
                revokedBy == null ? null : names.getOrDefault(revokedBy, "—"));
    }
}
