package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.internal.DesignCommentEntity;
import studio.smartwork.portal.design.internal.DesignCommentRepository;
import studio.smartwork.portal.design.internal.DesignRecordEntity;
import studio.smartwork.portal.design.internal.DesignRecordRepository;
import studio.smartwork.portal.design.internal.DesignReviewEntity;
import studio.smartwork.portal.design.internal.DesignReviewRepository;
import studio.smartwork.portal.design.internal.DesignRevisionEntity;
import studio.smartwork.portal.design.internal.DesignRevisionRepository;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * The solution design records of a tenant and their content (docs/product.md, "Solution design records"): the list,
 * one record with its revisions, reviews and comments, what changed between two revisions,
 * starting a record from the audit's candidates, and saving content as a new revision.
 * Everyone in the tenant reads records; consultants write them. Every revision is kept, and
 * an approval holds for the exact revision approved: changing approved content makes a new
 * revision that needs approval again. Review is {@link DesignReviews}' business, and what
 * happens after approval is {@link SolutionDelivery}'s.
 */
@Service
public class DesignRecords {

    private final TenantScope tenantScope;
    private final DesignRecordAccess access;
    private final DesignRecordRepository records;
    private final DesignRevisionRepository revisions;
    private final DesignReviewRepository reviews;
    private final DesignCommentRepository comments;
    private final PersonNames personNames;
    private final ActivityLog activity;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final DesignTemplates templates;

    DesignRecords(TenantScope tenantScope, DesignRecordAccess access, DesignRecordRepository records,
            DesignRevisionRepository revisions, DesignReviewRepository reviews, DesignCommentRepository comments,
            PersonNames personNames, ActivityLog activity, Clock clock, JdbcClient jdbc, DesignTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.tenantScope = tenantScope;
        this.access = access;
        this.records = records;
        this.revisions = revisions;
        this.reviews = reviews;
        this.comments = comments;
        this.personNames = personNames;
        this.activity = activity;
        this.clock = clock;
    }

    public List<DesignRecordSummary> records(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<DesignRecordEntity> all = records.findByTenantIdOrderByNumberDesc(tenant.value());
            Map<Long, SolutionType> types = new HashMap<>();
            revisions.findCurrentRevisions(tenant.value()).forEach(r -> types.put(r.recordId(), access.solutionType(r)));
            return all.stream().map(r -> access.summary(session, r, all, types.getOrDefault(r.id(), SolutionType.OTHER))).toList();
        });
    }

    /** The columns the list of records may be sorted by, each with the SQL it sorts by. */
    private static final Map<String, String> RECORD_SORTS = Map.of(
            "record", "d.number",
            "title", "lower(d.title)",
            // A status sorts in the order of a record's life, not by its name.
            "status", """
                    array_position(array[%s], d.status::text)""".formatted(java.util.Arrays.stream(DesignStatus.values())
                    .map(v -> "'" + v.name() + "'").collect(java.util.stream.Collectors.joining(","))),
            "revision", "d.current_revision",
            "changed", "d.updated_at");

    /** Narrows the records to those whose title or reference ("SDR-12") holds the typed text. */
    private static final String RECORD_FILTER = """
            (not :filtered or d.title ilike :pattern or 'SDR-' || d.number ilike :pattern)""";

    /** The records' own order: newest first. */
    private static final String RECORD_ORDER = """
            d.number desc""";

    /**
     * A page of the records {@link #records(TenantId)} lists, newest first unless sorted by a
     * column of {@code RECORD_SORTS}, narrowed by title or reference; the solution type and the
     * record improved come with each row.
     */
    public List<DesignRecordSummary> records(TenantId tenant, PageRequest page) {
        return tenantScope.read(tenant, session -> jdbc.sql("""
                select d.id, d.number, d.title, v.content ->> 'solutionType', d.status, d.current_revision, d.approved_revision,
                       d.live_since, i.number, d.updated_at
                from design_record d
                left join design_revision v on v.tenant_id = d.tenant_id and v.record_id = d.id and v.revision = d.current_revision
                left join design_record i on i.tenant_id = d.tenant_id and i.id = d.improves_record_id
                where d.tenant_id = :t and %s
                order by %s
                limit :limit offset :offset
                """.formatted(RECORD_FILTER, page.orderBy(RECORD_SORTS, RECORD_ORDER)))
                .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                .param("limit", page.limit()).param("offset", page.offset())
                .query((rs, n) -> new DesignRecordSummary(rs.getLong(1), rs.getInt(2), rs.getString(3), solutionType(rs.getString(4)),
                        DesignStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, Integer.class),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, Integer.class), rs.getTimestamp(10).toInstant()))
                .list());
    }

    /** How many records {@link #records(TenantId, PageRequest)} pages through with this filter. */
    public int recordCount(TenantId tenant, String filter) {
        PageRequest page = PageRequest.first(0).filtered(filter);
        return tenantScope.read(tenant, session -> jdbc.sql("select count(*) from design_record d where d.tenant_id = :t and " + RECORD_FILTER)
                .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                .query(Integer.class).single());
    }

    /** A revision's solution type as its content stores it; a revision without one is "other", as in {@link DesignContent}. */
    private static SolutionType solutionType(@Nullable String stored) {
        return java.util.Arrays.stream(SolutionType.values()).filter(t -> t.name().equals(stored)).findFirst().orElse(SolutionType.OTHER);
    }

    public DesignRecordDetails record(TenantId tenant, int number) {
        return tenantScope.read(tenant, session -> {
            DesignRecordEntity record = access.find(session, number);
            DesignContent content = access.content(session, record.id(), record.currentRevision());
            List<DesignRevisionEntity> allRevisions = revisions.findByTenantIdAndRecordIdOrderByRevisionDesc(tenant.value(), record.id());
            List<DesignReviewEntity> allReviews = reviews.findByTenantIdAndRecordIdOrderByDecidedAtDesc(tenant.value(), record.id());
            List<DesignCommentEntity> allComments = comments.findByTenantIdAndRecordIdOrderByCreatedAtAscIdAsc(tenant.value(), record.id());
            Set<Long> personIds = new HashSet<>();
            allRevisions.forEach(r -> {
                if (r.createdBy() != null) {
                    personIds.add(r.createdBy());
                }
            });
            allReviews.forEach(r -> personIds.add(r.decidedBy()));
            allComments.forEach(c -> personIds.add(c.authorId()));
            Map<Long, String> names = personNames.displayNames(tenant, personIds);
            return new DesignRecordDetails(
                    access.summary(session, record, List.of(record)),
                    content,
                    access.candidatesOf(tenant, record.id()),
                    allRevisions.stream().map(r -> new DesignRecordDetails.Revision(r.revision(),
                            r.createdBy() == null ? "—" : names.getOrDefault(r.createdBy(), "—"), r.createdAt())).toList(),
                    allReviews.stream().map(r -> new DesignRecordDetails.Review(r.revision(), "APPROVED".equals(r.decision()),
                            r.comment(), names.getOrDefault(r.decidedBy(), "—"), r.decidedAt())).toList(),
                    allComments.stream().map(c -> new DesignRecordDetails.Comment(c.id(), c.parentId(),
                            names.getOrDefault(c.authorId(), "—"), c.body(), c.createdAt())).toList());
        });
    }

    /**
     * What the signed-in person may do with the record now, by their role in the tenant and the
     * record's status, in the order pages show them. The services refuse every other step, so a
     * page that offers exactly these never offers one that would be refused.
     */
    public Set<DesignAction> allowedActions(TenantId tenant, int number) {
        return tenantScope.read(tenant, session -> DesignAction.allowed(session.role(), access.find(session, number).status()));
    }

    /** What changed from revision {@code from} to revision {@code to}, in the words of the page that asks. */
    public List<DesignContent.FieldChange> compare(TenantId tenant, int number, int from, int to, DesignContent.Wording words) {
        return tenantScope.read(tenant, session -> {
            long recordId = access.find(session, number).id();
            return DesignContent.changes(access.content(session, recordId, from), access.content(session, recordId, to), words);
        });
    }

    /** Candidates of the audit that have no design record yet. */
    public List<CandidateFacts> openCandidates(TenantId tenant) {
        return tenantScope.read(tenant, session -> access.openCandidates(tenant));
    }

    /**
     * Creates a record, prefilled from audit candidates when given: the title, the expected
     * saving, the baseline for measuring it, and KPIs for monthly hours and minutes per
     * occurrence with their audit baselines.
     */
    public DesignRecordSummary create(TenantId tenant, String title, List<Long> candidateIds) {
        return create(tenant, title, candidateIds, null);
    }

    /**
     * Creates a record as {@link #create(TenantId, String, List)} does, then fills it from a
     * template of the library when one is given (docs/product.md, "Design templates"): the
     * template's trigger, workflow, systems, data and privacy notes, checkpoints, risks and KPIs,
     * in the tenant's language, the KPIs the audit knows with the audit's baselines. The record
     * remembers the template version it came from.
     */
    public DesignRecordSummary create(TenantId tenant, String title, List<Long> candidateIds, @Nullable Long templateId) {
        return tenantScope.write(tenant, session -> {
            // Whoever edits records starts them.
            access.requireRole(session, DesignAction.EDIT);
            List<CandidateFacts> candidates = access.candidates(tenant, candidateIds);
            if (candidates.size() != candidateIds.size()) {
                throw InvalidInputException.of("candidates", "design.refused.candidates");
            }
            String effectiveTitle = title == null || title.isBlank()
                    ? (candidates.isEmpty() ? "" : candidates.getFirst().title()) : title.trim();
            DesignTemplate template = templateId == null ? null : templates.onOffer(templateId);
            DesignContent content = prefilled(session, effectiveTitle, candidates);
            if (template != null) {
                content = template.content().fill(content, access.tenantLanguage(session), auditKpiFigures(candidates));
            }
            content.validateForSaving();
            DesignRecordEntity record = access.start(session, content, null, candidateIds, template == null ? null : template.origin());
            activity.record(session, "design.activity.started", DesignRecordSummary.reference(record.number()), content.title());
            return access.summary(session, record, List.of(record));
        });
    }

    /**
     * Saves changed content as a new revision. An approved record that is changed loses its
     * approval and goes back to draft; records in review, live or retired cannot change.
     */
    public DesignRecordSummary saveContent(TenantId tenant, int number, int basedOnRevision, DesignContent content) {
        return tenantScope.write(tenant, session -> {
            DesignRecordEntity record = access.requireAllowed(session, number, DesignAction.EDIT);
            if (basedOnRevision != record.currentRevision()) {
                throw ChangedMeanwhileException.of("revision", "design.refused.changed-meanwhile", record.currentRevision());
            }
            content.validateForSaving();
            DesignContent current = access.content(session, record.id(), record.currentRevision());
            if (current.equals(content)) {
                return access.summary(session, record, List.of(record));
            }
            Instant now = Instant.now(clock);
            int next = record.currentRevision() + 1;
            revisions.save(new DesignRevisionEntity(tenant.value(), record.id(), next, access.write(content),
                    session.actor().personId(), now));
            record.newRevision(next, content.title(), now);
            boolean lostApproval = record.status() == DesignStatus.APPROVED || record.status() == DesignStatus.IN_BUILD;
            if (lostApproval || record.status() == DesignStatus.CHANGES_REQUESTED) {
                record.moveTo(DesignStatus.DRAFT, now);
            }
            records.saveAndFlush(record);
            activity.record(session, lostApproval ? "design.activity.saved-needs-approval" : "design.activity.saved",
                    next, DesignRecordSummary.reference(number));
            return access.summary(session, record, List.of(record));
        });
    }

    /** The template version a record was started from; empty for a record started blank. */
    public Optional<DesignTemplate> template(TenantId tenant, int number) {
        return tenantScope.read(tenant, session -> {
            DesignRecordEntity record = access.find(session, number);
            if (record.templateId() == null || record.templateVersion() == null) {
                return Optional.<DesignTemplate>empty();
            }
            return templates.at(new DesignTemplate.Origin(record.templateId(), record.templateVersion()));
        });
    }

    /**
     * The audit's figures for the two KPIs every record started from candidates gets: monthly
     * hours, whose target is those hours less the expected saving, and minutes per occurrence,
     * whose target is a quarter of them. Empty without candidates: the audit then knows no baseline.
     */
    private static DesignTemplateContent.@Nullable AuditKpiFigures auditKpiFigures(List<CandidateFacts> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        BigDecimal monthlyHours = sum(candidates, CandidateFacts::monthlyHours).setScale(2, RoundingMode.HALF_UP);
        BigDecimal expectedHours = sum(candidates, CandidateFacts::expectedHoursPerMonth);
        BigDecimal hoursTarget = monthlyHours.subtract(expectedHours).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        BigDecimal minutesPerOccurrence = minutesPerOccurrence(candidates);
        return new DesignTemplateContent.AuditKpiFigures(monthlyHours,
                hoursTarget.compareTo(monthlyHours) == 0 ? BigDecimal.ZERO : hoursTarget,
                minutesPerOccurrence, minutesPerOccurrence.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP));
    }

    /** Σ monthly hours × 60 / Σ monthly occurrences over the candidates, to the hundredth. */
    private static BigDecimal minutesPerOccurrence(List<CandidateFacts> candidates) {
        BigDecimal monthlyHours = sum(candidates, CandidateFacts::monthlyHours);
        BigDecimal monthlyOccurrences = sum(candidates, CandidateFacts::monthlyOccurrences);
        return monthlyOccurrences.signum() == 0 ? BigDecimal.ZERO
                : monthlyHours.multiply(BigDecimal.valueOf(60)).divide(monthlyOccurrences, 2, RoundingMode.HALF_UP);
    }

    /** Content begun from the candidates; its words are in the tenant's language, as the rest of its records will be. */
    private DesignContent prefilled(TenantSession session, String title, List<CandidateFacts> candidates) {
        if (candidates.isEmpty()) {
            return DesignContent.builder().title(title).build();
        }
        BigDecimal monthlyHours = sum(candidates, CandidateFacts::monthlyHours);
        BigDecimal expectedHours = sum(candidates, CandidateFacts::expectedHoursPerMonth);
        BigDecimal expectedMoney = sum(candidates, CandidateFacts::expectedMoneyPerMonth);
        BigDecimal minutesPerOccurrence = minutesPerOccurrence(candidates);
        BigDecimal hourlyCost = monthlyHours.signum() == 0 ? candidates.getFirst().hourlyCost()
                : candidates.stream().map(c -> c.hourlyCost().multiply(c.monthlyHours())).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(monthlyHours, 2, RoundingMode.HALF_UP);
        String tasks = String.join(", ", candidates.stream().flatMap(c -> c.taskNames().stream()).distinct().toList());
        DesignTemplateContent.AuditKpiFigures figures = java.util.Objects.requireNonNull(auditKpiFigures(candidates));
        List<KpiSpec> kpis = List.of(
                new KpiSpec(KpiSpec.newKey(), access.tenantWords(session, "design.prefill.kpi-monthly-hours", tasks),
                        KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER, figures.monthlyHours(), figures.monthlyHoursTarget(),
                        KpiCadence.MONTHLY),
                new KpiSpec(KpiSpec.newKey(), access.tenantWords(session, "design.prefill.kpi-minutes"),
                        KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER, figures.minutesPerOccurrence(), figures.minutesTarget(),
                        KpiCadence.MONTHLY));
        String problem = access.tenantWords(session, "design.prefill.problem", monthlyHours.setScale(1, RoundingMode.HALF_UP), tasks);
        return DesignContent.builder()
                .title(title)
                .problem(problem)
                .kpis(kpis)
                .expectedHoursPerMonth(expectedHours.setScale(2, RoundingMode.HALF_UP))
                .expectedMoneyPerMonth(expectedMoney.setScale(2, RoundingMode.HALF_UP))
                .savingsMethod(SavingsMethod.RUNS)
                .hourlyCost(hourlyCost)
                .baselineMinutesPerOccurrence(minutesPerOccurrence)
                .baselineMonthlyHours(monthlyHours.setScale(2, RoundingMode.HALF_UP))
                .hoursKpiKey(kpis.getFirst().key())
                .build();
    }

    private static BigDecimal sum(List<CandidateFacts> candidates, Function<CandidateFacts, BigDecimal> value) {
        return candidates.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
