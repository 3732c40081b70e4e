package studio.smartwork.portal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsCalculator;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Chapter 3 of the demo: Carla records half a year of results for Acme's voice agent —
 * about a thousand calls a month, 92–96 % of them handled — and its KPIs creeping from
 * baseline to just past target, so the savings dashboard has a story to tell. Without a live
 * solution (no design records yet) it leaves everything as it is.
 */
@Component
class OutcomeDemo implements DemoChapter {

    private static final String CONSULTANT = "carla@smartwork.studio";
    private static final int[] CALLS = {962, 1018, 987, 1043, 1011, 1076};
    private static final int[] HANDLED_PER_MILLE = {921, 934, 941, 948, 953, 958};
    private static final double[] PROGRESS = {0.62, 0.78, 0.9, 0.97, 1.02, 1.05};

    private final OutcomeService outcomes;
    private final TenantService tenants;
    private final Clock clock;

    OutcomeDemo(OutcomeService outcomes, TenantService tenants, Clock clock) {
        this.outcomes = outcomes;
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
        LocalDate today = SavingsCalculator.today(clock, tenants.find(acme).orElseThrow().settings().timeZone());
        seeding.as(CONSULTANT, () -> voiceAgent(outcomes.liveSolutions(acme)).ifPresent(agent -> {
            List<YearMonth> months = lastSixMonths(agent, today);
            int offset = CALLS.length - months.size();
            for (int i = 0; i < months.size(); i++) {
                int calls = CALLS[offset + i];
                int handled = calls * HANDLED_PER_MILLE[offset + i] / 1000;
                outcomes.recordRunTotal(acme, agent.recordId(), months.get(i), calls, handled, calls - handled);
            }
            for (KpiDefinition kpi : agent.kpis()) {
                recordKpi(acme, kpi, months, today);
            }
        }));
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
