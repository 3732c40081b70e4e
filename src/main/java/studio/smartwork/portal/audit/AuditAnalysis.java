package studio.smartwork.portal.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.design.CandidateFacts;
import studio.smartwork.portal.design.CandidateSource;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The analysis of a campaign and the automation candidates promoted from it. The figures
 * are computed in one SQL statement ({@link #ANALYSIS}) at full numeric precision and
 * rounded only when shown or exported:
 * <ul>
 * <li>working_days_in_window = Mondays–Fridays of the window, both ends included
 *     ({@code audit_working_days});</li>
 * <li>monthly_hours = (Σ minutes / 60) × working_days_per_month / working_days_in_window;</li>
 * <li>monthly_occurrences = Σ occurrences × working_days_per_month / working_days_in_window;</li>
 * <li>minutes_per_occurrence = Σ minutes / Σ occurrences;</li>
 * <li>suitability = (mean of the three trait averages − 1) / 4, each trait averaged over
 *     the people who rated the task (one rating per person), 0 when nobody rated it —
 *     written as (Σ trait averages − 3) / 12;</li>
 * <li>monthly_cost = Σ over entries of hours × the loaded hourly cost of the person's team
 *     (else the tenant's default), scaled like monthly_hours; hourly_cost = monthly_cost / monthly_hours,
 *     which is Σ (minutes × cost) / Σ minutes;</li>
 * <li>automatable_hours_per_month = monthly_hours × suitability;
 *     automatable_value_per_month = automatable_hours_per_month × hourly_cost, which is
 *     monthly_cost × suitability.</li>
 * <li>friction = mean friction rating; ranking by automatable_value_per_month, highest first.</li>
 * </ul>
 */
@Service
public class AuditAnalysis implements CandidateSource {

    public static final List<String> EXPORT_HEADER = List.of("process", "task", "people", "minutes_total",
            "occurrences_total", "monthly_hours", "monthly_occurrences", "minutes_per_occurrence", "suitability",
            "automatable_hours_per_month", "hourly_cost", "monthly_cost", "automatable_value_per_month", "friction");

    static final String ANALYSIS = """
            with campaign_window as (
                select c.id as campaign_id,
                       nullif(audit_working_days(c.starts_on, c.ends_on), 0)::numeric as days_in_window,
                       t.working_days_per_month::numeric as days_per_month,
                       t.default_hourly_cost
                from audit_campaign c join tenant t on t.id = c.tenant_id
                where c.id = :campaign
            ),
            costed as (
                select e.task_id, e.person_id, e.minutes, e.occurrences,
                       coalesce(tm.hourly_cost, w.default_hourly_cost) as hourly_cost
                from audit_time_entry e
                join campaign_window w on w.campaign_id = e.campaign_id
                join audit_campaign c on c.id = e.campaign_id and e.entry_date between c.starts_on and c.ends_on
                left join membership m on m.tenant_id = e.tenant_id and m.person_id = e.person_id
                left join team tm on tm.id = m.team_id
            ),
            per_task as (
                select task_id, count(distinct person_id) as people, sum(minutes) as minutes_total,
                       sum(occurrences) as occurrences_total, sum(minutes * hourly_cost) as cost_minutes
                from costed group by task_id
            ),
            traits as (
                select task_id, avg(repetitive) as repetitive, avg(rule_based) as rule_based,
                       avg(predictable) as predictable, avg(friction) as friction
                from audit_task_rating where campaign_id = :campaign group by task_id
            ),
            figures as (
                -- Multiply before dividing, one division per figure, so exact figures stay exact.
                select pt.task_id, p.name as process, t.name as task, pt.people, pt.minutes_total, pt.occurrences_total,
                       pt.minutes_total * w.days_per_month / (60 * w.days_in_window) as monthly_hours,
                       pt.occurrences_total * w.days_per_month / w.days_in_window as monthly_occurrences,
                       pt.minutes_total::numeric / pt.occurrences_total as minutes_per_occurrence,
                       (tr.repetitive is not null and tr.rule_based is not null and tr.predictable is not null) as rated,
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
            select task_id, process, task, people, minutes_total, occurrences_total,
                   monthly_hours, monthly_occurrences, minutes_per_occurrence, rated, suitability,
                   monthly_hours * suitability as automatable_hours_per_month,
                   hourly_cost,
                   monthly_cost,
                   monthly_cost * suitability as automatable_value_per_month,
                   friction
            from figures
            order by automatable_value_per_month desc nulls last, monthly_cost desc nulls last, lower(process), lower(task)
            """;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CampaignRepository campaigns;
    private final TaskRepository tasks;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final ActivityLog activity;

    AuditAnalysis(CampaignRepository campaigns, TaskRepository tasks, TenantScope tenantScope, JdbcClient jdbc,
            ActivityLog activity) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /**
     * The campaign's tasks ranked by automatable value. Consultants also see how many
     * people logged each task; executives see the same figures by task only. Staff do not
     * see the analysis.
     */
    public Analysis analysis(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireSeesResults(session);
            CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            boolean withPeople = session.role().isConsultancy();
            int daysInWindow = jdbc.sql("select audit_working_days(:s, :e)")
                    .param("s", campaign.startsOn()).param("e", campaign.endsOn()).query(Integer.class).single();
            int daysPerMonth = jdbc.sql("select working_days_per_month from tenant where id = :t")
                    .param("t", tenant.value()).query(Integer.class).single();
            return new Analysis(AuditAccess.toCampaign(campaign), daysInWindow, daysPerMonth, withPeople,
                    rows(campaignId, withPeople));
        });
    }

    /** The analysis as CSV, ranked, with a dot decimal whatever the tenant's locale; for consultants. */
    public String exportCsv(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireConsultant(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                csv.printRecord(EXPORT_HEADER);
                for (TaskAnalysis row : rows(campaignId, true)) {
                    csv.printRecord(row.process(), row.task(), row.people(), row.minutesTotal(), row.occurrencesTotal(),
                            decimal(row.monthlyHours()), decimal(row.monthlyOccurrences()), decimal(row.minutesPerOccurrence()),
                            decimal(row.suitability()), decimal(row.automatableHoursPerMonth()), decimal(row.hourlyCost()),
                            decimal(row.monthlyCost()), decimal(row.automatableValuePerMonth()),
                            row.friction() == null ? "" : decimal(row.friction()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        });
    }

    /** A figure for the export: dot decimal, two decimals, rounded half up. */
    static String decimal(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    // --- Candidates ----------------------------------------------------------------------------

    /** Promotes tasks of a campaign to an automation candidate; for consultants. */
    public Candidate promote(TenantId tenant, long campaignId, NewCandidate candidate) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            String title = candidate.title() == null ? "" : candidate.title().trim();
            BigDecimal potential = candidate.potentialPercent();
            new InvalidInputException.Collector()
                    .check(!title.isEmpty() && title.length() <= 160, "title", "Enter a title of up to 160 characters.")
                    .check(potential != null && potential.signum() >= 0 && potential.compareTo(HUNDRED) <= 0,
                            "potential", "Enter an automation potential from 0 to 100 %.")
                    .check(potential == null || potential.scale() <= 2 || potential.stripTrailingZeros().scale() <= 2,
                            "potential", "Use at most two decimals.")
                    .check(candidate.effort() != null, "effort", "Choose an effort estimate.")
                    .check(!candidate.taskIds().isEmpty(), "tasks", "Choose one or more tasks.")
                    .check(candidate.note() == null || candidate.note().length() <= 2000, "note", "Keep the note to 2000 characters.")
                    .throwIfAny();
            for (Long taskId : candidate.taskIds()) {
                if (tasks.findByIdAndTenantId(taskId, tenant.value()).isEmpty()) {
                    throw InvalidInputException.of("tasks", "Choose tasks of this tenant's catalogue.");
                }
            }
            long id = jdbc.sql("""
                    insert into audit_candidate (tenant_id, campaign_id, title, potential_percent, effort, note, created_by)
                    values (:t, :c, :title, :potential, :effort, :note, :by) returning id
                    """).param("t", tenant.value()).param("c", campaignId).param("title", title)
                    .param("potential", potential).param("effort", candidate.effort().name())
                    .param("note", TimeLog.blankToNull(candidate.note())).param("by", session.actor().personId())
                    .query(Long.class).single();
            for (Long taskId : new LinkedHashSet<>(candidate.taskIds())) {
                jdbc.sql("insert into audit_candidate_task (tenant_id, candidate_id, task_id) values (:t, :c, :task)")
                        .param("t", tenant.value()).param("c", id).param("task", taskId).update();
            }
            activity.record(session, "promoted " + title + " to an automation candidate");
            return candidatesWhere(tenant, "c.id = :id", Map.of("id", id)).getFirst();
        });
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

    private static CandidateFacts facts(Candidate c) {
        return new CandidateFacts(c.id(), c.title(), c.taskLabels(), c.monthlyHours(), c.monthlyOccurrences(),
                c.minutesPerOccurrence(), c.hourlyCost(), c.potentialPercent(), c.effort().name(),
                c.expectedHoursPerMonth(), c.expectedMoneyPerMonth());
    }

    private record StoredCandidate(long id, long campaignId, String title, BigDecimal potential, Effort effort, @Nullable String note) {
    }

    private List<Candidate> candidatesWhere(TenantId tenant, String condition, Map<String, Object> params) {
        List<StoredCandidate> stored = jdbc.sql("select c.id, c.campaign_id, c.title, c.potential_percent, c.effort, c.note "
                        + "from audit_candidate c where c.tenant_id = :tenant and " + condition + " order by c.created_at, c.id")
                .param("tenant", tenant.value()).params(params)
                .query((rs, n) -> new StoredCandidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                        Effort.valueOf(rs.getString(5)), rs.getString(6)))
                .list();
        Map<Long, List<TaskAnalysis>> analysisByCampaign = new LinkedHashMap<>();
        List<Candidate> result = new ArrayList<>();
        for (StoredCandidate c : stored) {
            List<Long> taskIds = jdbc.sql("select task_id from audit_candidate_task where candidate_id = :c order by id")
                    .param("c", c.id()).query(Long.class).list();
            List<TaskAnalysis> rows = analysisByCampaign.computeIfAbsent(c.campaignId(), id -> rows(id, true));
            result.add(candidate(c, taskIds, labels(taskIds), rows));
        }
        return result;
    }

    private static Candidate candidate(StoredCandidate c, List<Long> taskIds, List<String> labels, List<TaskAnalysis> analysis) {
        ExpectedSaving saving = ExpectedSaving.of(c.potential(),
                analysis.stream().filter(row -> taskIds.contains(row.taskId())).toList());
        return new Candidate(c.id(), c.campaignId(), c.title(), c.potential(), c.effort(), c.note(), taskIds, labels,
                saving.monthlyHours(), saving.monthlyOccurrences(), saving.minutesPerOccurrence(), saving.hourlyCost(),
                saving.hoursPerMonth(), saving.moneyPerMonth());
    }

    private List<String> labels(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select p.name || ' · ' || t.name from audit_task t join audit_process p on p.id = t.process_id "
                        + "where t.id in (:ids) order by lower(p.name), lower(t.name)")
                .param("ids", taskIds).query(String.class).list();
    }

    // --- The one query ---------------------------------------------------------------------------

    /** Runs {@link #ANALYSIS} inside the caller's tenant transaction. */
    private List<TaskAnalysis> rows(long campaignId, boolean withPeople) {
        return jdbc.sql(ANALYSIS).param("campaign", campaignId).query((rs, n) -> row(rs, withPeople)).list();
    }

    private static TaskAnalysis row(ResultSet rs, boolean withPeople) throws SQLException {
        return new TaskAnalysis(
                rs.getLong("task_id"),
                rs.getString("process"),
                rs.getString("task"),
                withPeople ? rs.getInt("people") : null,
                rs.getLong("minutes_total"),
                rs.getLong("occurrences_total"),
                number(rs, "monthly_hours"),
                number(rs, "monthly_occurrences"),
                number(rs, "minutes_per_occurrence"),
                rs.getBoolean("rated"),
                number(rs, "suitability"),
                number(rs, "automatable_hours_per_month"),
                number(rs, "hourly_cost"),
                number(rs, "monthly_cost"),
                number(rs, "automatable_value_per_month"),
                rs.getBigDecimal("friction"));
    }

    private static BigDecimal number(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }
}
