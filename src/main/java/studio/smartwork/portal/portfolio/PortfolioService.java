package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.design.CandidateSource;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * A consultant's engagements side by side (see docs/product.md, "Portfolio"): where each
 * client is in the method, how far its audit is, what is designed and live, what it saved
 * lately, and what needs attention. Every figure comes from the feature that owns it, each read with the
 * consultant's own access to that tenant.
 */
@Service
public class PortfolioService {

    private final TenantEntrance entrance;
    private final AuditCampaigns campaigns;
    private final CandidateSource candidates;
    private final DesignRecords designs;
    private final OutcomeService outcomes;
    private final ActivityLog activity;
    private final TenantScope tenantScope;

    PortfolioService(TenantEntrance entrance, AuditCampaigns campaigns, CandidateSource candidates, DesignRecords designs,
            OutcomeService outcomes, ActivityLog activity, TenantScope tenantScope) {
        this.tenantScope = tenantScope;
        this.entrance = entrance;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.designs = designs;
        this.outcomes = outcomes;
        this.activity = activity;
    }

    public List<PortfolioRow> rows(Actor consultant) {
        return entrance.tenantsOf(consultant).stream()
                // One read transaction per client: the calls below join it instead of each beginning their own.
                .map(access -> tenantScope.read(access.tenant().id(), session -> row(access)))
                .sorted(Comparator.comparing((PortfolioRow r) -> r.openAlerts() == 0).thenComparing(r -> r.tenant().name()))
                .toList();
    }

    private PortfolioRow row(TenantAccess access) {
        TenantId tenant = access.tenant().id();
        List<Campaign> audits = campaigns.campaigns(tenant);
        BigDecimal completion = currentCampaign(audits).map(c -> completion(campaigns.progress(tenant, c.id()))).orElse(null);
        int candidateCount = candidates.count(tenant);
        List<DesignRecordSummary> records = designs.records(tenant);
        Map<DesignStatus, Long> byStatus = new EnumMap<>(DesignStatus.class);
        records.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        int live = byStatus.getOrDefault(DesignStatus.LIVE, 0L).intValue();
        SavingsDashboard savings = outcomes.dashboard(tenant);
        List<ActivityEntry> last = activity.recent(tenant, 1);
        Phase phase = live > 0 ? Phase.OUTCOMES
                : !records.isEmpty() || candidateCount > 0 ? Phase.DESIGN
                : !audits.isEmpty() ? Phase.AUDIT : Phase.SETUP;
        return new PortfolioRow(access.tenant(), phase, completion, candidateCount, byStatus, live,
                savings.hasSolutions() ? savings.moneyLastThreeMonths() : null, savings.alerts().size(),
                last.isEmpty() ? null : last.getFirst());
    }

    /** The open campaign if there is one, else the most recent. */
    private static Optional<Campaign> currentCampaign(List<Campaign> audits) {
        return audits.stream().filter(Campaign::open).findFirst().or(() -> audits.stream().findFirst());
    }

    /** Days logged of working days so far, over all participants together. */
    static @Nullable BigDecimal completion(List<ParticipantProgress> progress) {
        int expected = progress.stream().mapToInt(ParticipantProgress::workingDaysSoFar).sum();
        if (expected == 0) {
            return null;
        }
        int logged = progress.stream().mapToInt(p -> Math.min(p.daysLogged(), p.workingDaysSoFar())).sum();
        return BigDecimal.valueOf(logged).divide(BigDecimal.valueOf(expected), 4, RoundingMode.HALF_UP);
    }
}
