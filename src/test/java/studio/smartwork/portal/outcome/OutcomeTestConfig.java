package studio.smartwork.portal.outcome;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A fixed "now" for the outcome tests (Wednesday 25 November 2026, 12:00 UTC), so the last
 * three complete months are August to October 2026 whenever the tests run. Contexts with
 * this clock must not write the demo data (its dates follow the real calendar): their test
 * classes set {@code portal.demo-data.enabled=false} and use {@link OutcomeClients}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutcomeTestConfig {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
