package studio.smartwork.portal.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.board.internal.ActionItemEntity;
import studio.smartwork.portal.board.internal.ActionItemRepository;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.DesignStatus;
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
import studio.smartwork.portal.shared.Message;
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
 * the record's lifecycle, so the board and the record never disagree. The cards' threads are
 * {@link CardComments}.
 */
@Service
public class BoardService {

    /** The longest title of an action item, in characters. */
    public static final int MAX_TITLE = 200;

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
    private final CardComments comments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardService(TenantScope tenantScope, DesignRecords designs, DesignReviews reviews, SolutionDelivery delivery,
            ConsultantAssignments consultantAssignments, PersonNames personNames, TenantMembers tenantMembers,
            TenantService tenants, ActionItemRepository actionItems, OutcomeService outcomes, ActivityLog activity,
            CardComments comments, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.events = events;
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
        Map<CardKey, Integer> commentCounts = comments.countsByCard(tenant);
        List<BoardCard> cards = new ArrayList<>();
        for (CandidateFacts candidate : designs.openCandidates(tenant)) {
            List<Message> expected = List.of(Message.of("board.card.expected",
                    summary.format().number(candidate.expectedHoursPerMonth(), 1), summary.format().money(candidate.expectedMoneyPerMonth())));
            cards.add(new BoardCard(BoardColumn.CANDIDATES, null, candidate.title(), expected,
                    null, null, candidate.id(), consultant ? List.of(BoardMove.START_DESIGN) : List.of(), List.of(),
                    commentCounts.getOrDefault(CardKey.ofCandidate(candidate.id()), 0)));
        }
        Map<Long, List<Message>> alertsByRecord = outcomes.alerts(tenant).stream().collect(Collectors.groupingBy(
                KpiAlert::recordId, Collectors.mapping(a -> Message.of(alertKey(a.kind()), a.kpiName()), Collectors.toList())));
        for (DesignRecordSummary record : designs.records(tenant)) {
            BoardColumn column = columnOf(record);
            if (column == null) {
                continue;
            }
            List<Message> detail = new ArrayList<>(List.of(Message.of(statusKey(record.status())),
                    Message.of("board.card.revision", record.currentRevision())));
            if (record.improvesNumber() != null) {
                detail.add(Message.of("board.card.improves", "SDR-" + record.improvesNumber()));
            }
            cards.add(new BoardCard(column, record.reference(), record.title(), detail, record.number(), record.id(), null,
                    consultant ? movesOf(record) : List.of(), alertsByRecord.getOrDefault(record.id(), List.of()),
                    commentCounts.getOrDefault(CardKey.ofRecord(record.number()), 0)));
        }
        return cards;
    }

    /** The record's status as the card names it. */
    private static String statusKey(DesignStatus status) {
        return switch (status) {
            case DRAFT -> "board.card.status.draft";
            case IN_REVIEW -> "board.card.status.in-review";
            case APPROVED -> "board.card.status.approved";
            case CHANGES_REQUESTED -> "board.card.status.changes-requested";
            case IN_BUILD -> "board.card.status.in-build";
            case LIVE -> "board.card.status.live";
            case RETIRED -> "board.card.status.retired";
        };
    }

    /** What a KPI alert says on its card; the KPI's name is its value. */
    private static String alertKey(KpiAlert.Kind kind) {
        return switch (kind) {
            case MISSED_TARGET -> "board.alert.missed-target";
            case GETTING_WORSE -> "board.alert.getting-worse";
            case NO_DATA -> "board.alert.no-data";
        };
    }

    /** Where a record stands on the board; retired records leave it. */
    static @Nullable BoardColumn columnOf(DesignRecordSummary record) {
        if (record.improvesNumber() != null && record.status() != DesignStatus.LIVE && record.status() != DesignStatus.RETIRED) {
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
            throw new NotAllowedException(BoardMove.NOT_POSSIBLE);
        }
        return switch (move) {
            case START_DESIGN -> designs.create(tenant, card.title(), List.of(card.candidateId())).number();
            case SUBMIT -> reviews.submit(tenant, card.recordNumber()).number();
            case WITHDRAW -> reviews.withdraw(tenant, card.recordNumber()).number();
            case START_BUILD -> delivery.startBuild(tenant, card.recordNumber()).number();
            case START_IMPROVEMENT -> delivery.startImprovement(tenant, card.recordNumber()).number();
            case GO_LIVE -> throw new NotAllowedException("board.move.go-live.on-record-page");
        };
    }

    /** Who action items can be given to: the tenant's client people and its consultants. */
    public List<Assignee> assignees(TenantId tenant) {
        List<Assignee> all = new ArrayList<>();
        tenantMembers.members(tenant).forEach(m -> all.add(new Assignee(m.personId(), m.displayName(), m.role())));
        consultantAssignments.consultantsOf(tenant).forEach(c -> all.add(new Assignee(c.personId(), c.displayName(), TenantRole.CONSULTANT)));
        all.sort(Comparator.comparing(Assignee::name));
        return all;
    }

    /** Who may add action items: the consultancy, and the client's executives, who set their own people tasks too. */
    public static boolean mayAddActionItems(TenantRole role) {
        return role.isConsultancy() || role == TenantRole.EXECUTIVE;
    }

    /**
     * The tenant's action items: overdue ones first, so they are not missed, then the other open
     * ones, then those done; within each, by due date (none last), then as they were added.
     */
    public List<ActionItem> actionItems(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            TenantSummary summary = tenants.find(tenant).orElseThrow(TenantNotFoundException::new);
            LocalDate today = LocalDate.now(clock.withZone(summary.settings().timeZone()));
            List<ActionItemEntity> items = actionItems.findByTenantIdOrderByDueOnAscIdAsc(tenant.value());
            Map<Long, String> names = personNames.displayNames(tenant, items.stream().map(ActionItemEntity::assigneeId).collect(Collectors.toSet()));
            return items.stream()
                    .map(item -> new ActionItem(item.id(), item.title(), item.assigneeId(), names.getOrDefault(item.assigneeId(), "—"),
                            item.dueOn(), item.doneAt(), item.doneAt() == null && item.dueOn() != null && item.dueOn().isBefore(today),
                            mayTick(session, item), mayChange(session, item)))
                    .sorted(Comparator.comparingInt(item -> item.overdue() ? 0 : item.isDone() ? 2 : 1))
                    .toList();
        });
    }

    public void createActionItem(TenantId tenant, String title, @Nullable Long assigneeId, @Nullable LocalDate dueOn) {
        tenantScope.read(tenant, session -> {
            requireMayAdd(session);
            return null;
        });
        String text = checked(tenant, title, assigneeId, dueOn);
        tenantScope.write(tenant, session -> {
            requireMayAdd(session);
            actionItems.save(new ActionItemEntity(tenant.value(), text, assigneeId, dueOn, session.actor().personId(), Instant.now(clock)));
            activity.record(session, "board.activity.action-item-added", text);
            if (assigneeId != null) {
                events.publishEvent(new ActionItemAssigned(tenant, text, assigneeId, session.actor().personId()));
            }
            return null;
        });
    }

    /**
     * Changes an action item's title, assignee and due date; giving it to someone else is
     * reassigning it. Whoever added it may, and consultants may.
     */
    public void editActionItem(TenantId tenant, long itemId, String title, @Nullable Long assigneeId, @Nullable LocalDate dueOn) {
        tenantScope.read(tenant, session -> requireMayChange(session, find(tenant, itemId)));
        String text = checked(tenant, title, assigneeId, dueOn);
        String assigneeName = assignees(tenant).stream().filter(a -> a.personId() == assigneeId).map(Assignee::name).findFirst()
                .orElseThrow();
        tenantScope.write(tenant, session -> {
            ActionItemEntity item = requireMayChange(session, find(tenant, itemId));
            boolean reassigned = item.assigneeId() != assigneeId;
            boolean edited = !item.title().equals(text) || !Objects.equals(item.dueOn(), dueOn);
            item.change(text, assigneeId, dueOn);
            actionItems.save(item);
            if (edited) {
                activity.record(session, "board.activity.action-item-edited", text);
            }
            if (reassigned) {
                activity.record(session, "board.activity.action-item-reassigned", text, assigneeName);
                events.publishEvent(new ActionItemAssigned(tenant, text, assigneeId, session.actor().personId()));
            }
            return null;
        });
    }

    /** Deletes an action item: whoever added it may, and consultants may. */
    public void deleteActionItem(TenantId tenant, long itemId) {
        tenantScope.write(tenant, session -> {
            ActionItemEntity item = requireMayChange(session, find(tenant, itemId));
            actionItems.delete(item);
            activity.record(session, "board.activity.action-item-deleted", item.title());
            return null;
        });
    }

    /** Ticks an action item done (or open again): its assignee, or a consultant, may. */
    public void tick(TenantId tenant, long itemId, boolean done) {
        tenantScope.write(tenant, session -> {
            ActionItemEntity item = find(tenant, itemId);
            if (!mayTick(session, item)) {
                throw new NotAllowedException("board.action-item.tick.not-allowed");
            }
            item.markDone(done, session.actor().personId(), Instant.now(clock));
            actionItems.save(item);
            activity.record(session, done ? "board.activity.action-item-completed" : "board.activity.action-item-reopened", item.title());
            return null;
        });
    }

    /** The item, in the tenant of the transaction; another tenant's item is not found. */
    private ActionItemEntity find(TenantId tenant, long itemId) {
        return actionItems.findByIdAndTenantId(itemId, tenant.value()).orElseThrow(TenantNotFoundException::new);
    }

    /** The item's title as it will be stored, once title, assignee and due date are all fine. */
    private String checked(TenantId tenant, @Nullable String title, @Nullable Long assigneeId, @Nullable LocalDate dueOn) {
        List<Long> allowed = assignees(tenant).stream().map(Assignee::personId).toList();
        String text = title == null ? "" : title.trim();
        new InvalidInputException.Collector()
                .check(!text.isEmpty() && text.length() <= MAX_TITLE, "title", "board.action-item.title.required", MAX_TITLE)
                .check(EnteredText.isLine(text), "title", EnteredText.LINE)
                .check(assigneeId != null && allowed.contains(assigneeId), "assignee", "board.action-item.assignee.required")
                .check(EnteredDates.isStorable(dueOn), "due", "board.action-item.due.out-of-range", EnteredDates.YEARS)
                .throwIfAny();
        return text;
    }

    private static boolean mayTick(TenantSession session, ActionItemEntity item) {
        return item.assigneeId() == session.actor().personId()
                || session.role().isConsultancy();
    }

    private static boolean mayChange(TenantSession session, ActionItemEntity item) {
        return item.createdBy() == session.actor().personId() || session.role().isConsultancy();
    }

    private static ActionItemEntity requireMayChange(TenantSession session, ActionItemEntity item) {
        if (!mayChange(session, item)) {
            throw new NotAllowedException("board.action-item.change.not-allowed");
        }
        return item;
    }

    private static void requireMayAdd(TenantSession session) {
        if (!mayAddActionItems(session.role())) {
            throw new NotAllowedException("board.action-item.add.not-allowed");
        }
    }
}
