package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.LiveSolutionSource;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.outcome.internal.MeasurementEntity;
import studio.smartwork.portal.outcome.internal.MeasurementRepository;
import studio.smartwork.portal.outcome.internal.RunEventStore;
import studio.smartwork.portal.outcome.internal.RunTotalEntity;
import studio.smartwork.portal.outcome.internal.RunTotalRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Outcome measurement of a tenant's live solutions: recording measurements and run totals,
 * and the savings dashboard. Everyone in the tenant may read the results; consultants and
 * administrators record them. The numbers come from {@link SavingsCalculator}; a month whose
 * runs the automation reported ({@link RunEvents}) counts those instead of its run total.
 */
@Service
public class OutcomeService {

    private static final BigDecimal MAX_VALUE = new BigDecimal("100000000000000");

    private final TenantScope tenantScope;
    private final LiveSolutionSource solutionSource;
    private final MeasurementRepository measurements;
    private final RunTotalRepository runTotals;
    private final RunEventStore runEvents;
    private final TenantService tenants;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final KpiAlerts kpiAlerts;
    private final Clock clock;

    OutcomeService(TenantScope tenantScope, LiveSolutionSource solutionSource,
            MeasurementRepository measurements, RunTotalRepository runTotals, RunEventStore runEvents, TenantService tenants,
            ActivityLog activity, ApplicationEventPublisher events, KpiAlerts kpiAlerts, Clock clock) {
        this.kpiAlerts = kpiAlerts;
        this.events = events;
        this.runEvents = runEvents;
        this.tenantScope = tenantScope;
        this.solutionSource = solutionSource;
        this.measurements = measurements;
        this.runTotals = runTotals;
        this.tenants = tenants;
        this.activity = activity;
        this.clock = clock;
    }

    /** Consultants and administrators record outcomes; the client side reads them. */
    public static boolean mayRecord(TenantRole role) {
        return role.isConsultancy();
    }

    /** The tenant's live and retired solutions, oldest live first. */
    public List<LiveSolution> liveSolutions(TenantId tenant) {
        return tenantScope.read(tenant, this::solutionsIn);
    }

    /** The savings dashboard: the last three complete months, ROI, payback, months and KPIs. */
    public SavingsDashboard dashboard(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            LocalDate today = today(session);
            List<LiveSolution> live = solutionsIn(session);
            List<Long> recordIds = live.stream().map(LiveSolution::recordId).toList();
            List<Long> kpiIds = live.stream().flatMap(s -> s.kpis().stream()).map(KpiDefinition::id).toList();
            List<RunTotal> runs = recordIds.isEmpty() ? List.of()
                    : runTotals.findByTenantIdAndRecordIdInOrderByMonthAsc(tenant.value(), recordIds).stream()
                            .map(RunTotalEntity::toRunTotal).toList();
            List<Measurement> values = kpiIds.isEmpty() ? List.of()
                    : measurements.findByTenantIdAndKpiIdInOrderByPeriodStartAsc(tenant.value(), kpiIds).stream()
                            .map(MeasurementEntity::toMeasurement).toList();
            List<RunEventMonth> eventMonths = runEvents.months(tenant.value(), recordIds, tenantOf(session).settings().timeZone());
            List<SolutionOutcome> outcomes = live.stream().map(solution -> SavingsCalculator.outcome(solution,
                    runs.stream().filter(r -> r.recordId() == solution.recordId()).toList(),
                    eventMonths.stream().filter(e -> e.recordId() == solution.recordId()).toList(),
                    values.stream().filter(m -> solution.kpis().stream().anyMatch(k -> k.id() == m.kpiId())).toList(),
                    today)).toList();
            return withStoredAlerts(SavingsCalculator.dashboard(outcomes, today), kpiAlerts.open(tenant));
        });
    }

    /**
     * The dashboard with the open alerts as stored (decision 0121) in place of the ones worked
     * out for this view: the same rule keeps them in step, and the stored ones are what people
     * acknowledge. Listed in the calculator's order: solution, KPI, kind.
     */
    private static SavingsDashboard withStoredAlerts(SavingsDashboard computed, List<StoredKpiAlert> open) {
        List<KpiAlert> all = new ArrayList<>();
        List<SolutionOutcome> solutions = computed.solutions().stream().map(outcome -> {
            List<KpiStatus> kpis = outcome.kpis().stream().map(status -> {
                List<KpiAlert> ofKpi = open.stream().filter(a -> a.kpiId() == status.kpi().id())
                        .sorted(Comparator.comparing(StoredKpiAlert::kind)).map(StoredKpiAlert::asAlert).toList();
                all.addAll(ofKpi);
                return new KpiStatus(status.kpi(), status.latest(), status.attainment(), ofKpi);
            }).toList();
            return new SolutionOutcome(outcome.solution(), outcome.months(), outcome.hoursLastThreeMonths(),
                    outcome.moneyLastThreeMonths(), outcome.roiToDate(), outcome.paybackMonth(), kpis, outcome.runEventMonths());
        }).toList();
        return new SavingsDashboard(computed.lastCompleteMonth(), computed.lastThreeMonths(), computed.hoursLastThreeMonths(),
                computed.moneyLastThreeMonths(), computed.roiToDate(), computed.paybackMonth(), computed.months(), solutions,
                List.copyOf(all));
    }

    /** The open monitoring alerts of the tenant's live solutions, for boards and the portfolio. */
    public List<KpiAlert> alerts(TenantId tenant) {
        return dashboard(tenant).alerts();
    }

    /** The measurements of a solution's KPIs, oldest period first. */
    public List<Measurement> measurements(TenantId tenant, long recordId) {
        return tenantScope.read(tenant, session -> {
            LiveSolution solution = solution(session, recordId);
            List<Long> kpiIds = solution.kpis().stream().map(KpiDefinition::id).toList();
            return kpiIds.isEmpty() ? List.<Measurement>of()
                    : measurements.findByTenantIdAndKpiIdInOrderByPeriodStartAsc(tenant.value(), kpiIds).stream()
                            .map(MeasurementEntity::toMeasurement).toList();
        });
    }

    /**
     * The recording page's solutions, measurements and run totals in three reads, whatever the
     * number of solutions, KPIs and months: what {@link #liveSolutions}, {@link #measurements}
     * and {@link #runTotals} give one solution at a time.
     */
    public RecordingPage recordingPage(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<LiveSolution> live = solutionsIn(session);
            List<Long> recordIds = live.stream().map(LiveSolution::recordId).toList();
            List<Long> kpiIds = live.stream().flatMap(s -> s.kpis().stream()).map(KpiDefinition::id).toList();
            Map<Long, List<Measurement>> byKpi = kpiIds.isEmpty() ? Map.of()
                    : measurements.findByTenantIdAndKpiIdInOrderByPeriodStartAsc(tenant.value(), kpiIds).stream()
                            .map(MeasurementEntity::toMeasurement)
                            .collect(Collectors.groupingBy(Measurement::kpiId, LinkedHashMap::new, Collectors.toList()));
            Map<Long, List<RunTotal>> bySolution = recordIds.isEmpty() ? Map.of()
                    : runTotals.findByTenantIdAndRecordIdInOrderByMonthAsc(tenant.value(), recordIds).stream()
                            .map(RunTotalEntity::toRunTotal)
                            .collect(Collectors.groupingBy(RunTotal::recordId, LinkedHashMap::new, Collectors.toList()));
            return new RecordingPage(live, byKpi, bySolution);
        });
    }

    /** A solution's monthly run totals, oldest first. */
    public List<RunTotal> runTotals(TenantId tenant, long recordId) {
        return tenantScope.read(tenant, session -> {
            solution(session, recordId);
            return runTotals.findByTenantIdAndRecordIdInOrderByMonthAsc(tenant.value(), List.of(recordId)).stream()
                    .map(RunTotalEntity::toRunTotal).toList();
        });
    }

    /**
     * Records a KPI's value for the period that contains {@code day} (its month, or its
     * week for weekly KPIs). A value already there for the period is replaced, and who and
     * when then name this change.
     */
    public Measurement recordMeasurement(TenantId tenant, long kpiId, @Nullable LocalDate day, @Nullable BigDecimal value) {
        return tenantScope.write(tenant, session -> {
            requireMayRecord(session);
            LiveSolution solution = solutionsIn(session).stream()
                    .filter(s -> s.kpis().stream().anyMatch(k -> k.id() == kpiId))
                    .findFirst().orElseThrow(TenantNotFoundException::new);
            KpiDefinition kpi = solution.kpis().stream().filter(k -> k.id() == kpiId).findFirst().orElseThrow();
            boolean weekly = kpi.cadence() == KpiDefinition.KpiCadence.WEEKLY;
            InvalidInputException.Collector problems = new InvalidInputException.Collector()
                    .check(value != null, "value", "outcome.refusal.value-missing")
                    .check(value == null || value.signum() >= 0, "value", "outcome.refusal.value-negative")
                    .check(value == null || value.abs().compareTo(MAX_VALUE) < 0, "value", "outcome.refusal.value-too-large")
                    .check(day != null, "period", weekly ? "outcome.refusal.week-missing" : "outcome.refusal.month-missing");
            LocalDate period = day == null ? null : SavingsCalculator.periodStart(kpi.cadence(), day);
            if (period != null) {
                checkPeriod(problems, "period", solution, period,
                        SavingsCalculator.firstPeriod(kpi.cadence(), solution.liveSince()), today(session));
            }
            problems.throwIfAny();
            MeasurementEntity entity = measurements.findByTenantIdAndKpiIdAndPeriodStart(tenant.value(), kpiId, period)
                    .orElseGet(() -> new MeasurementEntity(tenant.value(), solution.recordId(), kpiId, period));
            boolean replacing = !entity.isNew();
            entity.record(value.setScale(4, RoundingMode.HALF_UP), session.actor().personId(), session.actor().displayName(),
                    Instant.now(clock));
            Measurement saved = measurements.saveAndFlush(entity).toMeasurement();
            Instant now = Instant.now(clock);
            events.publishEvent(new MeasurementRecorded(tenant, solution.reference(), solution.title(), saved, kpi.name(), replacing, now));
            kpiAlerts.keepInStep(session, solution);
            // The feed keeps its values as text, so the period is written now, as the tenant writes it.
            TenantFormat format = tenantOf(session).format();
            if (weekly) {
                activity.record(session, replacing ? "outcome.activity.weekly-measurement-corrected"
                        : "outcome.activity.weekly-measurement-recorded", kpi.name(), solution.reference(), format.date(period));
            } else {
                activity.record(session, replacing ? "outcome.activity.measurement-corrected" : "outcome.activity.measurement-recorded",
                        kpi.name(), solution.reference(), format.month(YearMonth.from(period)));
            }
            return saved;
        });
    }

    /** Records how often a solution ran in a month; totals already there for the month are replaced. */
    public RunTotal recordRunTotal(TenantId tenant, long recordId, @Nullable YearMonth month,
            @Nullable Integer runs, @Nullable Integer succeeded, @Nullable Integer failed) {
        return tenantScope.write(tenant, session -> {
            requireMayRecord(session);
            LiveSolution solution = solution(session, recordId);
            if (solution.savingsMethod() != LiveSolution.SavingsMethod.RUNS) {
                throw InvalidInputException.of("solution", "outcome.refusal.counted-from-kpi", solution.reference());
            }
            InvalidInputException.Collector problems = new InvalidInputException.Collector()
                    .check(month != null, "month", "outcome.refusal.month-missing")
                    .check(runs != null && runs >= 0, "runs", "outcome.refusal.runs-missing")
                    .check(succeeded != null && succeeded >= 0, "succeeded", "outcome.refusal.succeeded-missing")
                    .check(failed != null && failed >= 0, "failed", "outcome.refusal.failed-missing");
            if (runs != null && succeeded != null && failed != null) {
                problems.check((long) succeeded + failed <= runs, "succeeded", "outcome.refusal.more-than-runs");
            }
            if (month != null) {
                checkPeriod(problems, "month", solution, month.atDay(1), solution.liveSince().atDay(1), today(session));
            }
            problems.throwIfAny();
            RunTotalEntity entity = runTotals.findByTenantIdAndRecordIdAndMonth(tenant.value(), recordId, month.atDay(1))
                    .orElseGet(() -> new RunTotalEntity(tenant.value(), recordId, month));
            entity.record(runs, succeeded, failed, session.actor().personId(), session.actor().displayName(), Instant.now(clock));
            RunTotal saved = runTotals.saveAndFlush(entity).toRunTotal();
            activity.record(session, "outcome.activity.runs-recorded", solution.reference(), tenantOf(session).format().month(month));
            return saved;
        });
    }

    private static void checkPeriod(InvalidInputException.Collector problems, String field, LiveSolution solution,
            LocalDate period, LocalDate firstPeriod, LocalDate today) {
        problems.check(!period.isAfter(today), field, "outcome.refusal.period-not-started");
        problems.check(!period.isBefore(firstPeriod), field, "outcome.refusal.before-live",
                solution.reference(), solution.liveSince(), firstPeriod);
        YearMonth retiredIn = solution.retiredIn();
        if (retiredIn != null) {
            problems.check(!period.isAfter(retiredIn.atEndOfMonth()), field, "outcome.refusal.after-retired",
                    solution.reference(), retiredIn);
        }
    }

    private List<LiveSolution> solutionsIn(TenantSession session) {
        return solutionSource.liveSolutions(session.tenant()).stream()
                .sorted(Comparator.comparing(LiveSolution::liveSince).thenComparing(LiveSolution::recordId))
                .toList();
    }

    private LiveSolution solution(TenantSession session, long recordId) {
        return solutionsIn(session).stream().filter(s -> s.recordId() == recordId).findFirst()
                .orElseThrow(TenantNotFoundException::new);
    }

    private static void requireMayRecord(TenantSession session) {
        if (!mayRecord(session.role())) {
            throw new NotAllowedException("outcome.refusal.record-not-allowed");
        }
    }

    private TenantSummary tenantOf(TenantSession session) {
        return tenants.find(session.tenant()).orElseThrow(TenantNotFoundException::new);
    }

    private LocalDate today(TenantSession session) {
        return SavingsCalculator.today(clock, tenantOf(session).settings().timeZone());
    }
}
