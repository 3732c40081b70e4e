package studio.smartwork.portal.design;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.internal.DesignCommentEntity;
import studio.smartwork.portal.design.internal.DesignCommentRepository;
import studio.smartwork.portal.design.internal.DesignRecordEntity;
import studio.smartwork.portal.design.internal.DesignRecordRepository;
import studio.smartwork.portal.design.internal.DesignReviewEntity;
import studio.smartwork.portal.design.internal.DesignReviewRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * Design records under review and the conversation about them (docs/product.md, "Review and approval"):
 * consultants submit a record (or withdraw it to change it), only an executive of the
 * tenant approves it or requests changes, always on the exact revision they read, and
 * everyone in the tenant comments.
 */
@Service
public class DesignReviews {

    /** The longest comment, as the comment boxes allow it. */
    public static final int COMMENT_LENGTH = 4000;

    private final TenantScope tenantScope;
    private final DesignRecordAccess access;
    private final DesignRecordRepository records;
    private final DesignReviewRepository reviews;
    private final DesignCommentRepository comments;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DesignReviews(TenantScope tenantScope, DesignRecordAccess access, DesignRecordRepository records,
            DesignReviewRepository reviews, DesignCommentRepository comments, ActivityLog activity, ApplicationEventPublisher events,
            Clock clock) {
        this.tenantScope = tenantScope;
        this.access = access;
        this.records = records;
        this.reviews = reviews;
        this.comments = comments;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    /** Puts the record in review; its current revision must say enough for an executive to decide. */
    public DesignRecordSummary submit(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.SUBMIT);
            access.content(session, record.id(), record.currentRevision()).validateForReview();
            DesignRecordSummary submitted = access.move(session, record, DesignAction.SUBMIT, "design.activity.submitted");
            events.publishEvent(new DesignRecordEvent(tenant, DesignRecordEvent.Step.SUBMITTED, record.id(), record.number(),
                    record.title(), record.currentRevision(), Instant.now(clock)));
            return submitted;
        });
    }

    /** Takes the record back from review, so that it can change again. */
    public DesignRecordSummary withdraw(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.WITHDRAW);
            return access.move(session, record, DesignAction.WITHDRAW, "design.activity.withdrew");
        });
    }

    /** Approves exactly the revision the executive read; a newer revision must be read first. */
    public DesignRecordSummary approve(TenantId tenant, int number, int revision, String comment) {
        return decide(tenant, number, revision, DesignAction.APPROVE, comment);
    }

    public DesignRecordSummary requestChanges(TenantId tenant, int number, int revision, String comment) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "design.refused.say-what-should-change");
        }
        EnteredText.requireProse("comment", comment);
        return decide(tenant, number, revision, DesignAction.REQUEST_CHANGES, comment);
    }

    private DesignRecordSummary decide(TenantId tenant, int number, int revision, DesignAction decision, @Nullable String comment) {
        boolean approve = decision == DesignAction.APPROVE;
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, decision);
            if (revision != record.currentRevision()) {
                throw new NotAllowedException("design.refused.read-new-revision", DesignRecordSummary.reference(number),
                        record.currentRevision(), revision);
            }
            Instant now = Instant.now(clock);
            String text = comment == null ? "" : comment.trim();
            EnteredText.requireProse("comment", text);
            reviews.save(new DesignReviewEntity(tenant.value(), record.id(), revision,
                    approve ? "APPROVED" : "CHANGES_REQUESTED", text, session.actor().personId(), now));
            if (approve) {
                record.approve(revision, now);
            } else {
                record.moveTo(DesignStatus.CHANGES_REQUESTED, now);
            }
            records.saveAndFlush(record);
            if (!text.isEmpty()) {
                String note = access.tenantWords(session,
                        approve ? "design.review.comment.approved" : "design.review.comment.changes-requested", revision, text);
                comments.save(new DesignCommentEntity(tenant.value(), record.id(), null, session.actor().personId(), note, now));
            }
            activity.record(session, approve ? "design.activity.approved" : "design.activity.requested-changes",
                    DesignRecordSummary.reference(number), revision);
            events.publishEvent(new DesignRecordEvent(tenant, approve ? DesignRecordEvent.Step.APPROVED
                    : DesignRecordEvent.Step.CHANGES_REQUESTED, record.id(), record.number(), record.title(), revision, now));
            return access.summary(session, record, List.of(record));
        });
    }

    /** A comment on the record, or a reply to one of its comments; everyone in the tenant may comment. */
    public void comment(TenantId tenant, int number, @Nullable Long parentId, String body) {
        tenantScope.write(tenant, session -> {
            String text = body == null ? "" : body.trim();
            if (text.isEmpty() || text.length() > COMMENT_LENGTH) {
                throw InvalidInputException.of("body", "design.refused.comment", COMMENT_LENGTH);
            }
            EnteredText.requireProse("body", text);
            DesignRecordEntity record = access.find(session, number);
            @Nullable DesignCommentEntity parent = parentId == null ? null
                    : comments.findById(parentId).filter(c -> c.recordId() == record.id()).orElseThrow(TenantNotFoundException::new);
            long authorId = session.actor().personId();
            DesignCommentEntity comment = comments.save(new DesignCommentEntity(tenant.value(), record.id(), parentId, authorId, text,
                    Instant.now(clock)));
            activity.record(session, "design.activity.commented", DesignRecordSummary.reference(number));
            events.publishEvent(new DesignRecordCommented(tenant, record.id(), record.number(), record.title(), comment.id(), authorId,
                    parent == null ? null : parent.authorId()));
            return null;
        });
    }
}
