package studio.smartwork.portal.security;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords on the portal's own sign-in. Failed attempts are counted per
 * account (the address typed, whether or not it has an account) and per client address, as
 * token buckets (bucket4j) kept in PostgreSQL, so every replica counts the same attempts.
 * Once either runs out, sign-in is refused without checking the password until the wait is
 * over; tokens come back one by one over the window. Keys are hashed: the table holds no
 * e-mail or network address in clear.
 */
@Component
@Profile("!keycloak")
class SignInThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Supplier<BucketConfiguration> perAccount;
    private final Supplier<BucketConfiguration> perAddress;

    SignInThrottle(DataSource dataSource,
            @Value("${portal.sign-in.throttle.account-attempts:5}") int accountAttempts,
            @Value("${portal.sign-in.throttle.address-attempts:30}") int addressAttempts,
            @Value("${portal.sign-in.throttle.window:PT15M}") Duration window) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .requestTimeout(Duration.ofSeconds(3))
                .build();
        BucketConfiguration account = limit(accountAttempts, window);
        BucketConfiguration address = limit(addressAttempts, window);
        this.perAccount = () -> account;
        this.perAddress = () -> address;
    }

    private static BucketConfiguration limit(int attempts, Duration window) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, window)).build();
    }

    /** How long this account or address must wait before the next attempt, if it must. */
    Optional<Duration> waitBefore(@Nullable String email, String clientAddress) {
        Duration account = blockedFor(account(email));
        Duration address = blockedFor(address(clientAddress));
        Duration longest = account.compareTo(address) >= 0 ? account : address;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed attempt against the account and the address. */
    void failed(@Nullable String email, String clientAddress) {
        account(email).tryConsume(1);
        address(clientAddress).tryConsume(1);
        // Old rows go a few at a time with each failure, so guessing at many addresses cannot fill the table.
        buckets.removeExpired(20);
    }

    private static Duration blockedFor(BucketProxy bucket) {
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private BucketProxy account(@Nullable String email) {
        return buckets.builder().build("account:" + hash(email == null ? "" : email.trim().toLowerCase(Locale.ROOT)), perAccount);
    }

    private BucketProxy address(String clientAddress) {
        return buckets.builder().build("address:" + hash(clientAddress), perAddress);
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
