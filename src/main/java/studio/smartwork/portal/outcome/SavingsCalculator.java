package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.LiveSolution;

/**
 * Every number of outcome measurement, computed here and nowhere else (see docs/product.md,
 * "Outcome measurement" and "Savings dashboard"). Pure arithmetic on {@link BigDecimal}: no database,
 * no clock of its own; callers pass "today" in the tenant's time zone.
 *
 * <p>Hours are kept exact to ten decimals; money is rounded to cents once per solution and
 * month, and every total is the sum of those rounded months, so a monthly report adds up.
 * See docs/decisions/0030 for the rules on months without data and negative savings.
 */
public final class SavingsCalculator {

    private static final int SCALE = 10;
    private static final int RATIO_SCALE = 6;
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal WEEKS_PER_YEAR = BigDecimal.valueOf(52);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private SavingsCalculator() {
    }

    // --- Periods ---------------------------------------------------------------------------

    /** Today in the tenant's time zone. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The most recent calendar month that has ended in the tenant's time zone. */
    public static YearMonth lastCompleteMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1);
    }

    /** "The last 3 months": the three most recent complete calendar months, oldest first. */
    public static List<YearMonth> lastThreeMonths(LocalDate today) {
        YearMonth last = lastCompleteMonth(today);
        return List.of(last.minusMonths(2), last.minusMonths(1), last);
    }

    /** The period a day belongs to: the first of its month, or the Monday of its week. */
    public static LocalDate periodStart(KpiCadence cadence, LocalDate day) {
        return switch (cadence) {
            case MONTHLY -> day.withDayOfMonth(1);
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The first period of a solution: its live month, or the first week that starts in or after it. */
    public static LocalDate firstPeriod(KpiCadence cadence, YearMonth liveSince) {
        return switch (cadence) {
            case MONTHLY -> liveSince.atDay(1);
            case WEEKLY -> liveSince.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The start of the period after this one. */
    public static LocalDate nextPeriod(KpiCadence cadence, LocalDate periodStart) {
        return switch (cadence) {
            case MONTHLY -> periodStart.plusMonths(1);
            case WEEKLY -> periodStart.plusWeeks(1);
        };
    }

    /** The periods of a KPI that have ended by today, from the solution's first period up to its retirement. */
    public static List<LocalDate> endedPeriods(KpiCadence cadence, YearMonth liveSince, @Nullable YearMonth retiredIn, LocalDate today) {
        List<LocalDate> periods = new ArrayList<>();
        LocalDate lastDay = retiredIn == null ? null : retiredIn.atEndOfMonth();
        for (LocalDate start = firstPeriod(cadence, liveSince); !nextPeriod(cadence, start).isAfter(today);
                start = nextPeriod(cadence, start)) {
            if (lastDay != null && start.isAfter(lastDay)) {
                break;
            }
            periods.add(start);
        }
        return periods;
    }

    /** The months a solution counts: from its live month to the last complete month, and not after its retirement. */
    public static List<YearMonth> countedMonths(LiveSolution solution, YearMonth lastComplete) {
        YearMonth end = solution.retiredIn() != null && solution.retiredIn().isBefore(lastComplete) ? solution.retiredIn() : lastComplete;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = solution.liveSince(); !month.isAfter(end); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    // --- Hours and money --------------------------------------------------------------------

    /** Hours recovered from runs: succeeded × baseline minutes per occurrence / 60 − review minutes per run × runs / 60. */
    public static BigDecimal hoursFromRuns(long runs, long succeeded, BigDecimal baselineMinutesPerOccurrence,
            BigDecimal reviewMinutesPerRun) {
        BigDecimal saved = BigDecimal.valueOf(succeeded).multiply(baselineMinutesPerOccurrence);
        BigDecimal review = reviewMinutesPerRun.multiply(BigDecimal.valueOf(runs));
        return saved.subtract(review).divide(SIXTY, SCALE, RoundingMode.HALF_UP);
    }

    /** Hours recovered from an hours KPI: baseline monthly hours − measured monthly hours. */
    public static BigDecimal hoursFromKpi(BigDecimal baselineMonthlyHours, BigDecimal measuredMonthlyHours) {
        return baselineMonthlyHours.subtract(measuredMonthlyHours).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The measured hours of a month from an hours KPI: its monthly value, or for a weekly KPI
     * the mean of the weeks starting in that month × 52 / 12. Null without a measurement.
     */
    public static @Nullable BigDecimal measuredMonthlyHours(KpiCadence cadence, Map<LocalDate, BigDecimal> values, YearMonth month) {
        if (cadence == KpiCadence.MONTHLY) {
            return values.get(month.atDay(1));
        }
        List<BigDecimal> weeks = values.entrySet().stream()
                .filter(e -> YearMonth.from(e.getKey()).equals(month))
                .map(Map.Entry::getValue).toList();
        if (weeks.isEmpty()) {
            return null;
        }
        BigDecimal mean = weeks.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(weeks.size()), SCALE, RoundingMode.HALF_UP);
        return mean.multiply(WEEKS_PER_YEAR).divide(MONTHS_PER_YEAR, SCALE, RoundingMode.HALF_UP);
    }

    /** Money saved = hours recovered × hourly cost, in cents. */
    public static BigDecimal money(BigDecimal hours, BigDecimal hourlyCost) {
        return hours.multiply(hourlyCost).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A solution's months from its live month to the last complete one. A month without
     * data recovers no hours and still costs the running cost.
     *
     * @param runs        run totals by month (used by the runs method)
     * @param hoursValues the hours KPI's values by period start (used by the hours-KPI method)
     */
    public static List<MonthlySaving> months(LiveSolution solution, Map<YearMonth, RunTotal> runs,
            Map<LocalDate, BigDecimal> hoursValues, YearMonth lastComplete) {
        return months(solution, runs, Map.of(), hoursValues, lastComplete);
    }

    /**
     * As above, with the runs the automation reported: a month with run events counts its
     * events, and only a month without any keeps its typed-in run total.
     *
     * @param eventMonths runs by month counted from run events, in the tenant's time zone
     */
    public static List<MonthlySaving> months(LiveSolution solution, Map<YearMonth, RunTotal> runs,
            Map<YearMonth, RunEventMonth> eventMonths, Map<LocalDate, BigDecimal> hoursValues, YearMonth lastComplete) {
        KpiCadence hoursCadence = hoursKpi(solution) == null ? KpiCadence.MONTHLY : hoursKpi(solution).cadence();
        BigDecimal running = solution.runningCostPerMonth().setScale(2, RoundingMode.HALF_UP);
        List<MonthlySaving> result = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (YearMonth month : countedMonths(solution, lastComplete)) {
            BigDecimal hours = null;
            if (solution.savingsMethod() == LiveSolution.SavingsMethod.RUNS) {
                RunEventMonth events = eventMonths.get(month);
                RunTotal total = runs.get(month);
                if (events != null) {
                    hours = hoursFromRuns(events.runs(), events.succeeded(), solution.baselineMinutesPerOccurrence(),
                            solution.reviewMinutesPerRun());
                } else if (total != null) {
                    hours = hoursFromRuns(total.runs(), total.succeeded(), solution.baselineMinutesPerOccurrence(),
                            solution.reviewMinutesPerRun());
                }
            } else {
                BigDecimal measured = measuredMonthlyHours(hoursCadence, hoursValues, month);
                if (measured != null) {
                    hours = hoursFromKpi(solution.baselineMonthlyHours(), measured);
                }
            }
            boolean hasData = hours != null;
            BigDecimal recovered = hasData ? hours : BigDecimal.ZERO.setScale(SCALE);
            BigDecimal money = money(recovered, solution.hourlyCost());
            cumulative = cumulative.add(money).subtract(running);
            result.add(new MonthlySaving(month, recovered, money, running, cumulative, hasData));
        }
        return result;
    }

    /** Several solutions' months added up month by month, with the cumulative net saving of them all. */
    public static List<MonthlySaving> combine(Collection<List<MonthlySaving>> perSolution) {
        Map<YearMonth, List<MonthlySaving>> byMonth = new TreeMap<>();
        perSolution.forEach(months -> months.forEach(m -> byMonth.computeIfAbsent(m.month(), k -> new ArrayList<>()).add(m)));
        List<MonthlySaving> result = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        for (var entry : byMonth.entrySet()) {
            BigDecimal hours = sum(entry.getValue().stream().map(MonthlySaving::hoursRecovered).toList());
            BigDecimal money = sum(entry.getValue().stream().map(MonthlySaving::moneySaved).toList());
            BigDecimal running = sum(entry.getValue().stream().map(MonthlySaving::runningCost).toList());
            cumulative = cumulative.add(money).subtract(running);
            boolean hasData = entry.getValue().stream().anyMatch(MonthlySaving::hasData);
            result.add(new MonthlySaving(entry.getKey(), hours, money, running, cumulative, hasData));
        }
        return result;
    }

    public static BigDecimal hoursIn(List<MonthlySaving> months, Collection<YearMonth> which) {
        return sum(months.stream().filter(m -> which.contains(m.month())).map(MonthlySaving::hoursRecovered).toList());
    }

    public static BigDecimal moneyIn(List<MonthlySaving> months, Collection<YearMonth> which) {
        return sum(months.stream().filter(m -> which.contains(m.month())).map(MonthlySaving::moneySaved).toList()).setScale(2);
    }

    /**
     * ROI to date = (Σ money saved − Σ running cost − build cost) / (build cost + Σ running cost),
     * as a fraction. Null when nothing was spent yet (build cost and running cost both 0).
     */
    public static @Nullable BigDecimal roi(BigDecimal moneySaved, BigDecimal runningCost, BigDecimal buildCost) {
        BigDecimal invested = buildCost.add(runningCost);
        if (invested.signum() == 0) {
            return null;
        }
        return moneySaved.subtract(runningCost).subtract(buildCost).divide(invested, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    public static @Nullable BigDecimal roi(List<MonthlySaving> months, BigDecimal buildCost) {
        return roi(sum(months.stream().map(MonthlySaving::moneySaved).toList()),
                sum(months.stream().map(MonthlySaving::runningCost).toList()), buildCost);
    }

    /** The first month in which the cumulative net saving reached the build cost; null if none has yet. */
    public static @Nullable YearMonth paybackMonth(List<MonthlySaving> months, BigDecimal buildCost) {
        return months.stream().filter(m -> m.cumulativeNetSaving().compareTo(buildCost) >= 0)
                .map(MonthlySaving::month).findFirst().orElse(null);
    }

    // --- KPIs --------------------------------------------------------------------------------

    /**
     * Target attainment: (baseline − actual) / (baseline − target) when lower is better,
     * (actual − baseline) / (target − baseline) when higher is better. Null when baseline
     * and target are equal.
     */
    public static @Nullable BigDecimal attainment(KpiDefinition kpi, BigDecimal actual) {
        BigDecimal span = kpi.direction() == KpiDirection.LOWER_IS_BETTER
                ? kpi.baseline().subtract(kpi.target()) : kpi.target().subtract(kpi.baseline());
        if (span.signum() == 0) {
            return null;
        }
        BigDecimal gained = kpi.direction() == KpiDirection.LOWER_IS_BETTER
                ? kpi.baseline().subtract(actual) : actual.subtract(kpi.baseline());
        return gained.divide(span, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Monitoring on the periods that have ended: the target missed in the last two periods,
     * the value worse in each of the last two periods than in the one before, or no value in
     * the last two periods. Retired solutions raise none.
     */
    public static List<KpiAlert> alerts(LiveSolution solution, KpiDefinition kpi, Map<LocalDate, BigDecimal> values, LocalDate today) {
        if (solution.retiredIn() != null && !solution.retiredIn().isAfter(YearMonth.from(today))) {
            return List.of();
        }
        List<LocalDate> ended = endedPeriods(kpi.cadence(), solution.liveSince(), solution.retiredIn(), today);
        List<KpiAlert> alerts = new ArrayList<>();
        int n = ended.size();
        if (n >= 2) {
            LocalDate previous = ended.get(n - 2);
            BigDecimal a = values.get(previous);
            BigDecimal b = values.get(ended.get(n - 1));
            if (a == null && b == null) {
                alerts.add(alert(solution, kpi, KpiAlert.Kind.NO_DATA, previous));
            }
            if (a != null && b != null && misses(kpi, a) && misses(kpi, b)) {
                alerts.add(alert(solution, kpi, KpiAlert.Kind.MISSED_TARGET, previous));
            }
        }
        if (n >= 3) {
            LocalDate first = ended.get(n - 3);
            BigDecimal a = values.get(first);
            BigDecimal b = values.get(ended.get(n - 2));
            BigDecimal c = values.get(ended.get(n - 1));
            if (a != null && b != null && c != null && worse(kpi, a, b) && worse(kpi, b, c)) {
                alerts.add(alert(solution, kpi, KpiAlert.Kind.GETTING_WORSE, first));
            }
        }
        return alerts;
    }

    private static boolean misses(KpiDefinition kpi, BigDecimal actual) {
        int comparison = actual.compareTo(kpi.target());
        return kpi.direction() == KpiDirection.LOWER_IS_BETTER ? comparison > 0 : comparison < 0;
    }

    private static boolean worse(KpiDefinition kpi, BigDecimal before, BigDecimal after) {
        int comparison = after.compareTo(before);
        return kpi.direction() == KpiDirection.LOWER_IS_BETTER ? comparison > 0 : comparison < 0;
    }

    private static KpiAlert alert(LiveSolution solution, KpiDefinition kpi, KpiAlert.Kind kind, LocalDate since) {
        return new KpiAlert(solution.recordId(), solution.reference(), kpi.id(), kpi.name(), kind, since);
    }

    // --- Putting it together -------------------------------------------------------------------

    /** One solution's outcome from its recorded run totals and measurements. */
    public static SolutionOutcome outcome(LiveSolution solution, Collection<RunTotal> runTotals,
            Collection<Measurement> measurements, LocalDate today) {
        return outcome(solution, runTotals, List.of(), measurements, today);
    }

    /**
     * One solution's outcome from its run totals, its run events counted per month in the
     * tenant's time zone, and its measurements. A month with events counts them instead of
     * its run total; the months with events also give response time and errors.
     */
    public static SolutionOutcome outcome(LiveSolution solution, Collection<RunTotal> runTotals,
            Collection<RunEventMonth> runEventMonths, Collection<Measurement> measurements, LocalDate today) {
        YearMonth lastComplete = lastCompleteMonth(today);
        Map<YearMonth, RunTotal> runs = new HashMap<>();
        runTotals.stream().filter(r -> r.recordId() == solution.recordId()).forEach(r -> runs.put(r.month(), r));
        List<YearMonth> counted = countedMonths(solution, lastComplete);
        Map<YearMonth, RunEventMonth> events = new TreeMap<>();
        runEventMonths.stream().filter(e -> e.recordId() == solution.recordId() && counted.contains(e.month()))
                .forEach(e -> events.put(e.month(), e));
        Map<Long, Map<LocalDate, BigDecimal>> valuesByKpi = new HashMap<>();
        measurements.forEach(m -> valuesByKpi.computeIfAbsent(m.kpiId(), k -> new TreeMap<>()).put(m.periodStart(), m.value()));
        Map<LocalDate, BigDecimal> hoursValues = solution.hoursKpiId() == null
                ? Map.of() : valuesByKpi.getOrDefault(solution.hoursKpiId(), Map.of());

        List<MonthlySaving> months = months(solution, runs, events, hoursValues, lastComplete);
        List<YearMonth> lastThree = lastThreeMonths(today);
        List<KpiStatus> kpis = solution.kpis().stream().map(kpi -> {
            Measurement latest = measurements.stream().filter(m -> m.kpiId() == kpi.id())
                    .max(Comparator.comparing(Measurement::periodStart)).orElse(null);
            return new KpiStatus(kpi, latest, latest == null ? null : attainment(kpi, latest.value()),
                    alerts(solution, kpi, valuesByKpi.getOrDefault(kpi.id(), Map.of()), today));
        }).toList();
        return new SolutionOutcome(solution, months, hoursIn(months, lastThree), moneyIn(months, lastThree),
                roi(months, solution.buildCost()), paybackMonth(months, solution.buildCost()), kpis,
                List.copyOf(events.values()));
    }

    /** A tenant's dashboard over all its solutions: every build cost counts from the start. */
    public static SavingsDashboard dashboard(List<SolutionOutcome> solutions, LocalDate today) {
        List<MonthlySaving> months = combine(solutions.stream().map(SolutionOutcome::months).toList());
        BigDecimal buildCost = sum(solutions.stream().map(s -> s.solution().buildCost()).toList());
        List<YearMonth> lastThree = lastThreeMonths(today);
        List<KpiAlert> alerts = solutions.stream().flatMap(s -> s.kpis().stream()).flatMap(k -> k.alerts().stream()).toList();
        return new SavingsDashboard(lastCompleteMonth(today), lastThree, hoursIn(months, lastThree), moneyIn(months, lastThree),
                solutions.isEmpty() ? null : roi(months, buildCost), paybackMonth(months, buildCost), months, solutions, alerts);
    }

    private static @Nullable KpiDefinition hoursKpi(LiveSolution solution) {
        return solution.kpis().stream().filter(k -> solution.hoursKpiId() != null && k.id() == solution.hoursKpiId())
                .findFirst().orElse(null);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
