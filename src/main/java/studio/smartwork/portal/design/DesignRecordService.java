package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.design.internal.DesignCommentEntity;
import studio.smartwork.portal.design.internal.DesignCommentRepository;
import studio.smartwork.portal.design.internal.DesignLinks;
import studio.smartwork.portal.design.internal.DesignRecordEntity;
import studio.smartwork.portal.design.internal.DesignRecordRepository;
import studio.smartwork.portal.design.internal.DesignReviewEntity;
import studio.smartwork.portal.design.internal.DesignReviewRepository;
import studio.smartwork.portal.design.internal.DesignRevisionEntity;
import studio.smartwork.portal.design.internal.DesignRevisionRepository;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solution design records and their lifecycle (PRODUCT.md, step 2). Consultants write,
 * submit and take records through build to live; only an executive of the tenant
 * approves or requests changes, and an approval holds for the exact revision approved:
 * changing the content afterwards makes a new revision that needs approval again.
 * Every revision is kept. Everyone in the tenant may read records and comment.
 */
@Service
public class DesignRecordService implements LiveSolutionSource {

    private final TenantScope tenantScope;
    private final DesignRecordRepository records;
    private final DesignRevisionRepository revisions;
    private final DesignReviewRepository reviews;
    private final DesignCommentRepository comments;
    private final DesignLinks links;
    private final CandidateSource candidateSource;
    private final PeopleService people;
    private final ActivityLog activity;
    private final JsonMapper json;
    private final Clock clock;
    private final TenantService tenants;

    DesignRecordService(TenantScope tenantScope, DesignRecordRepository records, DesignRevisionRepository revisions,
            DesignReviewRepository reviews, DesignCommentRepository comments, DesignLinks links,
            CandidateSource candidateSource, PeopleService people, ActivityLog activity,
            JsonMapper json, Clock clock, TenantService tenants) {
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.records = records;
        this.revisions = revisions;
        this.reviews = reviews;
        this.comments = comments;
        this.links = links;
        this.candidateSource = candidateSource;
        this.people = people;
        this.activity = activity;
        this.json = json;
        this.clock = clock;
    }

    // --- Reading ------------------------------------------------------------------------

    public List<DesignRecordSummary> records(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<DesignRecordEntity> all = records.findByTenantIdOrderByNumberDesc(tenant.value());
            Map<Long, SolutionType> types = new HashMap<>();
            revisions.findCurrentRevisions(tenant.value()).forEach(r -> types.put(r.recordId(), solutionType(r)));
            return all.stream().map(r -> summary(session, r, all, types.getOrDefault(r.id(), SolutionType.OTHER))).toList();
        });
    }

    public DesignRecordDetails record(TenantId tenant, int number) {
        return tenantScope.read(tenant, session -> {
            DesignRecordEntity record = find(session, number);
            DesignContent content = content(session, record.id(), record.currentRevision());
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
            Map<Long, String> names = people.displayNames(tenant, personIds);
            List<CandidateFacts> candidates = candidates(tenant, links.candidateIds(tenant.value(), record.id()));
            return new DesignRecordDetails(
                    summary(session, record, List.of(record)),
                    content,
                    candidates,
                    allRevisions.stream().map(r -> new DesignRecordDetails.Revision(r.revision(),
                            r.createdBy() == null ? "—" : names.getOrDefault(r.createdBy(), "—"), r.createdAt())).toList(),
                    allReviews.stream().map(r -> new DesignRecordDetails.Review(r.revision(), "APPROVED".equals(r.decision()),
                            r.comment(), names.getOrDefault(r.decidedBy(), "—"), r.decidedAt())).toList(),
                    allComments.stream().map(c -> new DesignRecordDetails.Comment(c.id(), c.parentId(),
                            names.getOrDefault(c.authorId(), "—"), c.body(), c.createdAt())).toList());
        });
    }

    /** What changed from revision {@code from} to revision {@code to}. */
    public List<DesignContent.FieldChange> compare(TenantId tenant, int number, int from, int to) {
        return tenantScope.read(tenant, session -> {
            long recordId = find(session, number).id();
            return DesignContent.changes(content(session, recordId, from), content(session, recordId, to));
        });
    }

    /** Candidates of the audit that have no design record yet. */
    public List<CandidateFacts> openCandidates(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<Long> linked = links.linkedCandidateIds(tenant.value());
            return candidateSource.candidates(tenant).stream().filter(c -> !linked.contains(c.id())).toList();
        });
    }

    // --- Writing (consultants) ------------------------------------------------------------

    /**
     * Creates a record, prefilled from audit candidates when given: the title, the expected
     * saving, the baseline for measuring it, and KPIs for monthly hours and minutes per
     * occurrence with their audit baselines.
     */
    public DesignRecordSummary create(TenantId tenant, String title, List<Long> candidateIds) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            List<CandidateFacts> candidates = candidates(tenant, candidateIds);
            if (candidates.size() != candidateIds.size()) {
                throw InvalidInputException.of("candidates", "Choose candidates of this tenant's audit.");
            }
            String effectiveTitle = title == null || title.isBlank()
                    ? (candidates.isEmpty() ? "" : candidates.getFirst().title()) : title.trim();
            DesignContent content = prefilled(effectiveTitle, candidates);
            content.validateForSaving();
            Instant now = Instant.now(clock);
            DesignRecordEntity record = records.saveAndFlush(new DesignRecordEntity(tenant.value(),
                    records.highestNumber(tenant.value()) + 1, content.title(), session.actor().personId(), null, now));
            revisions.save(new DesignRevisionEntity(tenant.value(), record.id(), 1, write(content), session.actor().personId(), now));
            links.linkCandidates(tenant.value(), record.id(), candidateIds);
            activity.record(session, "started design record SDR-" + record.number() + " " + content.title());
            return summary(session, record, List.of(record));
        });
    }

    /**
     * Saves changed content as a new revision. An approved record that is changed loses its
     * approval and goes back to draft; records in review, live or retired cannot change.
     */
    public DesignRecordSummary saveContent(TenantId tenant, int number, int basedOnRevision, DesignContent content) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            DesignRecordEntity record = find(session, number);
            if (!record.status().isEditable()) {
                throw new NotAllowedException(switch (record.status()) {
                    case IN_REVIEW -> "SDR-" + number + " is in review. Withdraw it from review to change it.";
                    case LIVE -> "SDR-" + number + " is live. Start an improvement record to change the solution.";
                    default -> "SDR-" + number + " is retired and can no longer change.";
                });
            }
            if (basedOnRevision != record.currentRevision()) {
                throw InvalidInputException.of("revision", "Someone saved revision " + record.currentRevision()
                        + " meanwhile. Reopen the record and make your change again.");
            }
            content.validateForSaving();
            DesignContent current = content(session, record.id(), record.currentRevision());
            if (current.equals(content)) {
                return summary(session, record, List.of(record));
            }
            Instant now = Instant.now(clock);
            int next = record.currentRevision() + 1;
            revisions.save(new DesignRevisionEntity(tenant.value(), record.id(), next, write(content), session.actor().personId(), now));
            record.newRevision(next, content.title(), now);
            boolean lostApproval = record.status() == DesignStatus.APPROVED || record.status() == DesignStatus.IN_BUILD;
            if (lostApproval || record.status() == DesignStatus.CHANGES_REQUESTED) {
                record.moveTo(DesignStatus.DRAFT, now);
            }
            records.saveAndFlush(record);
            activity.record(session, "saved revision " + next + " of SDR-" + number
                    + (lostApproval ? " (needs approval again)" : ""));
            return summary(session, record, List.of(record));
        });
    }

    public DesignRecordSummary submit(TenantId tenant, int number) {
        return transition(tenant, number, EnumSet.of(DesignStatus.DRAFT, DesignStatus.CHANGES_REQUESTED), DesignStatus.IN_REVIEW,
                (session, record) -> content(session, record.id(), record.currentRevision()).validateForReview(),
                "submitted SDR-%d for review");
    }

    public DesignRecordSummary withdraw(TenantId tenant, int number) {
        return transition(tenant, number, EnumSet.of(DesignStatus.IN_REVIEW), DesignStatus.DRAFT, (s, r) -> { },
                "withdrew SDR-%d from review");
    }

    public DesignRecordSummary startBuild(TenantId tenant, int number) {
        return transition(tenant, number, EnumSet.of(DesignStatus.APPROVED), DesignStatus.IN_BUILD, (s, r) -> { },
                "started building SDR-%d");
    }

    /** Puts an approved, built solution live from the given month and fixes its KPIs from the approved revision. */
    public DesignRecordSummary goLive(TenantId tenant, int number, YearMonth liveSince) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            DesignRecordEntity record = find(session, number);
            requireStatus(record, EnumSet.of(DesignStatus.IN_BUILD), DesignStatus.LIVE);
            YearMonth thisMonth = YearMonth.now(clock.withZone(zoneOf(tenant)));
            if (liveSince == null || liveSince.isAfter(thisMonth)) {
                throw InvalidInputException.of("liveSince", "Choose the month the solution went live; it cannot be in the future.");
            }
            Integer approved = record.approvedRevision();
            if (approved == null || approved != record.currentRevision()) {
                throw new NotAllowedException("Only the approved revision can go live; submit the latest revision for approval.");
            }
            DesignContent content = content(session, record.id(), approved);
            for (KpiSpec kpi : content.kpis()) {
                links.upsertKpi(tenant.value(), record.id(), kpi.key(), kpi.name(), kpi.unit(), kpi.direction(),
                        kpi.baseline(), kpi.target(), kpi.cadence());
            }
            record.goLive(liveSince.atDay(1), Instant.now(clock));
            records.saveAndFlush(record);
            activity.record(session, "put SDR-" + number + " live from " + liveSince);
            return summary(session, record, List.of(record));
        });
    }

    public DesignRecordSummary retire(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            DesignRecordEntity record = find(session, number);
            requireStatus(record, EnumSet.of(DesignStatus.LIVE), DesignStatus.RETIRED);
            record.retire(LocalDate.now(clock.withZone(zoneOf(tenant))), Instant.now(clock));
            records.saveAndFlush(record);
            activity.record(session, "retired SDR-" + number);
            return summary(session, record, List.of(record));
        });
    }

    /** Starts a new draft record that improves a live one, with the live record's content to begin from. */
    public DesignRecordSummary startImprovement(TenantId tenant, int number) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            DesignRecordEntity live = find(session, number);
            if (live.status() != DesignStatus.LIVE) {
                throw new NotAllowedException("Only a live solution can be improved.");
            }
            DesignContent content = content(session, live.id(), live.currentRevision());
            Instant now = Instant.now(clock);
            DesignRecordEntity record = records.saveAndFlush(new DesignRecordEntity(tenant.value(),
                    records.highestNumber(tenant.value()) + 1, "Improve: " + content.title(), session.actor().personId(), live.id(), now));
            DesignContent copy = content.toBuilder().title("Improve: " + content.title()).build();
            revisions.save(new DesignRevisionEntity(tenant.value(), record.id(), 1, write(copy), session.actor().personId(), now));
            links.linkCandidates(tenant.value(), record.id(), links.candidateIds(tenant.value(), live.id()));
            activity.record(session, "started SDR-" + record.number() + " to improve SDR-" + number);
            return summary(session, record, List.of(record, live));
        });
    }

    // --- Review (executives) --------------------------------------------------------------

    /** Approves exactly the revision the executive read; a newer revision must be read first. */
    public DesignRecordSummary approve(TenantId tenant, int number, int revision, String comment) {
        return decide(tenant, number, revision, true, comment);
    }

    public DesignRecordSummary requestChanges(TenantId tenant, int number, int revision, String comment) {
        if (comment == null || comment.isBlank()) {
            throw InvalidInputException.of("comment", "Say what should change.");
        }
        EnteredText.requireProse("comment", comment);
        return decide(tenant, number, revision, false, comment);
    }

    private DesignRecordSummary decide(TenantId tenant, int number, int revision, boolean approve, @Nullable String comment) {
        return tenantScope.write(tenant, session -> {
            if (session.role() != TenantRole.EXECUTIVE) {
                throw new NotAllowedException("Only an executive of the client approves or sends back design records.");
            }
            DesignRecordEntity record = find(session, number);
            DesignStatus target = approve ? DesignStatus.APPROVED : DesignStatus.CHANGES_REQUESTED;
            requireStatus(record, EnumSet.of(DesignStatus.IN_REVIEW), target);
            if (revision != record.currentRevision()) {
                throw new NotAllowedException("SDR-" + number + " changed to revision " + record.currentRevision()
                        + " while you were reading revision " + revision + ". Read the new revision before deciding.");
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
                comments.save(new DesignCommentEntity(tenant.value(), record.id(), null, session.actor().personId(),
                        (approve ? "Approved revision " : "Changes requested on revision ") + revision + ": " + text, now));
            }
            activity.record(session, (approve ? "approved" : "requested changes to") + " SDR-" + number + " revision " + revision);
            return summary(session, record, List.of(record));
        });
    }

    // --- Comments (everyone) -------------------------------------------------------------------

    public void comment(TenantId tenant, int number, @Nullable Long parentId, String body) {
        tenantScope.write(tenant, session -> {
            String text = body == null ? "" : body.trim();
            if (text.isEmpty() || text.length() > 4000) {
                throw InvalidInputException.of("body", "Write a comment of up to 4000 characters.");
            }
            EnteredText.requireProse("body", text);
            DesignRecordEntity record = find(session, number);
            if (parentId != null && comments.findById(parentId).filter(c -> c.recordId() == record.id()).isEmpty()) {
                throw new TenantNotFoundException();
            }
            comments.save(new DesignCommentEntity(tenant.value(), record.id(), parentId, session.actor().personId(), text, Instant.now(clock)));
            activity.record(session, "commented on SDR-" + number);
            return null;
        });
    }

    // --- Outcome measurement ---------------------------------------------------------------

    @Override
    public List<LiveSolution> liveSolutions(TenantId tenant) {
        return tenantScope.read(tenant, session -> records
                .findByTenantIdAndStatusInOrderByNumberAsc(tenant.value(), EnumSet.of(DesignStatus.LIVE, DesignStatus.RETIRED))
                .stream()
                .filter(r -> r.liveSince() != null && r.approvedRevision() != null)
                .map(r -> {
                    DesignContent content = content(session, r.id(), r.approvedRevision());
                    DesignContent.SavingsMeasurement measurement = content.savingsMeasurement();
                    List<DesignLinks.KpiRow> kpis = links.kpis(tenant.value(), r.id());
                    Long hoursKpiId = kpis.stream().filter(k -> k.key().equals(measurement.hoursKpiKey()))
                            .map(k -> k.definition().id()).findFirst().orElse(null);
                    return new LiveSolution(r.id(), "SDR-" + r.number(), r.title(), YearMonth.from(r.liveSince()),
                            r.retiredOn() == null ? null : YearMonth.from(r.retiredOn()),
                            content.costsAndSaving().buildCost(), content.costsAndSaving().runningCostPerMonth(),
                            measurement.hourlyCost(), measurement.savingsMethod(), hoursKpiId,
                            measurement.baselineMinutesPerOccurrence(), measurement.reviewMinutesPerRun(),
                            measurement.baselineMonthlyHours(), kpis.stream().map(DesignLinks.KpiRow::definition).toList());
                })
                .toList());
    }

    // --- Internals ---------------------------------------------------------------------------

    private interface Check {
        void check(TenantSession session, DesignRecordEntity record);
    }

    private DesignRecordSummary transition(TenantId tenant, int number, Set<DesignStatus> from, DesignStatus to,
            Check check, String activityText) {
        return tenantScope.write(tenant, session -> {
            requireConsultant(session);
            DesignRecordEntity record = find(session, number);
            requireStatus(record, from, to);
            check.check(session, record);
            record.moveTo(to, Instant.now(clock));
            records.saveAndFlush(record);
            activity.record(session, activityText.formatted(number));
            return summary(session, record, List.of(record));
        });
    }

    /** Months and days of a record's life are the tenant's, not the server's. */
    private ZoneId zoneOf(TenantId tenant) {
        return tenants.find(tenant).map(t -> t.settings().timeZone()).orElseThrow(TenantNotFoundException::new);
    }

    private static void requireStatus(DesignRecordEntity record, Set<DesignStatus> allowed, DesignStatus target) {
        if (!allowed.contains(record.status())) {
            throw new NotAllowedException("SDR-" + record.number() + " is " + record.status().label().toLowerCase()
                    + "; it cannot move to " + target.label().toLowerCase() + " from there.");
        }
    }

    private static void requireConsultant(TenantSession session) {
        if (!session.role().isConsultancy()) {
            throw new NotAllowedException("Consultants write design records; executives review them.");
        }
    }

    private DesignRecordEntity find(TenantSession session, int number) {
        return records.findByTenantIdAndNumber(session.tenant().value(), number).orElseThrow(TenantNotFoundException::new);
    }

    private DesignContent content(TenantSession session, long recordId, int revision) {
        return revisions.findByTenantIdAndRecordIdAndRevision(session.tenant().value(), recordId, revision)
                .map(r -> json.readValue(r.content(), DesignContent.class))
                .orElseThrow(TenantNotFoundException::new);
    }

    private String write(DesignContent content) {
        return json.writeValueAsString(content);
    }

    private DesignRecordSummary summary(TenantSession session, DesignRecordEntity record, Collection<DesignRecordEntity> known) {
        SolutionType type = revisions.findByTenantIdAndRecordIdAndRevision(session.tenant().value(), record.id(), record.currentRevision())
                .map(this::solutionType).orElse(SolutionType.OTHER);
        return summary(session, record, known, type);
    }

    private SolutionType solutionType(DesignRevisionEntity revision) {
        return json.readValue(revision.content(), DesignContent.class).solutionType();
    }

    private DesignRecordSummary summary(TenantSession session, DesignRecordEntity record, Collection<DesignRecordEntity> known,
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

    private List<CandidateFacts> candidates(TenantId tenant, List<Long> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        List<CandidateFacts> found = new ArrayList<>();
        for (Long id : candidateIds) {
            candidateSource.candidate(tenant, id).ifPresent(found::add);
        }
        return found;
    }

    static DesignContent prefilled(String title, List<CandidateFacts> candidates) {
        if (candidates.isEmpty()) {
            return DesignContent.builder().title(title).build();
        }
        BigDecimal monthlyHours = sum(candidates, CandidateFacts::monthlyHours);
        BigDecimal monthlyOccurrences = sum(candidates, CandidateFacts::monthlyOccurrences);
        BigDecimal expectedHours = sum(candidates, CandidateFacts::expectedHoursPerMonth);
        BigDecimal expectedMoney = sum(candidates, CandidateFacts::expectedMoneyPerMonth);
        BigDecimal minutesPerOccurrence = monthlyOccurrences.signum() == 0 ? BigDecimal.ZERO
                : monthlyHours.multiply(BigDecimal.valueOf(60)).divide(monthlyOccurrences, 2, RoundingMode.HALF_UP);
        BigDecimal hourlyCost = monthlyHours.signum() == 0 ? candidates.getFirst().hourlyCost()
                : candidates.stream().map(c -> c.hourlyCost().multiply(c.monthlyHours())).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(monthlyHours, 2, RoundingMode.HALF_UP);
        BigDecimal hoursTarget = monthlyHours.subtract(expectedHours).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        String tasks = String.join(", ", candidates.stream().flatMap(c -> c.taskNames().stream()).distinct().toList());
        List<KpiSpec> kpis = List.of(
                new KpiSpec(KpiSpec.newKey(), "Monthly hours on " + tasks, KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER,
                        monthlyHours.setScale(2, RoundingMode.HALF_UP),
                        hoursTarget.compareTo(monthlyHours.setScale(2, RoundingMode.HALF_UP)) == 0 ? BigDecimal.ZERO : hoursTarget,
                        KpiCadence.MONTHLY),
                new KpiSpec(KpiSpec.newKey(), "Human minutes per occurrence", KpiUnit.MINUTES, KpiDirection.LOWER_IS_BETTER,
                        minutesPerOccurrence, minutesPerOccurrence.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP),
                        KpiCadence.MONTHLY));
        String problem = "The time audit found " + monthlyHours.setScale(1, RoundingMode.HALF_UP).toPlainString()
                + " hours a month spent on " + tasks + ".";
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

    private static BigDecimal sum(List<CandidateFacts> candidates, java.util.function.Function<CandidateFacts, BigDecimal> value) {
        return candidates.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

}
