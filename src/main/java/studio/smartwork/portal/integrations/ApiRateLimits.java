package studio.smartwork.portal.integrations;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many calls a key may make: a token bucket per key (bucket4j) that refills at a steady
 * rate and lets a short burst through. Kept in each replica's memory, so the check costs no
 * database round trip on a path that takes thousands of events a second; with several replicas
 * a key's ceiling is that many times the rate (decision 0101). A batch counts as one call, which
 * is why automations with many events send batches.
 */
@Component
class ApiRateLimits {

    private final long perSecond;
    private final long burst;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimits(@Value("${portal.api.rate-limit.requests-per-second:50}") long perSecond,
            @Value("${portal.api.rate-limit.burst:100}") long burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(burst, perSecond);
    }

    ConsumptionProbe take(long keyId) {
        return buckets.computeIfAbsent(keyId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .build()).tryConsumeAndReturnRemaining(1);
    }

    long perSecond() {
        return perSecond;
    }
}
