package studio.smartwork.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunEvent;
import studio.smartwork.portal.outcome.RunEvents;
import studio.smartwork.portal.outcome.RunOutcome;
import studio.smartwork.portal.outcome.SavingsCalculator;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Chapter 3 of the demo: half a year of results for Acme's voice agent — about a thousand
 * calls a month, 92–96 % of them handled — and its KPIs creeping from baseline to just past
 * target, so the savings dashboard has a story to tell. Carla typed in the run totals of the
 * first months; since then the agent reports every call itself as a run event. Without a live
 * solution (no design records yet) it leaves everything as it is.
 */
@Component
class OutcomeDemo implements DemoChapter {

    private static final String CONSULTANT = "carla@smartwork.studio";
    private static final int[] CALLS = {962, 1018, 987, 1043, 1011, 1076};
    private static final int[] HANDLED_PER_MILLE = {921, 934, 941, 948, 953, 958};
    private static final double[] PROGRESS = {0.62, 0.78, 0.9, 0.97, 1.02, 1.05};

    /** The most recent months come from the agent's own run events, the earlier ones were typed in. */
    private static final int MONTHS_FROM_EVENTS = 3;
    /** The same calls, at the same times, every time the demo is written. */
    private static final long SEED = 20260801L;

    private final OutcomeService outcomes;
    private final RunEvents runEvents;
    private final TenantService tenants;
    private final Clock clock;

    OutcomeDemo(OutcomeService outcomes, RunEvents runEvents, TenantService tenants, Clock clock) {
        this.outcomes = outcomes;
        this.runEvents = runEvents;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void write(DemoSeeding seeding) {
        TenantId acme = seeding.tenant("acme");
        ZoneId zone = tenants.find(acme).orElseThrow().settings().timeZone();
        LocalDate today = SavingsCalculator.today(clock, zone);
        seeding.as(CONSULTANT, () -> voiceAgent(outcomes.liveSolutions(acme)).ifPresent(agent -> {
            List<YearMonth> months = lastSixMonths(agent, today);
            int offset = CALLS.length - months.size();
            for (int i = 0; i < months.size(); i++) {
                int calls = CALLS[offset + i];
                int handled = calls * HANDLED_PER_MILLE[offset + i] / 1000;
                if (i < months.size() - MONTHS_FROM_EVENTS) {
                    outcomes.recordRunTotal(acme, agent.recordId(), months.get(i), calls, handled, calls - handled);
                } else {
                    runEvents.recordBatch(acme, calls(agent, months.get(i), calls, handled, zone));
                }
            }
            for (KpiDefinition kpi : agent.kpis()) {
                recordKpi(acme, kpi, months, today);
            }
        }));
    }

    /**
     * A month of calls as the voice agent reports them: spread over the month's days from 8:00
     * to 20:00 in the tenant's time zone, most answered in one to three minutes; of the calls not
     * handled, a third failed and the rest were passed to a person, who spent a few minutes each.
     */
    private static List<RunEvent> calls(LiveSolution agent, YearMonth month, int calls, int handled, ZoneId zone) {
        Random random = new Random(SEED + month.getYear() * 12L + month.getMonthValue());
        int failed = (calls - handled) / 3;
        List<RunEvent> events = new ArrayList<>(calls);
        for (int n = 0; n < calls; n++) {
            RunOutcome outcome = n < handled ? RunOutcome.SUCCEEDED : n < handled + failed ? RunOutcome.FAILED : RunOutcome.HANDED_TO_HUMAN;
            OffsetDateTime at = month.atDay(1 + random.nextInt(month.lengthOfMonth()))
                    .atTime(8, 0).plusSeconds(random.nextInt(12 * 3600)).atZone(zone).toOffsetDateTime();
            long durationMs = outcome == RunOutcome.FAILED ? 5_000 + random.nextInt(40_000) : 60_000 + random.nextInt(120_000);
            BigDecimal humanMinutes = outcome == RunOutcome.HANDED_TO_HUMAN ? BigDecimal.valueOf(2 + random.nextInt(7)) : null;
            events.add(new RunEvent(agent.recordId(), "call-" + month + "-" + n, at, outcome, durationMs, humanMinutes));
        }
        return events;
    }

    /** The voice agent by its title, or else the first solution whose saving is counted from runs. */
    private static Optional<LiveSolution> voiceAgent(List<LiveSolution> live) {
        List<LiveSolution> byRuns = live.stream()
                .filter(s -> s.savingsMethod() == LiveSolution.SavingsMethod.RUNS && s.retiredIn() == null).toList();
        return byRuns.stream().filter(s -> s.title().toLowerCase(Locale.ROOT).matches(".*(voice|call|phone).*")).findFirst()
                .or(() -> byRuns.stream().findFirst());
    }

    private static List<YearMonth> lastSixMonths(LiveSolution agent, LocalDate today) {
        YearMonth last = SavingsCalculator.lastCompleteMonth(today);
        YearMonth first = last.minusMonths(CALLS.length - 1);
        YearMonth from = agent.liveSince().isAfter(first) ? agent.liveSince() : first;
        return from.isAfter(last) ? List.of()
                : Stream.iterate(from, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
    }

    private void recordKpi(TenantId acme, KpiDefinition kpi, List<YearMonth> months, LocalDate today) {
        if (months.isEmpty()) {
            return;
        }
        int offset = PROGRESS.length - months.size();
        if (kpi.cadence() == KpiDefinition.KpiCadence.MONTHLY) {
            for (int i = 0; i < months.size(); i++) {
                outcomes.recordMeasurement(acme, kpi.id(), months.get(i).atDay(1), towardsTarget(kpi, PROGRESS[offset + i]));
            }
            return;
        }
        // Weekly KPIs: every week that has ended since the first demo month, a little better each week.
        LocalDate first = SavingsCalculator.firstPeriod(kpi.cadence(), months.getFirst());
        int week = 0;
        for (LocalDate monday = first; !monday.plusWeeks(1).isAfter(today); monday = monday.plusWeeks(1), week++) {
            double progress = Math.min(PROGRESS[offset] + week * 0.02, PROGRESS[PROGRESS.length - 1]);
            outcomes.recordMeasurement(acme, kpi.id(), monday, towardsTarget(kpi, progress));
        }
    }

    /** A value this far of the way from the KPI's baseline to its target. */
    private static BigDecimal towardsTarget(KpiDefinition kpi, double progress) {
        BigDecimal span = kpi.target().subtract(kpi.baseline());
        return kpi.baseline().add(span.multiply(BigDecimal.valueOf(progress))).setScale(1, RoundingMode.HALF_UP);
    }
}
