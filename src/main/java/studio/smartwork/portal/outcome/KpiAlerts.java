package studio.smartwork.portal.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.design.DesignRecordEvent;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.LiveSolutionSource;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.outcome.StoredKpiAlert.PeriodValue;
import studio.smartwork.portal.outcome.internal.KpiAlertStore;
import studio.smartwork.portal.outcome.internal.MeasurementEntity;
import studio.smartwork.portal.outcome.internal.MeasurementRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * KPI alerts as stored things (docs/product.md, "Stored KPI alerts", decision 0121). What the
 * monitoring rule says is worked out by {@link SavingsCalculator#alerts} and nowhere else; this
 * keeps table {@code kpi_alert} in step with it, in the transaction of whatever changed it:
 * a recorded measurement, a solution going live, and once a day per tenant for what only the
 * calendar changes (a period ending with no value). Raising tells the tenant's consultants and
 * executives once; {@link KpiAlertChanged} is published exactly when an alert is raised or
 * resolved.
 */
@Service
public class KpiAlerts {

    public static final int NOTE_LENGTH = 1000;

    private final TenantScope tenantScope;
    private final LiveSolutionSource solutionSource;
    private final MeasurementRepository measurements;
    private final KpiAlertStore store;
    private final Notifications notifications;
    private final TenantService tenants;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiAlerts(TenantScope tenantScope, LiveSolutionSource solutionSource, MeasurementRepository measurements, KpiAlertStore store,
            Notifications notifications, TenantService tenants, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.tenantScope = tenantScope;
        this.solutionSource = solutionSource;
        this.measurements = measurements;
        this.store = store;
        this.notifications = notifications;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Who may acknowledge an alert: the consultancy's people and the client's executives. */
    public static boolean mayAcknowledge(TenantRole role) {
        return role.isConsultancy() || role == TenantRole.EXECUTIVE;
    }

    /** The tenant's open alerts (acknowledged or not), in the order of its solutions, KPIs and kinds. */
    public List<StoredKpiAlert> open(TenantId tenant) {
        return tenantScope.read(tenant, session -> store.open(tenant.value()));
    }

    /** Every alert of one solution, open, acknowledged and resolved, newest first. */
    public List<StoredKpiAlert> history(TenantId tenant, long recordId) {
        return tenantScope.read(tenant, session -> {
            solution(session, recordId);
            return store.history(tenant.value(), recordId);
        });
    }

    /** A person notes that they have seen an open alert and what is being done about it. */
    public StoredKpiAlert acknowledge(TenantId tenant, long alertId, @Nullable String note) {
        return tenantScope.write(tenant, session -> {
            if (!mayAcknowledge(session.role())) {
                throw new NotAllowedException("outcome.alerts.refusal.acknowledge-not-allowed");
            }
            StoredKpiAlert alert = store.find(tenant.value(), alertId).orElseThrow(TenantNotFoundException::new);
            EnteredText.requireProse("note", note);
            String text = note == null ? "" : note.strip();
            new InvalidInputException.Collector()
                    .check(!text.isEmpty(), "note", "outcome.alerts.refusal.note-missing")
                    .check(text.length() <= NOTE_LENGTH, "note", "outcome.alerts.refusal.note-too-long", NOTE_LENGTH)
                    .check(alert.isOpen(), "note", "outcome.alerts.refusal.resolved", alert.kpiName())
                    .check(!alert.isAcknowledged(), "note", "outcome.alerts.refusal.acknowledged-already", alert.kpiName())
                    .throwIfAny();
            store.acknowledge(tenant.value(), alertId, session.actor().personId(), session.actor().displayName(), text,
                    Instant.now(clock));
            return store.find(tenant.value(), alertId).orElseThrow();
        });
    }

    /**
     * Brings every solution's stored alerts of the tenant in step with the rule as of today in
     * the tenant's time zone: the daily check, for what only the calendar changes.
     */
    public void keepInStep(TenantId tenant) {
        tenantScope.write(tenant, session -> {
            solutionSource.liveSolutions(tenant).forEach(solution -> keepInStep(session, solution));
            return null;
        });
    }

    /** A solution that goes live may raise "no data" at once (its first periods may have ended already). */
    @EventListener
    void on(DesignRecordEvent event) {
        if (event.step() == DesignRecordEvent.Step.LIVE) {
            tenantScope.write(event.tenant(), session -> {
                solutionSource.liveSolutions(event.tenant()).stream().filter(s -> s.recordId() == event.recordId())
                        .forEach(solution -> keepInStep(session, solution));
                return null;
            });
        }
    }

    /**
     * Raises what the rule says and is not stored open, resolves what is stored open and the rule
     * no longer says, inside the caller's transaction. An alert is the same alert while its KPI
     * and kind are; the period the rule names moves on with the months, the stored one does not.
     */
    void keepInStep(TenantSession session, LiveSolution solution) {
        TenantSummary tenant = tenants.find(session.tenant()).orElseThrow(TenantNotFoundException::new);
        LocalDate today = SavingsCalculator.today(clock, tenant.settings().timeZone());
        Map<Long, Map<LocalDate, BigDecimal>> values = valuesByKpi(session, solution);
        Instant now = Instant.now(clock);
        List<StoredKpiAlert> open = store.open(session.tenant().value(), solution.recordId());
        List<KpiAlert> holding = new ArrayList<>();
        for (KpiDefinition kpi : solution.kpis()) {
            Map<LocalDate, BigDecimal> ofKpi = values.getOrDefault(kpi.id(), Map.of());
            for (KpiAlert alert : SavingsCalculator.alerts(solution, kpi, ofKpi, today)) {
                holding.add(alert);
                boolean stored = open.stream().anyMatch(o -> o.kpiId() == alert.kpiId() && o.kind() == alert.kind());
                if (!stored) {
                    Optional<Long> raised = store.raise(session.tenant().value(), alert, kpi, evidence(solution, kpi, ofKpi, alert, today), now);
                    if (raised.isPresent()) {
                        tell(tenant, alert);
                        events.publishEvent(new KpiAlertChanged(session.tenant(), alert, true, now));
                    }
                }
            }
        }
        for (StoredKpiAlert alert : open) {
            boolean stillHolds = holding.stream().anyMatch(h -> h.kpiId() == alert.kpiId() && h.kind() == alert.kind());
            if (!stillHolds && store.resolve(session.tenant().value(), alert.id(), now)) {
                events.publishEvent(new KpiAlertChanged(session.tenant(), alert.asAlert(), false, now));
            }
        }
    }

    /** The path of a solution's alerts page, which the notification links to. */
    public static String alertsPath(String slug, long recordId) {
        return ShellNavigation.solutionAlertsPath(slug, recordId);
    }

    /** The periods the rule looked at for this alert, from the one it names to the last that has ended, with their values. */
    private static List<PeriodValue> evidence(LiveSolution solution, KpiDefinition kpi, Map<LocalDate, BigDecimal> values,
            KpiAlert alert, LocalDate today) {
        return SavingsCalculator.endedPeriods(kpi.cadence(), solution.liveSince(), solution.retiredIn(), today).stream()
                .filter(period -> !period.isBefore(alert.since()))
                .map(period -> new PeriodValue(period, values.get(period))).toList();
    }

    private void tell(TenantSummary tenant, KpiAlert alert) {
        List<Long> people = jdbc.sql("""
                        select person_id from consultant_assignment where tenant_id = :t
                        union select person_id from membership where tenant_id = :t and role = 'EXECUTIVE'""")
                .param("t", tenant.id().value()).query(Long.class).list();
        String key = "outcome.alerts.notification." + alert.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        notifications.tell(tenant.id(), people, NotificationKind.KPI_ALERT_RAISED,
                Message.of(key, alert.solutionReference(), alert.kpiName()), alertsPath(tenant.slug(), alert.recordId()));
    }

    private Map<Long, Map<LocalDate, BigDecimal>> valuesByKpi(TenantSession session, LiveSolution solution) {
        List<Long> kpiIds = solution.kpis().stream().map(KpiDefinition::id).toList();
        if (kpiIds.isEmpty()) {
            return Map.of();
        }
        return measurements.findByTenantIdAndKpiIdInOrderByPeriodStartAsc(session.tenant().value(), kpiIds).stream()
                .map(MeasurementEntity::toMeasurement)
                .collect(Collectors.groupingBy(Measurement::kpiId, Collectors.toMap(Measurement::periodStart, Measurement::value,
                        (a, b) -> b, TreeMap::new)));
    }

    private LiveSolution solution(TenantSession session, long recordId) {
        return solutionSource.liveSolutions(session.tenant()).stream().filter(s -> s.recordId() == recordId).findFirst()
                .orElseThrow(TenantNotFoundException::new);
    }
}
