package studio.smartwork.portal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.internal.ProcessEntity;
import studio.smartwork.portal.audit.internal.ProcessRepository;
import studio.smartwork.portal.audit.internal.TaskEntity;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * The tenant's catalogue of processes and tasks. Everyone in the tenant reads it; staff
 * propose tasks while logging (usable at once); consultants create, rename and merge.
 */
@Service
public class TaskCatalogue {

    static final int MAX_PROCESS_NAME = 120;
    static final int MAX_TASK_NAME = 160;

    private final ProcessRepository processes;
    private final TaskRepository tasks;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final ActivityLog activity;

    TaskCatalogue(ProcessRepository processes, TaskRepository tasks, TenantScope tenantScope, JdbcClient jdbc,
            ActivityLog activity) {
        this.processes = processes;
        this.tasks = tasks;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /** Processes by name, each with its tasks by name. */
    public List<AuditProcess> catalogue(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            Map<Long, List<AuditTask>> byProcess = new LinkedHashMap<>();
            taskRows(session, "true", Map.of()).forEach(t -> byProcess.computeIfAbsent(t.processId(), id -> new ArrayList<>()).add(t));
            return processes.findByTenantIdOrderByNameAsc(tenant.value()).stream()
                    .map(p -> new AuditProcess(p.id(), p.name(), byProcess.getOrDefault(p.id(), List.of())))
                    .toList();
        });
    }

    /** Every task, ordered by process and name. */
    public List<AuditTask> tasks(TenantId tenant) {
        return tenantScope.read(tenant, session -> taskRows(session, "true", Map.of()));
    }

    /** The columns the task list may be sorted by, each with the SQL it sorts by. */
    private static final Map<String, String> TASK_SORTS = Map.of(
            "process", "lower(p.name)",
            "task", "lower(t.name)",
            "origin", "lower(pe.display_name)");

    /** Narrows the tasks to those whose process or name holds the typed text. */
    private static final String TASK_FILTER = """
            (not :filtered or p.name ilike :pattern or t.name ilike :pattern)""";

    /** The catalogue's own order: by process, then task. */
    private static final String TASK_ORDER = """
            lower(p.name), lower(t.name), t.id""";

    /**
     * A page of the tasks {@link #tasks(TenantId)} lists, in its order unless sorted by a column
     * of {@code TASK_SORTS}, narrowed to those whose process or name holds the filter.
     */
    public List<AuditTask> tasks(TenantId tenant, PageRequest page) {
        return tenantScope.read(tenant, session -> {
            boolean withProposer = session.role().isConsultancy();
            // Who proposed a task is not the client's to sort by either.
            PageRequest sorted = withProposer || !"origin".equals(page.sortKey()) ? page : page.sortedBy("", false);
            return jdbc.sql("""
                    select t.id, p.id, p.name, t.name, pe.display_name from audit_task t
                    join audit_process p on p.id = t.process_id
                    left join person pe on pe.id = t.proposed_by
                    where t.tenant_id = :t and %s
                    order by %s
                    limit :limit offset :offset
                    """.formatted(TASK_FILTER, sorted.orderBy(TASK_SORTS, TASK_ORDER)))
                    .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                    .param("limit", page.limit()).param("offset", page.offset())
                    .query((rs, n) -> new AuditTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            withProposer ? rs.getString(5) : null))
                    .list();
        });
    }

    /** How many tasks {@link #tasks(TenantId, PageRequest)} pages through with this filter. */
    public int taskCount(TenantId tenant, String filter) {
        PageRequest page = PageRequest.first(0).filtered(filter);
        return tenantScope.read(tenant, session -> jdbc.sql("""
                select count(*) from audit_task t join audit_process p on p.id = t.process_id
                where t.tenant_id = :t and %s
                """.formatted(TASK_FILTER))
                .param("t", tenant.value()).param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                .query(Integer.class).single());
    }

    /**
     * Tasks matching the condition. Who proposed a task is for the consultancy, who curates
     * the catalogue; client people see the tasks only, not which colleague suggested one.
     */
    private List<AuditTask> taskRows(TenantSession session, String condition, Map<String, Object> params) {
        boolean withProposer = session.role().isConsultancy();
        return jdbc.sql("""
                select t.id, p.id, p.name, t.name, pe.display_name from audit_task t
                join audit_process p on p.id = t.process_id
                left join person pe on pe.id = t.proposed_by
                where t.tenant_id = :t
                """ + " and " + condition + " order by lower(p.name), lower(t.name)").param("t", session.tenant().value()).params(params)
                .query((rs, n) -> new AuditTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        withProposer ? rs.getString(5) : null))
                .list();
    }

    public AuditProcess createProcess(TenantId tenant, @Nullable String name) {
        return tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            ProcessEntity process = process(session, checkedName(name, "name", MAX_PROCESS_NAME), true);
            return new AuditProcess(process.id(), process.name(), List.of());
        });
    }

    /**
     * A new task in an existing process. Proposed by a client person, it is marked as theirs;
     * a task of the same name that already exists is simply returned.
     */
    public AuditTask addTask(TenantId tenant, long processId, @Nullable String name) {
        return tenantScope.write(tenant, session -> {
            ProcessEntity process = processes.findByIdAndTenantId(processId, tenant.value())
                    .orElseThrow(() -> InvalidInputException.of("process", "audit.catalogue.process.missing"));
            String trimmed = checkedName(name, "task", MAX_TASK_NAME);
            TaskEntity task = task(session, process, trimmed);
            return taskRows(session, "t.id = :id", Map.of("id", task.id())).getFirst();
        });
    }

    public void renameProcess(TenantId tenant, long processId, @Nullable String name) {
        tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            ProcessEntity process = processes.findByIdAndTenantId(processId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            String trimmed = checkedName(name, "name", MAX_PROCESS_NAME);
            processes.findByName(tenant.value(), trimmed).filter(other -> other.id() != processId).ifPresent(other -> {
                throw InvalidInputException.of("name", "audit.catalogue.process.exists", other.name());
            });
            String old = process.name();
            process.rename(trimmed);
            processes.saveAndFlush(process);
            activity.record(session, "audit.activity.process-renamed", old, trimmed);
            return null;
        });
    }

    public void renameTask(TenantId tenant, long taskId, @Nullable String name) {
        tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            TaskEntity task = tasks.findByIdAndTenantId(taskId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            String trimmed = checkedName(name, "name", MAX_TASK_NAME);
            tasks.findByName(task.processId(), trimmed).filter(other -> other.id() != taskId).ifPresent(other -> {
                throw InvalidInputException.of("name", "audit.catalogue.task.exists", other.name());
            });
            String old = task.name();
            task.rename(trimmed);
            tasks.saveAndFlush(task);
            activity.record(session, "audit.activity.task-renamed", old, trimmed);
            return null;
        });
    }

    /**
     * Merges one task into another, in one transaction: every time entry moves; ratings
     * move, and where a person rated both in a campaign, the rating of the task merged
     * into is kept; candidates that named the merged task name the other one. The merged
     * task is then gone.
     */
    public void merge(TenantId tenant, long fromTaskId, long intoTaskId) {
        tenantScope.write(tenant, session -> {
            AuditAccess.requireConsultant(session);
            if (fromTaskId == intoTaskId) {
                throw InvalidInputException.of("into", "audit.catalogue.merge.same-task");
            }
            TaskEntity from = tasks.findByIdAndTenantId(fromTaskId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            TaskEntity into = tasks.findByIdAndTenantId(intoTaskId, tenant.value())
                    .orElseThrow(() -> InvalidInputException.of("into", "audit.catalogue.merge.unknown-task"));
            tasks.flush();
            jdbc.sql("update audit_time_entry set task_id = :into where task_id = :from")
                    .param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("""
                    delete from audit_task_rating r
                    where r.task_id = :from and exists (select 1 from audit_task_rating k
                        where k.task_id = :into and k.campaign_id = r.campaign_id and k.person_id = r.person_id)
                    """).param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("update audit_task_rating set task_id = :into where task_id = :from")
                    .param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("""
                    delete from audit_candidate_task c
                    where c.task_id = :from and exists (select 1 from audit_candidate_task k
                        where k.task_id = :into and k.candidate_id = c.candidate_id)
                    """).param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("update audit_candidate_task set task_id = :into where task_id = :from")
                    .param("into", intoTaskId).param("from", fromTaskId).update();
            // Friction notes about the task, and timers running on it, go with its time.
            jdbc.sql("update audit_friction_note set task_id = :into where task_id = :from")
                    .param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("update audit_timer set task_id = :into where task_id = :from")
                    .param("into", intoTaskId).param("from", fromTaskId).update();
            jdbc.sql("delete from audit_task where id = :from").param("from", fromTaskId).update();
            activity.record(session, "audit.activity.task-merged", from.name(), into.name());
            return null;
        });
    }

    /** The process with this name, created when missing (inside the caller's transaction). */
    ProcessEntity process(TenantSession session, String name, boolean mustBeNew) {
        var existing = processes.findByName(session.tenant().value(), name);
        if (existing.isPresent()) {
            if (mustBeNew) {
                throw InvalidInputException.of("name", "audit.catalogue.process.exists", existing.get().name());
            }
            return existing.get();
        }
        ProcessEntity created = processes.saveAndFlush(new ProcessEntity(session.tenant().value(), name));
        activity.record(session, "audit.activity.process-added", name);
        return created;
    }

    /** The task of this name in the process, created when missing (inside the caller's transaction). */
    TaskEntity task(TenantSession session, ProcessEntity process, String name) {
        return tasks.findByName(process.id(), name).orElseGet(() -> {
            Long proposer = session.role().isClient() ? session.actor().personId() : null;
            TaskEntity created = tasks.saveAndFlush(new TaskEntity(session.tenant().value(), process.id(), name, proposer));
            activity.record(session, proposer == null ? "audit.activity.task-added" : "audit.activity.task-proposed", name, process.name());
            return created;
        });
    }

    private static String checkedName(@Nullable String name, String field, int max) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw InvalidInputException.of(field, "audit.name.length", max);
        }
        EnteredText.requireLine(field, trimmed);
        return trimmed;
    }
}
