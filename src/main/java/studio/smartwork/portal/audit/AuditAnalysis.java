package studio.smartwork.portal.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.SmallGroups.Folding;
import studio.smartwork.portal.audit.SmallGroups.Line;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.CandidateSource;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.SpreadsheetCells;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * The analysis of a campaign and the automation candidates promoted from it. The figures
 * are computed in SQL ({@link #ANALYSIS} by task, {@link #GROUPS} by process and by team) at
 * full numeric precision and rounded only when shown or exported (the rules with worked
 * examples: docs/product.md, "Analysis"). The sums come from audit_task_person_total, the
 * entries' totals per task, person and team that PostgreSQL keeps exact in the same statement as
 * the entries change (changeset 260, decision 0131), so a big campaign reads thousands of rows,
 * not a million:
 * <ul>
 * <li>working_days_in_window = Mondays–Fridays of the window, both ends included
 *     ({@code audit_working_days}); while the campaign is open, only those from its start up
 *     to yesterday in the tenant's time zone, at least one, and the figures are provisional
 *     ({@link CountedWindow});</li>
 * <li>monthly_hours = (Σ minutes / 60) × working_days_per_month / working_days_in_window,
 *     with the working days per month the campaign was closed with once it is closed;</li>
 * <li>monthly_occurrences = Σ occurrences × working_days_per_month / working_days_in_window;</li>
 * <li>minutes_per_occurrence = Σ minutes / Σ occurrences;</li>
 * <li>suitability = (mean of the three trait averages − 1) / 4, each trait averaged over
 *     the people who rated the task (one rating per person), 0 when nobody rated it —
 *     written as (Σ trait averages − 3) / 12;</li>
 * <li>monthly_cost = Σ over entries of hours × the loaded hourly cost stored with the entry
 *     when it was logged (the person's team's, else the tenant's default), scaled like
 *     monthly_hours; hourly_cost = monthly_cost / monthly_hours, which is Σ (minutes × cost) / Σ minutes;</li>
 * <li>automatable_hours_per_month = monthly_hours × suitability;
 *     automatable_value_per_month = automatable_hours_per_month × hourly_cost, which is
 *     monthly_cost × suitability; for a process or a team, the sums of these over its tasks.</li>
 * <li>friction = mean friction rating; ranking by automatable_value_per_month, highest first.</li>
 * </ul>
 * Executives see a task, process or team only where at least
 * {@link Analysis#SMALLEST_GROUP_SHOWN} people contributed; smaller ones are folded into one line.
 */
@Service
public class AuditAnalysis implements CandidateSource {

    public static final List<String> EXPORT_HEADER = List.of("process", "task", "people", "minutes_total",
            "occurrences_total", "monthly_hours", "monthly_occurrences", "minutes_per_occurrence", "suitability",
            "automatable_hours_per_month", "hourly_cost", "monthly_cost", "automatable_value_per_month", "friction");

    static final String ANALYSIS = """
            with campaign_window as (
                select :days_in_window::numeric as days_in_window, :days_per_month::numeric as days_per_month
            ),
            per_task as (
                select s.task_id, count(distinct s.person_id) as people, array_agg(distinct s.person_id) as person_ids,
                       sum(s.minutes)::bigint as minutes_total,
                       sum(s.occurrences)::bigint as occurrences_total, sum(s.cost_minutes) as cost_minutes
                from audit_task_person_total s
                where s.campaign_id = :campaign
                group by s.task_id
            ),
            traits as (
                select task_id, avg(repetitive) as repetitive, avg(rule_based) as rule_based,
                       avg(predictable) as predictable, avg(friction) as friction
                from audit_task_rating where campaign_id = :campaign group by task_id
            ),
            figures as (
                -- Multiply before dividing, one division per figure, so exact figures stay exact.
                select pt.task_id, p.name as process, t.name as task, pt.people, pt.person_ids, pt.minutes_total,
                       pt.occurrences_total,
                       pt.minutes_total * w.days_per_month / (60 * w.days_in_window) as monthly_hours,
                       pt.occurrences_total * w.days_per_month / w.days_in_window as monthly_occurrences,
                       pt.minutes_total::numeric / pt.occurrences_total as minutes_per_occurrence,
                       tr.repetitive, tr.rule_based, tr.predictable,
                       coalesce((tr.repetitive + tr.rule_based + tr.predictable - 3) / 12, 0) as suitability,
                       pt.cost_minutes * w.days_per_month / (60 * w.days_in_window) as monthly_cost,
                       pt.cost_minutes / pt.minutes_total as hourly_cost,
                       tr.friction
                from per_task pt
                cross join campaign_window w
                join audit_task t on t.id = pt.task_id
                join audit_process p on p.id = t.process_id
                left join traits tr on tr.task_id = pt.task_id
            )
            select task_id, process, task, people, person_ids, minutes_total, occurrences_total,
                   monthly_hours, monthly_occurrences, minutes_per_occurrence, repetitive, rule_based, predictable, suitability,
                   monthly_hours * suitability as automatable_hours_per_month,
                   hourly_cost,
                   monthly_cost,
                   monthly_cost * suitability as automatable_value_per_month,
                   friction
            from figures
            order by automatable_value_per_month desc nulls last, monthly_cost desc nulls last, lower(process), lower(task)
            """;

    /**
     * The same figures by process and by team (the team an entry was logged under): each
     * entry's minutes weighted by its task's suitability, so a group's automatable hours and
     * value are the sums of its tasks'.
     */
    static final String GROUPS = """
            with campaign_window as (
                select :days_in_window::numeric as days_in_window, :days_per_month::numeric as days_per_month
            ),
            traits as (
                select task_id, coalesce((avg(repetitive) + avg(rule_based) + avg(predictable) - 3) / 12, 0) as suitability
                from audit_task_rating where campaign_id = :campaign group by task_id
            ),
            totals as (
                select s.task_id, s.team_id, s.person_id, s.minutes, s.occurrences, s.cost_minutes
                from audit_task_person_total s
                where s.campaign_id = :campaign
            ),
            by_task_and_team as (
                select x.task_id, t.process_id, x.team_id, x.minutes, x.occurrences, x.cost_minutes,
                       coalesce(tr.suitability, 0) as suitability
                from (select task_id, team_id, sum(minutes) as minutes, sum(occurrences) as occurrences,
                             sum(cost_minutes) as cost_minutes
                      from totals group by task_id, team_id) x
                join audit_task t on t.id = x.task_id
                left join traits tr on tr.task_id = x.task_id
            ),
            sums as (
                -- Weighed by suitability once per task and team, not once per entry: Σ (minutes × s) is
                -- (Σ minutes) × s, and numeric products are exact, so the figures are the same to the digit.
                select grouping(process_id) = 1 as by_team, process_id, team_id,
                       sum(minutes)::bigint as minutes_total, sum(occurrences)::bigint as occurrences_total,
                       sum(cost_minutes) as cost_minutes, sum(minutes * suitability) as automatable_minutes,
                       sum(cost_minutes * suitability) as automatable_cost_minutes
                from by_task_and_team
                group by grouping sets ((process_id), (team_id))
            ),
            people as (
                select false as by_team, process_id, null::bigint as team_id, count(*) as people, array_agg(person_id) as person_ids
                from (select distinct t.process_id, u.person_id from totals u join audit_task t on t.id = u.task_id) d
                group by process_id
                union all
                select true, null::bigint, team_id, count(*), array_agg(person_id)
                from (select distinct u.team_id, u.person_id from totals u) d
                group by team_id
            ),
            grouped as (
                select s.*, p.people, p.person_ids
                from sums s
                join people p on p.by_team = s.by_team and p.process_id is not distinct from s.process_id
                    and p.team_id is not distinct from s.team_id
            )
            select g.by_team, case when g.by_team then tm.name else p.name end as label,
                   g.people, g.person_ids, g.minutes_total, g.occurrences_total,
                   g.minutes_total * w.days_per_month / (60 * w.days_in_window) as monthly_hours,
                   g.automatable_minutes * w.days_per_month / (60 * w.days_in_window) as automatable_hours_per_month,
                   g.cost_minutes * w.days_per_month / (60 * w.days_in_window) as monthly_cost,
                   g.automatable_cost_minutes * w.days_per_month / (60 * w.days_in_window) as automatable_value_per_month
            from grouped g
            cross join campaign_window w
            left join audit_process p on not g.by_team and p.id = g.process_id
            left join team tm on g.by_team and tm.id = g.team_id
            order by automatable_value_per_month desc, monthly_cost desc, label
            """;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_TITLE = 160;
    private static final int MAX_CANDIDATE_NOTE = 2000;

    private final CampaignRepository campaigns;
    private final TaskRepository tasks;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final ActivityLog activity;
    private final TenantService tenants;
    private final Clock clock;

    AuditAnalysis(CampaignRepository campaigns, TaskRepository tasks, TenantScope tenantScope, JdbcClient jdbc,
            ActivityLog activity, TenantService tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /**
     * The campaign's tasks ranked by automatable value, and the same figures by process and
     * by team. Consultants also see how many people logged each; executives see only groups
     * of {@link Analysis#SMALLEST_GROUP_SHOWN} people or more, the rest folded into one line.
     * Staff do not see the analysis.
     */
    public Analysis analysis(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireSeesResults(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            boolean withPeople = session.role().isConsultancy();
            CountedWindow window = window(tenant, campaign);
            List<Line<TaskAnalysis>> tasks = lines(window, campaignId);
            List<Line<AnalysisGroup>> processes = new ArrayList<>();
            List<Line<AnalysisGroup>> teams = new ArrayList<>();
            groups(window, campaignId, processes, teams);
            if (withPeople) {
                return new Analysis(AuditAccess.toCampaign(campaign), window, true, figures(tasks), null,
                        new Breakdown(figures(processes), null), new Breakdown(figures(teams), null));
            }
            Folding<TaskAnalysis> taskFolding = SmallGroups.fold(tasks);
            return new Analysis(AuditAccess.toCampaign(campaign), window, false,
                    taskFolding.shown().stream().map(TaskAnalysis::withoutPeople).toList(),
                    taskFolding.folded().isEmpty() ? null : AnalysisGroup.folded(taskFolding.folded().stream().map(TaskAnalysis::asGroup).toList()),
                    aggregatesOnly(processes), aggregatesOnly(teams));
        });
    }

    private static Breakdown aggregatesOnly(List<Line<AnalysisGroup>> groups) {
        Folding<AnalysisGroup> folding = SmallGroups.fold(groups);
        return new Breakdown(folding.shown().stream().map(AnalysisGroup::withoutPeople).toList(),
                folding.folded().isEmpty() ? null : AnalysisGroup.folded(folding.folded()));
    }

    private static <T> List<T> figures(List<Line<T>> lines) {
        return lines.stream().map(Line::figures).toList();
    }

    /**
     * The days the campaign's figures are scaled by (see {@link CountedWindow}): an open
     * campaign counts its working days up to yesterday in the tenant's time zone, a closed
     * one its whole window with the working days per month it was closed with.
     */
    private CountedWindow window(TenantId tenant, CampaignEntity campaign) {
        TenantSettings settings = tenants.find(tenant).orElseThrow(TenantNotFoundException::new).settings();
        if (!campaign.open()) {
            Integer closedWith = campaign.closedWorkingDaysPerMonth();
            return new CountedWindow(workingDays(campaign.startsOn(), campaign.endsOn()),
                    closedWith == null ? settings.workingDaysPerMonth() : closedWith, false, campaign.endsOn());
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(settings.timeZone())).minusDays(1);
        LocalDate through = yesterday.isBefore(campaign.endsOn()) ? yesterday : campaign.endsOn();
        int counted = through.isBefore(campaign.startsOn()) ? 0 : workingDays(campaign.startsOn(), through);
        return new CountedWindow(Math.max(1, counted), settings.workingDaysPerMonth(), true,
                through.isBefore(campaign.startsOn()) ? null : through);
    }

    private int workingDays(LocalDate from, LocalDate through) {
        return jdbc.sql("select audit_working_days(:s, :e)").param("s", from).param("e", through).query(Integer.class).single();
    }

    /**
     * The analysis's tasks as they leave the portal (CSV export, HTTP API), ranked, each figure
     * rounded as {@link ExportedTaskFigures} says; for consultants.
     */
    public List<ExportedTaskFigures> exportedFigures(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireConsultant(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return rows(window(tenant, campaign), campaignId).stream().map(ExportedTaskFigures::of).toList();
        });
    }

    /** The analysis as CSV, ranked, with a dot decimal whatever the tenant's locale; for consultants. */
    public String exportCsv(TenantId tenant, long campaignId) {
        List<ExportedTaskFigures> rows = exportedFigures(tenant, campaignId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(EXPORT_HEADER);
            for (ExportedTaskFigures row : rows) {
                csv.printRecord(SpreadsheetCells.text(row.process()), SpreadsheetCells.text(row.task()), row.people(), row.minutesTotal(),
                        row.occurrencesTotal(), plain(row.monthlyHours()), plain(row.monthlyOccurrences()), plain(row.minutesPerOccurrence()),
                        plain(row.suitability()), plain(row.automatableHoursPerMonth()), plain(row.hourlyCost()),
                        plain(row.monthlyCost()), plain(row.automatableValuePerMonth()),
                        row.friction() == null ? "" : plain(row.friction()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A figure for the export: dot decimal, as rounded for export. */
    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    // --- Candidates ----------------------------------------------------------------------------

    /** Promotes tasks of a campaign to an automation candidate; for consultants. */
    public Candidate promote(TenantId tenant, long campaignId, NewCandidate candidate) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            String title = checked(tenant, candidate);
            long id = jdbc.sql("""
                    insert into audit_candidate (tenant_id, campaign_id, title, potential_percent, effort, note, created_by)
                    values (:t, :c, :title, :potential, :effort, :note, :by) returning id
                    """).param("t", tenant.value()).param("c", campaignId).param("title", title)
                    .param("potential", candidate.potentialPercent()).param("effort", Objects.requireNonNull(candidate.effort()).name())
                    .param("note", TimeLog.blankToNull(candidate.note())).param("by", session.actor().personId())
                    .query(Long.class).single();
            linkTasks(tenant, id, candidate.taskIds());
            activity.record(session, "audit.activity.candidate-promoted", title);
            return candidatesWhere(tenant, "c.id = :id", Map.of("id", id)).getFirst();
        });
    }

    /**
     * Changes a candidate's title, potential, effort, note and tasks; for consultants. Refused
     * when someone changed it since {@code version} was read, so no change is lost unseen. A
     * design record started from it keeps what it was prefilled with.
     */
    public Candidate changeCandidate(TenantId tenant, long candidateId, long version, NewCandidate changes) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            Candidate current = candidatesWhere(tenant, "c.id = :id", Map.of("id", candidateId)).stream().findFirst()
                    .orElseThrow(TenantNotFoundException::new);
            String title = checked(tenant, changes);
            int changed = jdbc.sql("""
                    update audit_candidate set title = :title, potential_percent = :potential, effort = :effort, note = :note,
                        version = version + 1
                    where id = :id and version = :version
                    """).param("title", title).param("potential", changes.potentialPercent())
                    .param("effort", Objects.requireNonNull(changes.effort()).name()).param("note", TimeLog.blankToNull(changes.note()))
                    .param("id", candidateId).param("version", version).update();
            if (changed == 0) {
                throw ChangedMeanwhileException.of("title", "audit.candidate.changed-meanwhile", current.title());
            }
            jdbc.sql("delete from audit_candidate_task where candidate_id = :c").param("c", candidateId).update();
            linkTasks(tenant, candidateId, changes.taskIds());
            activity.record(session, "audit.activity.candidate-changed", title);
            return candidatesWhere(tenant, "c.id = :id", Map.of("id", candidateId)).getFirst();
        });
    }

    /**
     * Removes a candidate no design record was started from; for consultants. A record keeps
     * the candidates it was written for (its baseline and expected saving came from them), so
     * removing one of those is refused, naming the records.
     */
    public void removeCandidate(TenantId tenant, long candidateId) {
        tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            // Locked first: a record started meanwhile waits for this transaction and then finds the candidate gone.
            String title = jdbc.sql("select title from audit_candidate where id = :id and tenant_id = :t for update")
                    .param("id", candidateId).param("t", tenant.value()).query(String.class).optional()
                    .orElseThrow(TenantNotFoundException::new);
            List<String> records = jdbc.sql("""
                    select r.number from design_candidate d join design_record r on r.tenant_id = d.tenant_id and r.id = d.record_id
                    where d.tenant_id = :t and d.candidate_id = :id order by r.number
                    """).param("t", tenant.value()).param("id", candidateId).query(Integer.class).list()
                    .stream().map(DesignRecordSummary::reference).toList();
            if (!records.isEmpty()) {
                throw new NotAllowedException("audit.candidate.remove.has-records", title, String.join(", ", records));
            }
            jdbc.sql("delete from audit_candidate_task where candidate_id = :c").param("c", candidateId).update();
            jdbc.sql("delete from audit_candidate where id = :c").param("c", candidateId).update();
            activity.record(session, "audit.activity.candidate-removed", title);
            return null;
        });
    }

    /** A candidate's fields checked, all problems at once; returns its title trimmed. */
    private String checked(TenantId tenant, NewCandidate candidate) {
        String title = candidate.title() == null ? "" : candidate.title().trim();
        BigDecimal potential = candidate.potentialPercent();
        new InvalidInputException.Collector()
                .check(!title.isEmpty() && title.length() <= MAX_TITLE, "title", "audit.candidate.title.length", MAX_TITLE)
                .check(EnteredText.isLine(title), "title", EnteredText.LINE)
                .check(potential != null && potential.signum() >= 0 && potential.compareTo(HUNDRED) <= 0,
                        "potential", "audit.candidate.potential.range")
                .check(potential == null || potential.scale() <= 2 || potential.stripTrailingZeros().scale() <= 2,
                        "potential", "audit.candidate.potential.decimals")
                .check(candidate.effort() != null, "effort", "audit.candidate.effort.missing")
                .check(!candidate.taskIds().isEmpty(), "tasks", "audit.candidate.tasks.missing")
                .check(candidate.note() == null || candidate.note().length() <= MAX_CANDIDATE_NOTE, "note", "audit.note.length",
                        MAX_CANDIDATE_NOTE)
                .check(EnteredText.isProse(candidate.note()), "note", EnteredText.PROSE)
                .throwIfAny();
        for (Long taskId : candidate.taskIds()) {
            if (tasks.findByIdAndTenantId(taskId, tenant.value()).isEmpty()) {
                throw InvalidInputException.of("tasks", "audit.candidate.tasks.unknown");
            }
        }
        return title;
    }

    private void linkTasks(TenantId tenant, long candidateId, List<Long> taskIds) {
        for (Long taskId : new LinkedHashSet<>(taskIds)) {
            jdbc.sql("insert into audit_candidate_task (tenant_id, candidate_id, task_id) values (:t, :c, :task)")
                    .param("t", tenant.value()).param("c", candidateId).param("task", taskId).update();
        }
    }

    /** The candidates promoted from a campaign, for consultants and executives. */
    public List<Candidate> candidates(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireSeesResults(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return candidatesWhere(tenant, "c.campaign_id = :campaign", Map.of("campaign", campaignId));
        });
    }

    /**
     * Candidates for design records and the shared board, which everyone in the tenant sees
     * (staff too): a candidate is a task-level total, never anyone's own entries.
     */
    @Override
    public List<CandidateFacts> candidates(TenantId tenant) {
        return tenantScope.read(tenant, session ->
                candidatesWhere(tenant, "true", Map.of()).stream().map(AuditAnalysis::facts).toList());
    }

    @Override
    public Optional<CandidateFacts> candidate(TenantId tenant, long candidateId) {
        return tenantScope.read(tenant, session ->
                candidatesWhere(tenant, "c.id = :id", Map.of("id", candidateId)).stream().findFirst().map(AuditAnalysis::facts));
    }

    @Override
    public int count(TenantId tenant) {
        return tenantScope.read(tenant, session -> jdbc.sql("select count(*) from audit_candidate where tenant_id = :t")
                .param("t", tenant.value()).query(Integer.class).single());
    }

    private static CandidateFacts facts(Candidate c) {
        return new CandidateFacts(c.id(), c.title(), c.taskLabels(), c.monthlyHours(), c.monthlyOccurrences(),
                c.minutesPerOccurrence(), c.hourlyCost(), c.potentialPercent(), c.effort().name(),
                c.expectedHoursPerMonth(), c.expectedMoneyPerMonth());
    }

    private record StoredCandidate(long id, long version, long campaignId, String title, BigDecimal potential, Effort effort,
            @Nullable String note) {
    }

    /** A task of a candidate and how people call it ("Process · Task"). */
    private record CandidateTask(long id, String label) {
    }

    private List<Candidate> candidatesWhere(TenantId tenant, String condition, Map<String, Object> params) {
        List<StoredCandidate> stored = jdbc.sql("""
                        select c.id, c.version, c.campaign_id, c.title, c.potential_percent, c.effort, c.note
                        from audit_candidate c where c.tenant_id = :tenant and %s order by c.created_at, c.id
                        """.formatted(condition))
                .param("tenant", tenant.value()).params(params)
                .query((rs, n) -> new StoredCandidate(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getBigDecimal(5),
                        Effort.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CandidateTask>> tasksByCandidate = candidateTasks(tenant, condition, params);
        Map<Long, List<TaskAnalysis>> analysisByCampaign = new LinkedHashMap<>();
        List<Candidate> result = new ArrayList<>();
        for (StoredCandidate c : stored) {
            List<TaskAnalysis> rows = analysisByCampaign.computeIfAbsent(c.campaignId(), id -> rows(window(tenant,
                    campaigns.findByIdAndTenantId(id, tenant.value()).orElseThrow(TenantNotFoundException::new)), id));
            result.add(candidate(c, tasksByCandidate.getOrDefault(c.id(), List.of()), rows));
        }
        return result;
    }

    /**
     * The tasks of every candidate the condition selects, in one query rather than one per
     * candidate (a campaign's list can hold many), each candidate's in the order of process and
     * task names.
     */
    private Map<Long, List<CandidateTask>> candidateTasks(TenantId tenant, String condition, Map<String, Object> params) {
        Map<Long, List<CandidateTask>> tasksByCandidate = new HashMap<>();
        jdbc.sql("""
                        select ct.candidate_id, t.id, p.name || ' · ' || t.name
                        from audit_candidate_task ct join audit_task t on t.id = ct.task_id join audit_process p on p.id = t.process_id
                        where ct.candidate_id in (select c.id from audit_candidate c where c.tenant_id = :tenant and %s)
                        order by ct.candidate_id, lower(p.name), lower(t.name), t.id
                        """.formatted(condition))
                .param("tenant", tenant.value()).params(params)
                .query((rs, n) -> tasksByCandidate.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(new CandidateTask(rs.getLong(2), rs.getString(3))))
                .list();
        return tasksByCandidate;
    }

    private static Candidate candidate(StoredCandidate c, List<CandidateTask> candidateTasks, List<TaskAnalysis> analysis) {
        List<Long> taskIds = candidateTasks.stream().map(CandidateTask::id).toList();
        ExpectedSaving saving = ExpectedSaving.of(c.potential(),
                analysis.stream().filter(row -> taskIds.contains(row.taskId())).toList());
        return new Candidate(c.id(), c.version(), c.campaignId(), c.title(), c.potential(), c.effort(), c.note(), taskIds,
                candidateTasks.stream().map(CandidateTask::label).toList(),
                saving.monthlyHours(), saving.monthlyOccurrences(), saving.minutesPerOccurrence(), saving.hourlyCost(),
                saving.hoursPerMonth(), saving.moneyPerMonth());
    }

    /**
     * Where the campaign's tasks break, in the words of the people who rated them, each with
     * the friction they gave and never with their name; for consultants (docs/product.md,
     * "Where tasks break"). Most friction first within a task.
     */
    public List<BreakingPoint> breakingPoints(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireConsultant(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return jdbc.sql("""
                    select task_id, breaks_where, friction from audit_task_rating
                    where campaign_id = :c and breaks_where is not null and trim(breaks_where) <> ''
                    order by task_id, friction desc nulls last, id
                    """).param("c", campaignId)
                    .query((rs, n) -> new BreakingPoint(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class)))
                    .list();
        });
    }

    // --- The one query ---------------------------------------------------------------------------

    /** Runs {@link #ANALYSIS} inside the caller's tenant transaction. */
    private List<TaskAnalysis> rows(CountedWindow window, long campaignId) {
        return figures(lines(window, campaignId));
    }

    /** Runs {@link #ANALYSIS} inside the caller's tenant transaction: each task with the people who logged it. */
    private List<Line<TaskAnalysis>> lines(CountedWindow window, long campaignId) {
        return jdbc.sql(ANALYSIS).param("campaign", campaignId).param("days_in_window", window.workingDays())
                .param("days_per_month", window.workingDaysPerMonth()).query((rs, n) -> new Line<>(row(rs), personIds(rs))).list();
    }

    private static Set<Long> personIds(ResultSet rs) throws SQLException {
        Set<Long> ids = new HashSet<>();
        for (Object id : (Object[]) rs.getArray("person_ids").getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** Runs {@link #GROUPS} inside the caller's tenant transaction, into the process and team lists. */
    private void groups(CountedWindow window, long campaignId, List<Line<AnalysisGroup>> processes, List<Line<AnalysisGroup>> teams) {
        jdbc.sql(GROUPS).param("campaign", campaignId).param("days_in_window", window.workingDays())
                .param("days_per_month", window.workingDaysPerMonth())
                .query((rs, n) -> {
                    // A team's time without a team name is the time of the people who have no team.
                    String name = rs.getString("label");
                    AnalysisGroup group = new AnalysisGroup(name == null ? AnalysisGroup.Kind.NO_TEAM : AnalysisGroup.Kind.NAMED, name,
                            rs.getInt("people"), rs.getLong("minutes_total"),
                            rs.getLong("occurrences_total"), number(rs, "monthly_hours"), number(rs, "automatable_hours_per_month"),
                            number(rs, "monthly_cost"), number(rs, "automatable_value_per_month"));
                    (rs.getBoolean("by_team") ? teams : processes).add(new Line<>(group, personIds(rs)));
                    return group;
                }).list();
    }

    private static TaskAnalysis row(ResultSet rs) throws SQLException {
        return new TaskAnalysis(
                rs.getLong("task_id"),
                rs.getString("process"),
                rs.getString("task"),
                rs.getInt("people"),
                rs.getLong("minutes_total"),
                rs.getLong("occurrences_total"),
                number(rs, "monthly_hours"),
                number(rs, "monthly_occurrences"),
                number(rs, "minutes_per_occurrence"),
                traits(rs),
                number(rs, "suitability"),
                number(rs, "automatable_hours_per_month"),
                number(rs, "hourly_cost"),
                number(rs, "monthly_cost"),
                number(rs, "automatable_value_per_month"),
                rs.getBigDecimal("friction"));
    }

    /** The three trait averages, or null when nobody rated the task's traits (they are rated together or not at all). */
    private static @Nullable TraitAverages traits(ResultSet rs) throws SQLException {
        BigDecimal repetitive = rs.getBigDecimal("repetitive");
        BigDecimal ruleBased = rs.getBigDecimal("rule_based");
        BigDecimal predictable = rs.getBigDecimal("predictable");
        return repetitive == null || ruleBased == null || predictable == null ? null
                : new TraitAverages(repetitive, ruleBased, predictable);
    }

    private static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
