package studio.smartwork.portal.design;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.internal.DesignLinks;
import studio.smartwork.portal.design.internal.DesignRecordEntity;
import studio.smartwork.portal.design.internal.DesignRecordRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/**
 * An approved design after approval (docs/product.md, "Lifecycle" and "Live solutions"): consultants build it, put
 * it live from a month (its approved KPIs become the solution's KPIs), improve it through a
 * new record, and retire it. Outcome measurement reads the live and retired solutions here.
 */
@Service
public class SolutionDelivery implements LiveSolutionSource {

    private final TenantScope tenantScope;
    private final DesignRecordAccess access;
    private final DesignRecordRepository records;
    private final DesignLinks links;
    private final TenantService tenants;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SolutionDelivery(TenantScope tenantScope, DesignRecordAccess access, DesignRecordRepository records, DesignLinks links,
            TenantService tenants, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.tenantScope = tenantScope;
        this.access = access;
        this.records = records;
        this.links = links;
        this.tenants = tenants;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    public DesignRecordSummary startBuild(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.START_BUILD);
            return access.move(session, record, DesignAction.START_BUILD, "design.activity.started-building");
        });
    }

    /** Puts an approved, built solution live from the given month and fixes its KPIs from the approved revision. */
    public DesignRecordSummary goLive(TenantId tenant, int number, YearMonth liveSince) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.GO_LIVE);
            YearMonth thisMonth = YearMonth.now(clock.withZone(zoneOf(tenant)));
            if (liveSince == null || liveSince.isAfter(thisMonth)) {
                throw InvalidInputException.of("liveSince", "design.refused.live-since");
            }
            Integer approved = record.approvedRevision();
            if (approved == null || approved != record.currentRevision()) {
                throw new NotAllowedException("design.refused.go-live-unapproved");
            }
            DesignContent content = access.content(session, record.id(), approved);
            for (KpiSpec kpi : content.kpis()) {
                links.upsertKpi(tenant.value(), record.id(), kpi.key(), kpi.name(), kpi.unit(), kpi.direction(),
                        kpi.baseline(), kpi.target(), kpi.cadence());
            }
            Instant now = Instant.now(clock);
            record.goLive(liveSince.atDay(1), now);
            records.saveAndFlush(record);
            activity.record(session, "design.activity.live", DesignRecordSummary.reference(number), liveSince);
            events.publishEvent(new DesignRecordEvent(tenant, DesignRecordEvent.Step.LIVE, record.id(), record.number(), record.title(),
                    approved, now));
            return access.summary(session, record, List.of(record));
        });
    }

    public DesignRecordSummary retire(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.RETIRE);
            record.retire(LocalDate.now(clock.withZone(zoneOf(tenant))), Instant.now(clock));
            records.saveAndFlush(record);
            activity.record(session, "design.activity.retired", DesignRecordSummary.reference(number));
            return access.summary(session, record, List.of(record));
        });
    }

    /**
     * Starts a new draft record that improves a live one, with the live record's content to
     * begin from; the live solution keeps running and being measured meanwhile.
     */
    public DesignRecordSummary startImprovement(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity live = access.requireAllowed(session, number, DesignAction.START_IMPROVEMENT);
            DesignContent content = access.content(session, live.id(), live.currentRevision());
            DesignContent copy = content.toBuilder()
                    .title(access.tenantWords(session, "design.prefill.improvement-title", content.title()))
                    .build();
            DesignRecordEntity record = access.start(session, copy, live.id(), links.candidateIds(tenant.value(), live.id()));
            activity.record(session, "design.activity.started-improvement", DesignRecordSummary.reference(record.number()),
                    DesignRecordSummary.reference(number));
            return access.summary(session, record, List.of(record, live));
        });
    }

    @Override
    public List<LiveSolution> liveSolutions(TenantId tenant) {
        // Three queries whatever the number of solutions: the records, their approved contents and their KPIs.
        return tenantScope.read(tenant, session -> {
            List<DesignRecordEntity> live = records
                    .findByTenantIdAndStatusInOrderByNumberAsc(tenant.value(), EnumSet.of(DesignStatus.LIVE, DesignStatus.RETIRED))
                    .stream()
                    .filter(r -> r.liveSince() != null && r.approvedRevision() != null)
                    .toList();
            if (live.isEmpty()) {
                return List.<LiveSolution>of();
            }
            Map<Long, DesignContent> contents = access.approvedContents(session);
            Map<Long, List<DesignLinks.KpiRow>> kpisByRecord = links.kpisByRecord(tenant.value());
            return live.stream()
                .map(r -> {
                    DesignContent content = contents.get(r.id());
                    if (content == null) {
                        throw new TenantNotFoundException();
                    }
                    DesignContent.SavingsMeasurement measurement = content.savingsMeasurement();
                    List<DesignLinks.KpiRow> kpis = kpisByRecord.getOrDefault(r.id(), List.of());
                    Long hoursKpiId = kpis.stream().filter(k -> k.key().equals(measurement.hoursKpiKey()))
                            .map(k -> k.definition().id()).findFirst().orElse(null);
                    return new LiveSolution(r.id(), DesignRecordSummary.reference(r.number()), r.title(),
                            YearMonth.from(r.liveSince()),
                            r.retiredOn() == null ? null : YearMonth.from(r.retiredOn()),
                            content.costsAndSaving().buildCost(), content.costsAndSaving().runningCostPerMonth(),
                            measurement.hourlyCost(), measurement.savingsMethod(), hoursKpiId,
                            measurement.baselineMinutesPerOccurrence(), measurement.reviewMinutesPerRun(),
                            measurement.baselineMonthlyHours(), kpis.stream().map(DesignLinks.KpiRow::definition).toList());
                })
                .toList();
        });
    }

    @Override
    public List<LiveWindow> liveWindows(TenantId tenant) {
        return tenantScope.read(tenant, session -> records
                .findByTenantIdAndStatusInOrderByNumberAsc(tenant.value(), EnumSet.of(DesignStatus.LIVE, DesignStatus.RETIRED))
                .stream()
                .filter(r -> r.liveSince() != null && r.approvedRevision() != null)
                .map(r -> new LiveWindow(r.id(), DesignRecordSummary.reference(r.number()), YearMonth.from(r.liveSince()),
                        r.retiredOn() == null ? null : YearMonth.from(r.retiredOn())))
                .toList());
    }

    /** Months and days of a record's life are the tenant's, not the server's. */
    private ZoneId zoneOf(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.settings().timeZone()).orElseThrow(TenantNotFoundException::new);
    }
}
