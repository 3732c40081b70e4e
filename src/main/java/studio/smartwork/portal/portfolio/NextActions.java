package studio.smartwork.portal.portfolio;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.portfolio.NextAction.Kind;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The rules of a consultant's next actions (see docs/product.md, "Next actions"): which of a
 * client's records, alerts, action items and campaigns need the consultant, and in what order.
 * The facts come from the features that own them; "today" is the portal's clock in the
 * client's time zone.
 */
@Service
public class NextActions {

    /** A campaign ending this week is low below this completion: 60 %, as the portfolio and the campaign page count it. */
    public static final BigDecimal LOW_COMPLETION = new BigDecimal("0.60");

    /** Most urgent kind first; then what waits longest or is due first; then by client and subject. */
    public static final Comparator<NextAction> BY_URGENCY = Comparator.comparing(NextAction::kind)
            .thenComparing(NextAction::date)
            .thenComparing(action -> action.client().name())
            .thenComparing(NextAction::subject);

    private final Clock clock;
    private final int approvalWaitingDays;

    NextActions(Clock clock, @Value("${portal.portfolio.approval-waiting-days:5}") int approvalWaitingDays) {
        this.clock = clock;
        this.approvalWaitingDays = approvalWaitingDays;
    }

    /** Days a record may wait in review for the client's decision before the consultant is reminded of it (more than these). */
    public int approvalWaitingDays() {
        return approvalWaitingDays;
    }

    public LocalDate today(TenantSummary client) {
        return LocalDate.now(clock.withZone(client.settings().timeZone()));
    }

    /** An open campaign whose last day falls in the client's current week, Monday to Sunday. */
    public boolean endsThisWeek(TenantSummary client, Campaign campaign) {
        LocalDate monday = today(client).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return campaign.open() && !campaign.endsOn().isBefore(monday) && !campaign.endsOn().isAfter(monday.plusDays(6));
    }

    /**
     * A client's next actions, in order of urgency.
     *
     * @param completions the completion of each campaign {@link #endsThisWeek ending this week}, null where no working day has passed
     */
    public List<NextAction> of(TenantSummary client, List<DesignRecordSummary> records, List<KpiAlert> alerts, List<ActionItem> items,
            Map<Campaign, @Nullable BigDecimal> completions) {
        LocalDate today = today(client);
        List<NextAction> actions = new ArrayList<>();
        for (DesignRecordSummary record : records) {
            LocalDate since = LocalDate.ofInstant(record.updatedAt(), client.settings().timeZone());
            long waiting = ChronoUnit.DAYS.between(since, today);
            if (record.status() == DesignStatus.CHANGES_REQUESTED) {
                actions.add(new NextAction(client, Kind.CHANGES_REQUESTED, record.number(), record.reference(), record.title(), since, waiting, null));
            } else if (record.status() == DesignStatus.IN_REVIEW && waiting > approvalWaitingDays) {
                actions.add(new NextAction(client, Kind.APPROVAL_WAITING, record.number(), record.reference(), record.title(), since, waiting, null));
            }
        }
        completions.forEach((campaign, completion) -> {
            if (endsThisWeek(client, campaign) && completion != null && completion.compareTo(LOW_COMPLETION) < 0) {
                actions.add(new NextAction(client, Kind.CAMPAIGN_ENDING, campaign.id(), "", campaign.name(), campaign.endsOn(),
                        ChronoUnit.DAYS.between(today, campaign.endsOn()), completion));
            }
        });
        for (KpiAlert alert : alerts) {
            actions.add(new NextAction(client, Kind.KPI_ALERT, alert.recordId(), alert.solutionReference(), alert.kpiName(), alert.since(),
                    ChronoUnit.DAYS.between(alert.since(), today), null));
        }
        for (ActionItem item : items) {
            // The board's own rule: open and due before today in the client's time zone.
            if (item.overdue() && item.dueOn() != null) {
                actions.add(new NextAction(client, Kind.OVERDUE_ITEM, item.id(), "", item.title(), item.dueOn(),
                        ChronoUnit.DAYS.between(item.dueOn(), today), null));
            }
        }
        return actions.stream().sorted(BY_URGENCY).toList();
    }
}
