package studio.smartwork.portal.board;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.board.internal.BoardCommentEntity;
import studio.smartwork.portal.board.internal.BoardCommentRepository;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.CandidateSource;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * The threads of the board's cards: everyone who sees the board reads them and writes in them,
 * client people and consultants alike, so the board is a place both sides talk and not only a
 * display of where things stand. Authors may take their own words back; the consultancy, who
 * keeps the board, may take back anyone's.
 */
@Service
public class CardComments {

    /** The longest comment, in characters. */
    public static final int MAX_LENGTH = 2000;

    private final TenantScope tenantScope;
    private final BoardCommentRepository comments;
    private final DesignRecords designs;
    private final CandidateSource candidates;
    private final PersonNames personNames;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CardComments(TenantScope tenantScope, BoardCommentRepository comments, DesignRecords designs, CandidateSource candidates,
            PersonNames personNames, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.tenantScope = tenantScope;
        this.comments = comments;
        this.designs = designs;
        this.candidates = candidates;
        this.personNames = personNames;
        this.activity = activity;
        this.clock = clock;
    }

    /** The card's thread, oldest first so that the newest is last, as a conversation reads. */
    public List<CardComment> thread(TenantId tenant, CardKey card) {
        titleOnBoard(tenant, card).orElseThrow(TenantNotFoundException::new);
        return tenantScope.read(tenant, session -> {
            List<BoardCommentEntity> found = card.recordNumber() != null
                    ? comments.findByTenantIdAndRecordNumberOrderByCreatedAtAscIdAsc(tenant.value(), card.recordNumber())
                    : comments.findByTenantIdAndCandidateIdOrderByCreatedAtAscIdAsc(tenant.value(), card.candidateId());
            Map<Long, String> names = personNames.displayNames(tenant,
                    found.stream().map(BoardCommentEntity::authorId).collect(Collectors.toSet()));
            return found.stream().map(c -> new CardComment(c.id(), names.getOrDefault(c.authorId(), "—"), c.body(), c.createdAt(),
                    mayDelete(session, c))).toList();
        });
    }

    /** Adds the signed-in person's comment to a card on the board; returns its id. */
    public long comment(TenantId tenant, CardKey card, String body) {
        String text = body == null ? "" : body.strip();
        int length = text.codePointCount(0, text.length());
        new InvalidInputException.Collector()
                .check(length >= 1 && length <= MAX_LENGTH, "body", "board.comment.body.length", MAX_LENGTH)
                .check(EnteredText.isProse(text), "body", EnteredText.PROSE)
                .throwIfAny();
        String title = titleOnBoard(tenant, card).orElseThrow(TenantNotFoundException::new);
        return tenantScope.write(tenant, session -> {
            BoardCommentEntity saved = comments.save(new BoardCommentEntity(tenant.value(), card.recordNumber(), card.candidateId(),
                    session.actor().personId(), text, Instant.now(clock)));
            activity.record(session, "board.activity.commented", title);
            events.publishEvent(new CardCommented(tenant, card, title, saved.id(), session.actor().personId()));
            return saved.id();
        });
    }

    /** Deletes a comment: its author may, and consultants may delete any. */
    public void delete(TenantId tenant, long commentId) {
        tenantScope.write(tenant, session -> {
            BoardCommentEntity comment = comments.findByIdAndTenantId(commentId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (!mayDelete(session, comment)) {
                throw new NotAllowedException("board.comment.delete.not-allowed");
            }
            comments.delete(comment);
            activity.record(session, "board.activity.comment-deleted", titleOf(tenant, comment));
            return null;
        });
    }

    /** How many comments each card has; cards without any are left out. */
    Map<CardKey, Integer> countsByCard(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            Map<CardKey, Integer> counts = new HashMap<>();
            for (Object[] row : comments.countByCard(tenant.value())) {
                counts.put(new CardKey((Integer) row[0], (Long) row[1]), ((Number) row[2]).intValue());
            }
            return counts;
        });
    }

    private static boolean mayDelete(TenantSession session, BoardCommentEntity comment) {
        return comment.authorId() == session.actor().personId() || session.role().isConsultancy();
    }

    /**
     * The title of the card while it is on the board: a record that is not retired, or a
     * candidate that has no record yet. Anything else, another tenant's included, is no card.
     */
    private Optional<String> titleOnBoard(TenantId tenant, CardKey card) {
        if (!card.isOneCard()) {
            return Optional.empty();
        }
        if (card.recordNumber() != null) {
            return designs.records(tenant).stream()
                    .filter(r -> r.number() == card.recordNumber() && BoardService.columnOf(r) != null)
                    .map(DesignRecordSummary::title).findFirst();
        }
        return designs.openCandidates(tenant).stream().filter(c -> c.id() == card.candidateId())
                .map(CandidateFacts::title).findFirst();
    }

    /** The title of a comment's card, also once the card has left the board (a record retired, a candidate designed). */
    private String titleOf(TenantId tenant, BoardCommentEntity comment) {
        if (comment.recordNumber() != null) {
            int number = comment.recordNumber();
            return designs.records(tenant).stream().filter(r -> r.number() == number).map(DesignRecordSummary::title).findFirst()
                    .orElseThrow(TenantNotFoundException::new);
        }
        return candidates.candidate(tenant, comment.candidateId()).map(CandidateFacts::title).orElseThrow(TenantNotFoundException::new);
    }
}
