package studio.smartwork.portal.design;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignAction.Side;
import studio.smartwork.portal.design.internal.DesignLinks;
import studio.smartwork.portal.design.internal.DesignRecordEntity;
import studio.smartwork.portal.design.internal.DesignRecordRepository;
import studio.smartwork.portal.design.internal.DesignRevisionEntity;
import studio.smartwork.portal.design.internal.DesignRevisionRepository;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the design services share inside a tenant's unit of work: finding a record by its
 * number, checking that the person may take an action on it now ({@link DesignAction}),
 * moving and starting records, reading and writing a revision's content, and a record as
 * lists show it. Package-private: the services are the feature's API, this is their common
 * ground, so that each rule is written once.
 */
@Component
class DesignRecordAccess {

    private final DesignRecordRepository records;
    private final DesignRevisionRepository revisions;
    private final DesignLinks links;
    private final CandidateSource candidateSource;
    private final ActivityLog activity;
    private final JsonMapper json;
    private final TenantService tenants;
    private final PortalTexts texts;
    private final Clock clock;

    DesignRecordAccess(DesignRecordRepository records, DesignRevisionRepository revisions, DesignLinks links,
            CandidateSource candidateSource, ActivityLog activity, JsonMapper json, TenantService tenants, PortalTexts texts,
            Clock clock) {
        this.records = records;
        this.revisions = revisions;
        this.links = links;
        this.candidateSource = candidateSource;
        this.activity = activity;
        this.json = json;
        this.tenants = tenants;
        this.texts = texts;
        this.clock = clock;
    }

    /** The record of this number in the session's tenant; a record of another tenant is not found, like a missing one. */
    DesignRecordEntity find(TenantSession session, int number) {
        return records.findByTenantIdAndNumber(session.tenant().value(), number).orElseThrow(TenantNotFoundException::new);
    }

    /**
     * The record of this number, once the person's role takes the action and the record's status
     * allows it. The role comes first, so that someone who never takes the action learns nothing
     * of which records exist.
     */
    DesignRecordEntity requireAllowed(TenantSession session, int number, DesignAction action) {
        requireRole(session, action);
        DesignRecordEntity record = find(session, number);
        if (!action.isAllowedFrom(record.status())) {
            throw new NotAllowedException(refusal(record, action));
        }
        return record;
    }

    void requireRole(TenantSession session, DesignAction action) {
        if (!action.isTakenBy(session.role())) {
            throw new NotAllowedException(action.side() == Side.CLIENT_EXECUTIVE
                    ? "design.refused.executives-decide" : "design.refused.consultants-write");
        }
    }

    /** Why the record's status does not allow the action, and what the person can do instead. */
    private static Message refusal(DesignRecordEntity record, DesignAction action) {
        String reference = DesignRecordSummary.reference(record.number());
        return switch (action) {
            case EDIT -> switch (record.status()) {
                case IN_REVIEW -> Message.of("design.refused.edit.in-review", reference);
                case LIVE -> Message.of("design.refused.edit.live", reference);
                default -> Message.of("design.refused.edit.retired", reference);
            };
            case SUBMIT -> Message.of("design.refused.submit", reference);
            case WITHDRAW -> Message.of("design.refused.withdraw", reference);
            case APPROVE, REQUEST_CHANGES -> Message.of("design.refused.decide", reference);
            case START_BUILD -> Message.of("design.refused.start-build", reference);
            case GO_LIVE -> Message.of("design.refused.go-live", reference);
            case START_IMPROVEMENT -> Message.of("design.refused.start-improvement");
            case RETIRE -> Message.of("design.refused.retire");
        };
    }

    /**
     * Moves the record where the action leads, notes it in the tenant's activity (the text's
     * {@code {1}} is the record's reference), and returns it as lists show it.
     */
    DesignRecordSummary move(TenantSession session, DesignRecordEntity record, DesignAction action, String activityKey) {
        record.moveTo(action.target(), Instant.now(clock));
        records.saveAndFlush(record);
        activity.record(session, activityKey, DesignRecordSummary.reference(record.number()));
        return summary(session, record, List.of(record));
    }

    /**
     * Starts a draft record with the next number of the tenant, its first revision holding the
     * content, linked to the audit candidates it is written for.
     */
    DesignRecordEntity start(TenantSession session, DesignContent content, @Nullable Long improvesRecordId, List<Long> candidateIds) {
        return start(session, content, improvesRecordId, candidateIds, null);
    }

    DesignRecordEntity start(TenantSession session, DesignContent content, @Nullable Long improvesRecordId, List<Long> candidateIds,
            DesignTemplate.@Nullable Origin template) {
        long tenant = session.tenant().value();
        Instant now = Instant.now(clock);
        DesignRecordEntity unsaved = new DesignRecordEntity(tenant, records.highestNumber(tenant) + 1,
                content.title(), session.actor().personId(), improvesRecordId, now);
        if (template != null) {
            unsaved.startedFrom(template.templateId(), template.version());
        }
        DesignRecordEntity record = records.saveAndFlush(unsaved);
        revisions.save(new DesignRevisionEntity(tenant, record.id(), 1, write(content), session.actor().personId(), now));
        links.linkCandidates(tenant, record.id(), candidateIds);
        return record;
    }

    /**
     * Words the portal writes into a record's content or comments (a prefilled problem, an
     * improvement's title): everyone in the tenant reads them as stored, so they are in the
     * tenant's language rather than that of whoever happened to click.
     */
    String tenantWords(TenantSession session, String key, Object... args) {
        return texts.text(tenantLanguage(session), key, args);
    }

    /** The language of the tenant's records: what a template fills in is written in it, as {@link #tenantWords} are. */
    Language tenantLanguage(TenantSession session) {
        return tenants.find(session.tenant()).map(t -> Language.forLocale(t.settings().locale()))
                .orElseThrow(TenantNotFoundException::new);
    }

    DesignContent content(TenantSession session, long recordId, int revision) {
        return revisions.findByTenantIdAndRecordIdAndRevision(session.tenant().value(), recordId, revision)
                .map(r -> read(r.content()))
                .orElseThrow(TenantNotFoundException::new);
    }

    /** The content each record of the tenant was last approved at, by record id, read in one query. */
    Map<Long, DesignContent> approvedContents(TenantSession session) {
        Map<Long, DesignContent> byRecord = new HashMap<>();
        revisions.findApprovedRevisions(session.tenant().value()).forEach(r -> byRecord.put(r.recordId(), read(r.content())));
        return byRecord;
    }

    /** A revision's content as stored; see {@link DesignContent} on why the stored shape never changes. */
    DesignContent read(String stored) {
        return json.readValue(stored, DesignContent.class);
    }

    String write(DesignContent content) {
        return json.writeValueAsString(content);
    }

    /** The record as lists show it; {@code known} are records at hand, to name the one it improves without a query. */
    DesignRecordSummary summary(TenantSession session, DesignRecordEntity record, Collection<DesignRecordEntity> known) {
        SolutionType type = revisions.findByTenantIdAndRecordIdAndRevision(session.tenant().value(), record.id(), record.currentRevision())
                .map(this::solutionType).orElse(SolutionType.OTHER);
        return summary(session, record, known, type);
    }

    DesignRecordSummary summary(TenantSession session, DesignRecordEntity record, Collection<DesignRecordEntity> known,
            SolutionType type) {
        Integer improves = null;
        if (record.improvesRecordId() != null) {
            improves = known.stream().filter(r -> r.id() == record.improvesRecordId()).map(DesignRecordEntity::number).findFirst()
                    .orElseGet(() -> records.findByIdAndTenantId(record.improvesRecordId(), session.tenant().value())
                            .map(DesignRecordEntity::number).orElse(null));
        }
        return new DesignRecordSummary(record.id(), record.number(), record.title(), type, record.status(),
                record.currentRevision(), record.approvedRevision(), record.liveSince(), improves, record.updatedAt());
    }

    SolutionType solutionType(DesignRevisionEntity revision) {
        return read(revision.content()).solutionType();
    }

    /** The audit candidates of these ids that belong to the tenant; ids of other tenants are left out. */
    List<CandidateFacts> candidates(TenantId tenant, List<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        List<CandidateFacts> found = new ArrayList<>();
        for (Long id : candidateIds) {
            candidateSource.candidate(tenant, id).ifPresent(found::add);
        }
        return found;
    }

    /** Candidates of the audit that have no design record yet. */
    List<CandidateFacts> openCandidates(TenantId tenant) {
        List<Long> linked = links.linkedCandidateIds(tenant.value());
        return candidateSource.candidates(tenant).stream().filter(c -> !linked.contains(c.id())).toList();
    }

    /** The audit candidates a record was written for. */
    List<CandidateFacts> candidatesOf(TenantId tenant, long recordId) {
        return candidates(tenant, links.candidateIds(tenant.value(), recordId));
    }
}
