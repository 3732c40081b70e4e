package studio.smartwork.portal.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.DuplicateSuggestion.MergeMoves;
import studio.smartwork.portal.audit.internal.TaskEntity;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * Tasks of the catalogue that look alike (decision 0141): likely duplicates for the consultant
 * to merge or dismiss, and the closest existing tasks for staff about to propose a new one.
 *
 * <p>Names are compared by PostgreSQL's pg_trgm on their key ({@code audit_task_name_key}: accents
 * folded, lower case, no punctuation, no little words). Two tasks are suggested as one when
 * <ul>
 * <li>the trigram similarity of their keys is at least {@link #THRESHOLD}, and</li>
 * <li>they do not each have a word the other lacks: a word is matched when some word of the other
 * name has a trigram similarity of at least {@link #WORD_THRESHOLD} ("answering" matches
 * "answer", "citas" matches "cita"). "Weekly KPI report" and "Monthly KPI report" share most
 * trigrams, but each has a word the other lacks, so they are two tasks; "Answer calls about
 * appointment times" and "answering appointment calls" are one, as only the first has a word
 * ("times") the second lacks.</li>
 * </ul>
 * Both thresholds were tuned on the pairs of TaskSimilarityTests, where they measure precision
 * 0.96 and recall 0.96.
 */
@Service
public class SimilarTasks {

    /** The least trigram similarity (0–1) of two names' keys for the tasks to be suggested as one. */
    static final double THRESHOLD = 0.5;
    /** The least trigram similarity (0–1) of two words for one to count as the other. */
    static final double WORD_THRESHOLD = 0.3;
    /** How many existing tasks are offered while a new one is typed. */
    static final int CLOSEST = 5;

    /** Whether one key holds a word that no word of the other key resembles. */
    private static final String HAS_UNMATCHED_WORD = """
            exists (select 1 from unnest(string_to_array(%1$s, ' ')) w
                where not exists (select 1 from unnest(string_to_array(%2$s, ' ')) v where similarity(w, v) >= :word_threshold))""";

    /** The rule of the class comment, for two name keys. */
    private static final String ALIKE = """
            similarity(%1$s, %2$s) >= :threshold and not (%3$s and %4$s)""".formatted("%1$s", "%2$s",
            HAS_UNMATCHED_WORD.formatted("%1$s", "%2$s"), HAS_UNMATCHED_WORD.formatted("%2$s", "%1$s"));

    private final TaskRepository tasks;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final ActivityLog activity;

    SimilarTasks(TaskRepository tasks, TenantScope tenantScope, JdbcClient jdbc, ActivityLog activity) {
        this.tasks = tasks;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /**
     * The tenant's likely duplicates, most alike first, leaving out pairs a consultant said are
     * not the same task. For consultants, who curate the catalogue.
     */
    public List<DuplicateSuggestion> duplicates(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.requireConsultant(session);
            // The % operator (similarity of at least pg_trgm's default 0.3, below THRESHOLD) finds the
            // candidate pairs through the trigram index; only their tasks are then counted.
            return jdbc.sql("""
                    with pairs as (
                        select a.id as a_id, b.id as b_id, similarity(audit_task_name_key(a.name), audit_task_name_key(b.name)) as score
                        from audit_task a join audit_task b
                          on b.tenant_id = a.tenant_id and a.id < b.id and audit_task_name_key(b.name) %% audit_task_name_key(a.name)
                        where a.tenant_id = :t and %s
                          and not exists (select 1 from audit_task_not_duplicate d where d.first_task_id = a.id and d.second_task_id = b.id)),
                    named as (
                        select t.id, p.id as process_id, p.name as process_name, t.name, pe.display_name as proposer,
                               (select count(*) from audit_time_entry e where e.task_id = t.id) as entries,
                               (select count(*) from audit_task_rating r where r.task_id = t.id) as ratings,
                               (select count(*) from audit_candidate_task c where c.task_id = t.id) as candidates
                        from audit_task t join audit_process p on p.id = t.process_id
                        left join person pe on pe.id = t.proposed_by
                        where t.id in (select a_id from pairs union select b_id from pairs))
                    select a.id, a.process_id, a.process_name, a.name, a.proposer, a.entries, a.ratings, a.candidates,
                           b.id, b.process_id, b.process_name, b.name, b.proposer, b.entries, b.ratings, b.candidates, pairs.score
                    from pairs join named a on a.id = pairs.a_id join named b on b.id = pairs.b_id
                    order by pairs.score desc, lower(a.name), a.id, b.id
                    """.formatted(ALIKE.formatted("audit_task_name_key(a.name)", "audit_task_name_key(b.name)")))
                    .param("t", tenant.value()).param("threshold", THRESHOLD).param("word_threshold", WORD_THRESHOLD)
                    .query((rs, n) -> {
                        Side first = new Side(new AuditTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                                new MergeMoves(rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                        Side second = new Side(new AuditTask(rs.getLong(9), rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13)),
                                new MergeMoves(rs.getInt(14), rs.getInt(15), rs.getInt(16)));
                        int percent = (int) Math.round(rs.getDouble(17) * 100);
                        // The first has the lower id, so it is the older and is kept on a tie.
                        return second.moves().entries() > first.moves().entries()
                                ? new DuplicateSuggestion(first.task(), second.task(), percent, first.moves())
                                : new DuplicateSuggestion(second.task(), first.task(), percent, second.moves());
                    })
                    .list();
        });
    }

    private record Side(AuditTask task, MergeMoves moves) {
    }

    /** Remembers that two tasks are not the same, so they are not suggested again. For consultants. */
    public void dismiss(TenantId tenant, long taskId, long otherTaskId) {
        tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            TaskEntity task = tasks.findByIdAndTenantId(taskId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            TaskEntity other = tasks.findByIdAndTenantId(otherTaskId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (taskId == otherTaskId) {
                throw InvalidInputException.of("task", "audit.similar.dismiss.same-task");
            }
            jdbc.sql("""
                    insert into audit_task_not_duplicate (tenant_id, first_task_id, second_task_id) values (:t, :first, :second)
                    on conflict do nothing
                    """).param("t", tenant.value()).param("first", Math.min(taskId, otherTaskId))
                    .param("second", Math.max(taskId, otherTaskId)).update();
            activity.record(session, "audit.similar.activity.dismissed", task.name(), other.name());
            return null;
        });
    }

    /**
     * The existing tasks closest to a name being typed, closest first (at most {@link #CLOSEST}),
     * so a person about to propose a task picks an existing one instead. Everyone in the tenant
     * reads the catalogue; who proposed a task is for the consultancy only, as in the catalogue.
     */
    public List<AuditTask> closest(TenantId tenant, @Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > TaskCatalogue.MAX_TASK_NAME) {
            return List.of();
        }
        return tenantScope.read(tenant, session -> {
            boolean withProposer = session.role().isConsultancy();
            // The % operator (trigram similarity of at least 0.3, pg_trgm's default) narrows through the index.
            return jdbc.sql("""
                    select t.id, p.id, p.name, t.name, pe.display_name from audit_task t
                    join audit_process p on p.id = t.process_id
                    left join person pe on pe.id = t.proposed_by
                    where t.tenant_id = :t and audit_task_name_key(t.name) % audit_task_name_key(:typed)
                    order by similarity(audit_task_name_key(t.name), audit_task_name_key(:typed)) desc, lower(t.name), t.id
                    limit :closest
                    """).param("t", tenant.value()).param("typed", text).param("closest", CLOSEST)
                    .query((rs, n) -> new AuditTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            withProposer ? rs.getString(5) : null))
                    .list();
        });
    }

    /** How the rule judges two names; the tuning test runs it on its pairs, on the real database. */
    NamePair compare(String first, String second) {
        return jdbc.sql("""
                        select similarity(a, b), %s
                        from (select audit_task_name_key(:first) as a, audit_task_name_key(:second) as b) keys
                        """.formatted(ALIKE.formatted("a", "b")))
                .param("first", first).param("second", second)
                .param("threshold", THRESHOLD).param("word_threshold", WORD_THRESHOLD)
                .query((rs, n) -> new NamePair(rs.getDouble(1), rs.getBoolean(2))).single();
    }

    /** Two names' trigram similarity (0–1) and whether they would be suggested as one task. */
    record NamePair(double similarity, boolean suggested) {
    }
}
