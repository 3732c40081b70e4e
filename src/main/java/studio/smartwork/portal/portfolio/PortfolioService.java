package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.design.CandidateSource;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * A consultant's engagements side by side (see docs/product.md, "Portfolio"): where each
 * client is in the method, how far its audit is, what is designed and live, what it saved
 * lately, what needs attention, and the consultant's next actions there. Every figure comes from the feature that owns it, each read with the
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
    private final BoardService board;
    private final NextActions nextActions;

    PortfolioService(TenantEntrance entrance, AuditCampaigns campaigns, CandidateSource candidates, DesignRecords designs,
            OutcomeService outcomes, ActivityLog activity, TenantScope tenantScope, BoardService board, NextActions nextActions) {
        this.board = board;
        this.nextActions = nextActions;
        this.tenantScope = tenantScope;
        this.entrance = entrance;
        this.campaigns = campaigns;
        this.candidates = candidates;
        this.designs = designs;
        this.outcomes = outcomes;
        this.activity = activity;
    }

    /** The consultant's clients, the ones with alerts first, then by name. */
    public List<PortfolioRow> rows(Actor consultant) {
        return portfolio(consultant).rows();
    }

    /**
     * The consultant's clients and what needs them today, worked out in one pass: each client is
     * read once, in one read transaction that the features' calls join, and the next actions
     * come from the same figures as the rows.
     */
    public Portfolio portfolio(Actor consultant) {
        List<Client> clients = entrance.tenantsOf(consultant).stream()
                .map(access -> tenantScope.read(access.tenant().id(), session -> client(access)))
                .toList();
        return new Portfolio(
                clients.stream().map(Client::row)
                        .sorted(Comparator.comparing((PortfolioRow r) -> r.openAlerts() == 0).thenComparing(r -> r.tenant().name()))
                        .toList(),
                clients.stream().flatMap(c -> c.actions().stream()).sorted(NextActions.BY_URGENCY).toList());
    }

    /**
     * Where a client stands on the method (see {@link Phase#of}), for its overview: for the
     * consultancy and the client's executives, who see all its campaigns and records.
     */
    public Phase phase(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            if (session.role() == TenantRole.STAFF) {
                throw new NotAllowedException("portfolio.method.not-allowed");
            }
            List<DesignRecordSummary> records = designs.records(tenant);
            int live = (int) records.stream().filter(r -> r.status() == DesignStatus.LIVE).count();
            return Phase.of(campaigns.campaigns(tenant).size(), candidates.count(tenant), records.size(), live);
        });
    }

    private record Client(PortfolioRow row, List<NextAction> actions) {
    }

    private Client client(TenantAccess access) {
        TenantId tenant = access.tenant().id();
        List<Campaign> audits = campaigns.campaigns(tenant);
        Optional<Campaign> current = currentCampaign(audits);
        Map<Campaign, @Nullable BigDecimal> completions = new LinkedHashMap<>();
        current.ifPresent(c -> completions.put(c, completion(campaigns.progress(tenant, c.id()))));
        // Another open campaign ending this week is rare; its completion is read only then.
        audits.stream().filter(c -> !completions.containsKey(c) && nextActions.endsThisWeek(access.tenant(), c))
                .forEach(c -> completions.put(c, completion(campaigns.progress(tenant, c.id()))));
        BigDecimal completion = current.map(completions::get).orElse(null);
        int candidateCount = candidates.count(tenant);
        List<DesignRecordSummary> records = designs.records(tenant);
        Map<DesignStatus, Long> byStatus = new EnumMap<>(DesignStatus.class);
        records.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        int live = byStatus.getOrDefault(DesignStatus.LIVE, 0L).intValue();
        SavingsDashboard savings = outcomes.dashboard(tenant);
        List<ActivityEntry> last = activity.recent(tenant, 1);
        Phase phase = Phase.of(audits.size(), candidateCount, records.size(), live);
        PortfolioRow row = new PortfolioRow(access.tenant(), phase, completion, candidateCount, byStatus, live,
                savings.hasSolutions() ? savings.moneyLastThreeMonths() : null, savings.alerts().size(),
                last.isEmpty() ? null : last.getFirst());
        List<ActionItem> items = board.actionItems(tenant);
        return new Client(row, nextActions.of(access.tenant(), records, savings.alerts(), items, completions));
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
