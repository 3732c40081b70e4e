package studio.smartwork.portal.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.board.internal.ActionItemEntity;
import studio.smartwork.portal.board.internal.ActionItemRepository;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.shared.EnteredDates;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The shared progress board of a tenant: candidates and design records placed by where
 * they are, and action items for people on either side. Moving a card is a real step of
 * the record's lifecycle, so the board and the record never disagree.
 */
@Service
public class BoardService {

    private final TenantScope tenantScope;
    private final DesignRecords designs;
    private final DesignReviews reviews;
    private final SolutionDelivery delivery;
    private final ConsultantAssignments consultantAssignments;
    private final PersonNames personNames;
    private final TenantMembers tenantMembers;
    private final TenantService tenants;
    private final ActionItemRepository actionItems;
    private final OutcomeService outcomes;
    private final ActivityLog activity;
    private final Clock clock;

    BoardService(TenantScope tenantScope, DesignRecords designs, DesignReviews reviews, SolutionDelivery delivery,
            ConsultantAssignments consultantAssignments, PersonNames personNames, TenantMembers tenantMembers,
            TenantService tenants, ActionItemRepository actionItems, OutcomeService outcomes, ActivityLog activity, Clock clock) {
        this.outcomes = outcomes;
        this.tenantScope = tenantScope;
        this.designs = designs;
        this.reviews = reviews;
        this.delivery = delivery;
        this.consultantAssignments = consultantAssignments;
        this.personNames = personNames;
        this.tenantMembers = tenantMembers;
        this.tenants = tenants;
        this.actionItems = actionItems;
        this.activity = activity;
        this.clock = clock;
    }

    public List<BoardCard> cards(TenantId tenant) {
        TenantSummary summary = tenantScope.read(tenant, session -> tenants.find(tenant)).orElseThrow(TenantNotFoundException::new);
        boolean consultant = tenantScope.read(tenant, TenantSession::role).isConsultancy();
        List<BoardCard> cards = new ArrayList<>();
        for (CandidateFacts candidate : designs.openCandidates(tenant)) {
            cards.add(new BoardCard(BoardColumn.CANDIDATES, "Candidate", candidate.title(),
                    summary.format().number(candidate.expectedHoursPerMonth(), 1) + " h and "
                            + summary.format().money(candidate.expectedMoneyPerMonth()) + " a month expected",
                    null, candidate.id(), consultant ? List.of(BoardMove.START_DESIGN) : List.of(), List.of()));
        }
        Map<Long, List<String>> alertsByRecord = outcomes.alerts(tenant).stream().collect(Collectors.groupingBy(
                KpiAlert::recordId, Collectors.mapping(a -> a.kpiName() + " " + a.kind().description(), Collectors.toList())));
        for (DesignRecordSummary record : designs.records(tenant)) {
            BoardColumn column = columnOf(record);
            if (column == null) {
                continue;
            }
            String detail = record.status().label() + " · revision " + record.currentRevision()
                    + (record.improvesNumber() == null ? "" : " · improves SDR-" + record.improvesNumber());
            cards.add(new BoardCard(column, record.reference(), record.title(), detail, record.number(), null,
                    consultant ? movesOf(record) : List.of(), alertsByRecord.getOrDefault(record.id(), List.of())));
        }
        return cards;
    }

    /** Where a record stands on the board; retired records leave it. */
    static @Nullable BoardColumn columnOf(DesignRecordSummary record) {
        if (record.improvesNumber() != null && record.status() != studio.smartwork.portal.design.DesignStatus.LIVE
                && record.status() != studio.smartwork.portal.design.DesignStatus.RETIRED) {
            return BoardColumn.IMPROVING;
        }
        return switch (record.status()) {
            case DRAFT, CHANGES_REQUESTED -> BoardColumn.DESIGNING;
            case IN_REVIEW -> BoardColumn.IN_REVIEW;
            case APPROVED -> BoardColumn.APPROVED;
            case IN_BUILD -> BoardColumn.BUILDING;
            case LIVE -> BoardColumn.LIVE;
            case RETIRED -> null;
        };
    }

    private static List<BoardMove> movesOf(DesignRecordSummary record) {
        return switch (record.status()) {
            case DRAFT, CHANGES_REQUESTED -> List.of(BoardMove.SUBMIT);
            case IN_REVIEW -> List.of(BoardMove.WITHDRAW);
            case APPROVED -> List.of(BoardMove.START_BUILD);
            case IN_BUILD -> List.of(BoardMove.GO_LIVE);
            case LIVE -> List.of(BoardMove.START_IMPROVEMENT);
            case RETIRED -> List.of();
        };
    }

    /**
     * Makes a move with a card. Going live needs a month and happens on the record's page.
     * Returns the number of the design record the move created or moved.
     */
    public int move(TenantId tenant, BoardCard card, BoardMove move) {
        if (!card.moves().contains(move)) {
            throw new NotAllowedException("That move is not possible from " + card.column().label() + ".");
        }
        return switch (move) {
            case START_DESIGN -> designs.create(tenant, card.title(), List.of(card.candidateId())).number();
            case SUBMIT -> reviews.submit(tenant, card.recordNumber()).number();
            case WITHDRAW -> reviews.withdraw(tenant, card.recordNumber()).number();
            case START_BUILD -> delivery.startBuild(tenant, card.recordNumber()).number();
            case START_IMPROVEMENT -> delivery.startImprovement(tenant, card.recordNumber()).number();
            case GO_LIVE -> throw new NotAllowedException("Choose the month it went live on the record's page.");
        };
    }

    // --- Action items ---------------------------------------------------------------------

    /** Who action items can be given to: the tenant's client people and its consultants. */
    public List<Assignee> assignees(TenantId tenant) {
        List<Assignee> all = new ArrayList<>();
        tenantMembers.members(tenant).forEach(m -> all.add(new Assignee(m.personId(), m.displayName(), m.role().label())));
        consultantAssignments.consultantsOf(tenant).forEach(c -> all.add(new Assignee(c.personId(), c.displayName(), "Consultant")));
        all.sort(Comparator.comparing(Assignee::name));
        return all;
    }

    public List<ActionItem> actionItems(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
            LocalDate today = LocalDate.now(clock.withZone(summary.settings().timeZone()));
            List<ActionItemEntity> items = actionItems.findByTenantIdOrderByDueOnAscIdAsc(tenant.value());
            Map<Long, String> names = personNames.displayNames(tenant, items.stream().map(ActionItemEntity::assigneeId).collect(Collectors.toSet()));
            return items.stream()
                    .map(item -> new ActionItem(item.id(), item.title(), item.assigneeId(), names.getOrDefault(item.assigneeId(), "—"),
                            item.dueOn(), item.doneAt(), item.doneAt() == null && item.dueOn() != null && item.dueOn().isBefore(today),
                            mayTick(session, item)))
                    .sorted(Comparator.comparing(ActionItem::isDone))
                    .toList();
        });
    }

    public void createActionItem(TenantId tenant, String title, @Nullable Long assigneeId, @Nullable LocalDate dueOn) {
        tenantScope.read(tenant, session -> {
            requireConsultant(session);
            return null;
        });
        List<Long> allowed = assignees(tenant).stream().map(Assignee::personId).toList();
        String text = title == null ? "" : title.trim();
        new InvalidInputException.Collector()
                .check(!text.isEmpty() && text.length() <= 200, "title", "Say what has to be done, in up to 200 characters.")
                .check(EnteredText.isLine(text), "title", EnteredText.LINE)
                .check(assigneeId != null && allowed.contains(assigneeId), "assignee", "Choose someone from the client or its consultants.")
                .check(EnteredDates.isStorable(dueOn), "due", "Choose a due date in " + EnteredDates.YEARS + ", or none.")
                .throwIfAny();
        tenantScope.write(tenant, session -> {
            requireConsultant(session);
            actionItems.save(new ActionItemEntity(tenant.value(), text, assigneeId, dueOn, session.actor().personId(), Instant.now(clock)));
            activity.record(session, "added the action item \"" + text + "\"");
            return null;
        });
    }

    /** Ticks an action item done (or open again): its assignee, or a consultant, may. */
    public void tick(TenantId tenant, long itemId, boolean done) {
        tenantScope.write(tenant, session -> {
            ActionItemEntity item = actionItems.findByIdAndTenantId(itemId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (!mayTick(session, item)) {
                throw new NotAllowedException("Only the person it is assigned to, or a consultant, can tick this.");
            }
            item.markDone(done, session.actor().personId(), Instant.now(clock));
            actionItems.save(item);
            activity.record(session, (done ? "completed" : "reopened") + " \"" + item.title() + "\"");
            return null;
        });
    }

    private static boolean mayTick(TenantSession session, ActionItemEntity item) {
        return item.assigneeId() == session.actor().personId()
                || session.role().isConsultancy();
    }

    private static void requireConsultant(TenantSession session) {
        if (!session.role().isConsultancy()) {
            throw new NotAllowedException("Consultants add action items; you can tick the ones given to you.");
        }
    }
}
