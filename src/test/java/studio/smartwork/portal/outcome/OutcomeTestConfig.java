package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.LiveSolutionSource;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * What the outcome tests need from the rest of the portal until design records exist: live
 * solutions that a test sets up itself, and a fixed "now" (Wednesday 25 November 2026,
 * 12:00 UTC) so the last three complete months are August to October 2026.
 */
@TestConfiguration(proxyBeanMethods = false)
public class OutcomeTestConfig {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Takes the place of the design records' live solutions in the contexts of these tests only. */
    @Bean
    @Primary
    TestLiveSolutions testLiveSolutions() {
        return new TestLiveSolutions();
    }

    /** An in-memory {@link LiveSolutionSource}; each test says which solutions a tenant has. */
    public static class TestLiveSolutions implements LiveSolutionSource {

        private static final AtomicLong IDS = new AtomicLong(700_000);
        private final Map<TenantId, List<LiveSolution>> byTenant = new ConcurrentHashMap<>();

        @Override
        public List<LiveSolution> liveSolutions(TenantId tenant) {
            return byTenant.getOrDefault(tenant, List.of());
        }

        public void set(TenantId tenant, LiveSolution... solutions) {
            byTenant.put(tenant, List.of(solutions));
        }

        public static long nextId() {
            return IDS.incrementAndGet();
        }

        /**
         * A voice agent live since August 2026 that counts its saving from runs: 4 minutes
         * saved per answered call, 0.5 minutes of review per call, 38 an hour, build cost
         * 6,000 and 350 a month to run; one KPI "Calls handled without a person" (higher is
         * better, baseline 0, target 90 %, monthly).
         */
        public static LiveSolution voiceAgent() {
            return voiceAgent(YearMonth.of(2026, 8));
        }

        public static LiveSolution voiceAgent(YearMonth liveSince) {
            long recordId = nextId();
            KpiDefinition handled = new KpiDefinition(nextId(), "Calls handled without a person", KpiUnit.PERCENT,
                    KpiDirection.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("90"), KpiCadence.MONTHLY);
            KpiDefinition waiting = new KpiDefinition(nextId(), "Average wait on the phone", KpiUnit.MINUTES,
                    KpiDirection.LOWER_IS_BETTER, new BigDecimal("6"), new BigDecimal("1"), KpiCadence.WEEKLY);
            return new LiveSolution(recordId, "SDR-" + recordId, "Voice agent for delivery calls", liveSince, null,
                    new BigDecimal("6000"), new BigDecimal("350"), new BigDecimal("38"), LiveSolution.SavingsMethod.RUNS, null,
                    new BigDecimal("4"), new BigDecimal("0.5"), BigDecimal.ZERO, List.of(handled, waiting));
        }

        /** Inbox triage live since September 2026, saving measured by an hours KPI (baseline 120 h a month). */
        public static LiveSolution inboxTriage() {
            long recordId = nextId();
            KpiDefinition hours = new KpiDefinition(nextId(), "Hours spent on the inbox", KpiUnit.HOURS,
                    KpiDirection.LOWER_IS_BETTER, new BigDecimal("120"), new BigDecimal("40"), KpiCadence.MONTHLY);
            return new LiveSolution(recordId, "SDR-" + recordId, "Inbox triage", YearMonth.of(2026, 9), null,
                    new BigDecimal("2000"), new BigDecimal("100"), new BigDecimal("34"), LiveSolution.SavingsMethod.HOURS_KPI,
                    hours.id(), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("120"), List.of(hours));
        }
    }
}
