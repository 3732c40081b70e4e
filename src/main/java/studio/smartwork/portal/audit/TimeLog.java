package studio.smartwork.portal.audit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.audit.internal.CampaignEntity;
import studio.smartwork.portal.audit.internal.CampaignRepository;
import studio.smartwork.portal.audit.internal.LoggedCost;
import studio.smartwork.portal.audit.internal.LoggedCosts;
import studio.smartwork.portal.audit.internal.RatingEntity;
import studio.smartwork.portal.audit.internal.RatingRepository;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.audit.internal.TimeEntryEntity;
import studio.smartwork.portal.audit.internal.TimeEntryRepository;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.EnteredDates;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A participant's own time entries, weekly grid, task ratings and friction notes. Every
 * read and write is for the signed-in person only: queries are filtered by their person
 * id, so nobody sees or changes a colleague's entries through here.
 */
@Service
public class TimeLog {

    public static final int MAX_MINUTES = 1440;
    public static final int MAX_NOTE = 1000;

    private final CampaignRepository campaigns;
    private final TaskRepository tasks;
    private final TimeEntryRepository entries;
    private final RatingRepository ratings;
    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final LoggedCosts costs;

    TimeLog(CampaignRepository campaigns, TaskRepository tasks, TimeEntryRepository entries, RatingRepository ratings,
            TenantScope tenantScope, JdbcClient jdbc, LoggedCosts costs) {
        this.costs = costs;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.entries = entries;
        this.ratings = ratings;
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
    }

    // --- Entries -------------------------------------------------------------------------

    /** The signed-in person's entries in a campaign, newest first. */
    public List<TimeEntry> myEntries(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            Map<Long, String> labels = taskLabels(tenant);
            return entries.findByCampaignIdAndPersonIdOrderByDateDescIdDesc(campaignId, session.actor().personId()).stream()
                    .map(e -> new TimeEntry(e.id(), e.date(), e.taskId(), labels.getOrDefault(e.taskId(), ""), e.minutes(),
                            e.occurrences(), e.note(), e.version()))
                    .toList();
        });
    }

    /** The columns the entries' list may be sorted by, each with the SQL it sorts by. */
    private static final Map<String, String> ENTRY_SORTS = Map.of(
            "date", "e.entry_date",
            "task", "lower(p.name || ' · ' || t.name)",
            "minutes", "e.minutes",
            "occurrences", "e.occurrences",
            "note", "lower(e.note)");

    /**
     * A page of the signed-in person's entries in a campaign (newest first unless sorted by a
     * column of {@code ENTRY_SORTS}), narrowed to those whose task or note holds the filter;
     * what {@link #myEntries(TenantId, long)} lists, a page at a time.
     */
    public List<TimeEntry> myEntries(TenantId tenant, long campaignId, PageRequest page) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return jdbc.sql("""
                    select e.id, e.entry_date, e.task_id, p.name || ' · ' || t.name, e.minutes, e.occurrences, e.note, e.version
                    from audit_time_entry e
                    join audit_task t on t.id = e.task_id
                    join audit_process p on p.id = t.process_id
                    where e.tenant_id = :t and e.campaign_id = :c and e.person_id = :me
                      and %s
                    order by %s
                    limit :limit offset :offset
                    """.formatted(ENTRY_FILTER, page.orderBy(ENTRY_SORTS, ENTRY_ORDER)))
                    .param("t", tenant.value()).param("c", campaignId).param("me", session.actor().personId())
                    .param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                    .param("limit", page.limit()).param("offset", page.offset())
                    .query((rs, n) -> new TimeEntry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getLong(8)))
                    .list();
        });
    }

    /** How many of the signed-in person's entries in a campaign {@link #myEntries(TenantId, long, PageRequest)} pages through. */
    public int myEntryCount(TenantId tenant, long campaignId, String filter) {
        PageRequest page = PageRequest.first(0).filtered(filter);
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return jdbc.sql("""
                    select count(*) from audit_time_entry e
                    join audit_task t on t.id = e.task_id
                    join audit_process p on p.id = t.process_id
                    where e.tenant_id = :t and e.campaign_id = :c and e.person_id = :me
                      and %s
                    """.formatted(ENTRY_FILTER))
                    .param("t", tenant.value()).param("c", campaignId).param("me", session.actor().personId())
                    .param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                    .query(Integer.class).single();
        });
    }

    /** Narrows the entries to those whose task (process · task) or note holds the typed text. */
    private static final String ENTRY_FILTER = """
            (not :filtered or p.name || ' · ' || t.name ilike :pattern or e.note ilike :pattern)""";

    /** The entries' own order: newest first. */
    private static final String ENTRY_ORDER = """
            e.entry_date desc, e.id desc""";

    /** The quick form: one entry for the signed-in person. */
    public TimeEntry log(TenantId tenant, long campaignId, NewTimeEntry entry) {
        return tenantScope.write(tenant, session -> {
            CampaignEntity campaign = writableCampaign(session, campaignId);
            checkEntry(session, campaign, entry);
            long me = session.actor().personId();
            TimeEntryEntity saved = entries.saveAndFlush(new TimeEntryEntity(tenant.value(), campaignId, me,
                    costs.of(tenant.value(), me), entry.taskId(), entry.date(), entry.minutes(), entry.occurrences(), blankToNull(entry.note())));
            return new TimeEntry(saved.id(), saved.date(), saved.taskId(), taskLabels(tenant).getOrDefault(saved.taskId(), ""),
                    saved.minutes(), saved.occurrences(), saved.note(), saved.version());
        });
    }

    /**
     * Changes one of the signed-in person's own entries, as they last saw it; anyone else's
     * is not found, and one changed meanwhile (another window, another device) is refused.
     */
    public void change(TenantId tenant, long campaignId, EntryVersion seen, NewTimeEntry entry) {
        tenantScope.write(tenant, session -> {
            CampaignEntity campaign = writableCampaign(session, campaignId);
            TimeEntryEntity existing = ownEntry(session, campaignId, seen.entryId());
            requireUnchanged(existing, seen);
            checkEntry(session, campaign, entry);
            existing.change(entry.taskId(), entry.date(), entry.minutes(), entry.occurrences(), blankToNull(entry.note()));
            flushOrChangedMeanwhile();
            return null;
        });
    }

    /** Deletes one of the signed-in person's own entries, as they last saw it. */
    public void delete(TenantId tenant, long campaignId, EntryVersion seen) {
        tenantScope.write(tenant, session -> {
            writableCampaign(session, campaignId);
            TimeEntryEntity existing = ownEntry(session, campaignId, seen.entryId());
            requireUnchanged(existing, seen);
            entries.delete(existing);
            flushOrChangedMeanwhile();
            return null;
        });
    }

    // --- Weekly grid -----------------------------------------------------------------------

    private record Day(long taskId, LocalDate date) {
    }

    /**
     * The signed-in person's week (Monday to Sunday): per task and day, the minutes and
     * occurrences logged, and the entries they come from.
     */
    public List<WeekCell> week(TenantId tenant, long campaignId, LocalDate anyDayOfWeek) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            if (!EnteredDates.isStorable(anyDayOfWeek)) {
                throw InvalidInputException.of("week", "audit.log.week.storable");
            }
            LocalDate monday = monday(anyDayOfWeek);
            Map<Day, List<TimeEntryEntity>> byDay = new LinkedHashMap<>();
            for (TimeEntryEntity e : entries.findByCampaignIdAndPersonIdAndDateBetween(campaignId, session.actor().personId(),
                    monday, monday.plusDays(6))) {
                byDay.computeIfAbsent(new Day(e.taskId(), e.date()), day -> new ArrayList<>()).add(e);
            }
            List<WeekCell> cells = new ArrayList<>();
            byDay.forEach((day, logged) -> cells.add(new WeekCell(day.taskId(), day.date(),
                    logged.stream().mapToInt(TimeEntryEntity::minutes).sum(),
                    logged.stream().mapToInt(TimeEntryEntity::occurrences).sum(),
                    logged.stream().map(e -> new EntryVersion(e.id(), e.version())).toList(),
                    logged.size() == 1 ? logged.getFirst().note() : null)));
            return cells;
        });
    }

    /**
     * Saves changed cells of the weekly grid, all or nothing. A cell's one entry gets the new
     * minutes and occurrences and keeps its note and identity (or is deleted when the cell is
     * cleared); a cell with no entry gets a new one. Nothing is merged: a cell of several
     * entries is refused with a pointer to changing them one by one, and a cell whose entries
     * changed since the page loaded them is refused as changed meanwhile.
     */
    public void saveWeek(TenantId tenant, long campaignId, List<WeekCell> changedCells) {
        tenantScope.write(tenant, session -> {
            CampaignEntity campaign = writableCampaign(session, campaignId);
            Map<String, Message> problems = new LinkedHashMap<>();
            for (WeekCell cell : changedCells) {
                String field = cellField(cell);
                if (!campaign.startsOn().isAfter(cell.date()) && !campaign.endsOn().isBefore(cell.date())) {
                    if (cell.minutes() != null && (cell.minutes() < 1 || cell.minutes() > MAX_MINUTES)) {
                        problems.put(field, Message.of("audit.log.week.minutes.range", MAX_MINUTES, cell.date()));
                    } else if (cell.minutes() != null && (cell.occurrences() == null || cell.occurrences() < 1)) {
                        problems.put(field, Message.of("audit.log.week.occurrences.missing", cell.date()));
                    } else if (cell.minutes() == null && cell.occurrences() != null) {
                        problems.put(field, Message.of("audit.log.week.minutes.missing", cell.date()));
                    }
                } else {
                    problems.put(field, Message.of("audit.log.week.outside-window", cell.date()));
                }
                if (tasks.findByIdAndTenantId(cell.taskId(), tenant.value()).isEmpty()) {
                    problems.put(field, Message.of("audit.log.task.unknown"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            long me = session.actor().personId();
            Map<String, Message> changedMeanwhile = new LinkedHashMap<>();
            Map<WeekCell, List<TimeEntryEntity>> current = new LinkedHashMap<>();
            for (WeekCell cell : changedCells) {
                List<TimeEntryEntity> logged = entries.findByCampaignIdAndPersonIdAndTaskIdAndDate(campaignId, me, cell.taskId(), cell.date());
                Set<EntryVersion> now = logged.stream().map(e -> new EntryVersion(e.id(), e.version())).collect(Collectors.toSet());
                if (!now.equals(Set.copyOf(cell.entries()))) {
                    changedMeanwhile.put(cellField(cell), Message.of("audit.log.week.changed-meanwhile", cell.date()));
                } else if (logged.size() > 1) {
                    problems.put(cellField(cell), Message.of("audit.log.week.several-entries", cell.date(), logged.size()));
                }
                current.put(cell, logged);
            }
            if (!changedMeanwhile.isEmpty()) {
                changedMeanwhile.putAll(problems);
                throw new ChangedMeanwhileException(changedMeanwhile);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            LoggedCost cost = costs.of(tenant.value(), me);
            current.forEach((cell, logged) -> {
                if (logged.isEmpty()) {
                    if (cell.minutes() != null) {
                        entries.save(new TimeEntryEntity(tenant.value(), campaignId, me, cost, cell.taskId(), cell.date(),
                                cell.minutes(), cell.occurrences(), null));
                    }
                } else if (cell.minutes() == null) {
                    entries.delete(logged.getFirst());
                } else {
                    logged.getFirst().changeAmount(cell.minutes(), cell.occurrences());
                }
            });
            flushOrChangedMeanwhile();
            return null;
        });
    }

    private static String cellField(WeekCell cell) {
        return cell.taskId() + "|" + cell.date();
    }

    /**
     * Writes now, inside the transaction: should another change of the same entry have been
     * committed between reading and writing, the version no longer matches and nothing is written.
     */
    private void flushOrChangedMeanwhile() {
        try {
            entries.flush();
        } catch (OptimisticLockingFailureException lost) {
            throw ChangedMeanwhileException.of("version", "audit.log.changed-meanwhile");
        }
    }

    private static void requireUnchanged(TimeEntryEntity existing, EntryVersion seen) {
        if (existing.version() != seen.version()) {
            throw ChangedMeanwhileException.of("version", "audit.log.entry.changed-meanwhile");
        }
    }

    public static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
    }

    // --- Ratings -----------------------------------------------------------------------------

    public List<TaskRating> myRatings(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return ratings.findByCampaignIdAndPersonId(campaignId, session.actor().personId()).stream()
                    .map(r -> new TaskRating(r.taskId(), r.repetitive(), r.ruleBased(), r.predictable(), r.friction(), r.breaksWhere()))
                    .toList();
        });
    }

    /** Sets the signed-in person's rating of a task they do (replacing an earlier one). */
    public void rate(TenantId tenant, long campaignId, TaskRating rating) {
        tenantScope.write(tenant, session -> {
            CampaignEntity campaign = writableCampaign(session, campaignId);
            checkRating(rating);
            if (tasks.findByIdAndTenantId(rating.taskId(), tenant.value()).isEmpty()) {
                throw InvalidInputException.of("task", "audit.log.task.unknown");
            }
            setRating(session, campaign.id(), session.actor().personId(), rating);
            return null;
        });
    }

    /** Writes a rating inside the caller's transaction. */
    void setRating(TenantSession session, long campaignId, long personId, TaskRating rating) {
        RatingEntity entity = ratings.findByCampaignIdAndPersonIdAndTaskId(campaignId, personId, rating.taskId())
                .orElseGet(() -> new RatingEntity(session.tenant().value(), campaignId, personId, rating.taskId()));
        entity.set(rating.repetitive(), rating.ruleBased(), rating.predictable(), rating.friction(), blankToNull(rating.breaksWhere()));
        ratings.saveAndFlush(entity);
    }

    /**
     * Sets the numeric ratings from an import and keeps the person's own "where does it
     * break?" text, which a file does not carry.
     */
    void setImportedRating(TenantSession session, long campaignId, long personId, TaskRating rating) {
        RatingEntity entity = ratings.findByCampaignIdAndPersonIdAndTaskId(campaignId, personId, rating.taskId())
                .orElseGet(() -> new RatingEntity(session.tenant().value(), campaignId, personId, rating.taskId()));
        entity.set(rating.repetitive(), rating.ruleBased(), rating.predictable(), rating.friction(), entity.breaksWhere());
        ratings.saveAndFlush(entity);
    }

    static void checkRating(TaskRating rating) {
        var problems = new InvalidInputException.Collector()
                .check(inRange(rating.repetitive()), "repetitive", "audit.log.rating.range")
                .check(inRange(rating.ruleBased()), "ruleBased", "audit.log.rating.range")
                .check(inRange(rating.predictable()), "predictable", "audit.log.rating.range")
                .check(inRange(rating.friction()), "friction", "audit.log.rating.range")
                .check((rating.repetitive() == null) == (rating.ruleBased() == null)
                        && (rating.ruleBased() == null) == (rating.predictable() == null), "repetitive", "audit.log.rating.together")
                .check(rating.repetitive() != null || rating.friction() != null, "repetitive", "audit.log.rating.none")
                .check(rating.breaksWhere() == null || rating.breaksWhere().length() <= MAX_NOTE, "breaksWhere",
                        "audit.log.rating.breaks-where.length", MAX_NOTE)
                .check(EnteredText.isProse(rating.breaksWhere()), "breaksWhere", EnteredText.PROSE);
        problems.throwIfAny();
    }

    private static boolean inRange(@Nullable Integer value) {
        return value == null || (value >= 1 && value <= 5);
    }

    // --- Friction notes -----------------------------------------------------------------------

    /** A campaign's friction notes, most +1s first; authors are not shown. */
    public List<FrictionNote> frictionNotes(TenantId tenant, long campaignId) {
        return tenantScope.read(tenant, session -> {
            AuditAccess.campaign(session, campaigns, jdbc, campaignId);
            return jdbc.sql("""
                    select n.id, n.text, count(v.id) as votes, n.person_id = :me as mine,
                           coalesce(bool_or(v.person_id = :me), false) as voted,
                           n.task_id, p.name || ' · ' || t.name as task_label
                    from audit_friction_note n left join audit_friction_vote v on v.note_id = n.id
                    left join audit_task t on t.id = n.task_id left join audit_process p on p.id = t.process_id
                    where n.campaign_id = :c
                    group by n.id, t.id, p.id order by votes desc, n.created_at desc, n.id desc
                    """).param("c", campaignId).param("me", session.actor().personId())
                    .query((rs, n) -> new FrictionNote(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5),
                            rs.getObject(6, Long.class), rs.getString(7)))
                    .list();
        });
    }

    /** "What wastes your time?" — any client person of the tenant may write one, about the work in general. */
    public void addFrictionNote(TenantId tenant, long campaignId, @Nullable String text) {
        addFrictionNote(tenant, campaignId, null, text);
    }

    /** As {@link #addFrictionNote(TenantId, long, String)}, about one task of the catalogue (or none). */
    public void addFrictionNote(TenantId tenant, long campaignId, @Nullable Long taskId, @Nullable String text) {
        tenantScope.write(tenant, session -> {
            if (taskId != null && tasks.findByIdAndTenantId(taskId, tenant.value()).isEmpty()) {
                throw InvalidInputException.of("task", "audit.friction.unknown-task");
            }
            requireClient(session);
            requireOpen(AuditAccess.campaign(session, campaigns, jdbc, campaignId));
            String trimmed = text == null ? "" : text.trim();
            if (trimmed.isEmpty() || trimmed.length() > MAX_NOTE) {
                throw InvalidInputException.of("text", "audit.friction.text.length", MAX_NOTE);
            }
            EnteredText.requireProse("text", trimmed);
            jdbc.sql("insert into audit_friction_note (tenant_id, campaign_id, person_id, task_id, text) values (:t, :c, :p, :task, :text)")
                    .param("t", tenant.value()).param("c", campaignId).param("p", session.actor().personId())
                    .param("task", taskId).param("text", trimmed).update();
            return null;
        });
    }

    /** +1 a colleague's note (once per person), or withdraw the +1. */
    public void vote(TenantId tenant, long campaignId, long noteId, boolean plusOne) {
        tenantScope.write(tenant, session -> {
            requireClient(session);
            requireOpen(AuditAccess.campaign(session, campaigns, jdbc, campaignId));
            boolean exists = jdbc.sql("select count(*) from audit_friction_note where id = :n and campaign_id = :c")
                    .param("n", noteId).param("c", campaignId).query(Long.class).single() > 0;
            if (!exists) {
                throw new TenantNotFoundException();
            }
            if (plusOne) {
                jdbc.sql("""
                        insert into audit_friction_vote (tenant_id, note_id, person_id) values (:t, :n, :p)
                        on conflict (note_id, person_id) do nothing
                        """).param("t", tenant.value()).param("n", noteId).param("p", session.actor().personId()).update();
            } else {
                jdbc.sql("delete from audit_friction_vote where note_id = :n and person_id = :p")
                        .param("n", noteId).param("p", session.actor().personId()).update();
            }
            return null;
        });
    }

    // --- Rules -------------------------------------------------------------------------------

    private static void requireClient(TenantSession session) {
        if (!session.role().isClient()) {
            throw new NotAllowedException("audit.friction.clients-only");
        }
    }

    /** The campaign, if the person logs time in it and it is still open; the live timer asks the same. */
    CampaignEntity writableCampaign(TenantSession session, long campaignId) {
        CampaignEntity campaign = AuditAccess.campaign(session, campaigns, jdbc, campaignId);
        AuditAccess.requireParticipant(session, jdbc, campaign);
        if (!campaign.open()) {
            throw new NotAllowedException("audit.log.closed", campaign.name());
        }
        return campaign;
    }

    /** A closed campaign's notes and +1s are part of its final picture and stay as they were. */
    private static void requireOpen(CampaignEntity campaign) {
        if (!campaign.open()) {
            throw new NotAllowedException("audit.friction.closed", campaign.name());
        }
    }

    private TimeEntryEntity ownEntry(TenantSession session, long campaignId, long entryId) {
        return entries.findByIdAndPersonId(entryId, session.actor().personId())
                .filter(e -> e.campaignId() == campaignId)
                .orElseThrow(TenantNotFoundException::new);
    }

    private void checkEntry(TenantSession session, CampaignEntity campaign, NewTimeEntry entry) {
        new InvalidInputException.Collector()
                .check(entry.date() != null, "date", "audit.log.date.missing")
                .check(entry.date() == null || (!entry.date().isBefore(campaign.startsOn()) && !entry.date().isAfter(campaign.endsOn())),
                        "date", "audit.log.date.outside-window", campaign.startsOn(), campaign.endsOn())
                .check(entry.taskId() != null && tasks.findByIdAndTenantId(entry.taskId(), session.tenant().value()).isPresent(),
                        "task", "audit.log.task.missing")
                .check(entry.minutes() != null && entry.minutes() >= 1 && entry.minutes() <= MAX_MINUTES, "minutes",
                        "audit.log.minutes.range", MAX_MINUTES)
                .check(entry.occurrences() != null && entry.occurrences() >= 1, "occurrences", "audit.log.occurrences.range")
                .check(entry.note() == null || entry.note().length() <= MAX_NOTE, "note", "audit.note.length", MAX_NOTE)
                .check(EnteredText.isProse(entry.note()), "note", EnteredText.PROSE)
                .throwIfAny();
    }

    private Map<Long, String> taskLabels(TenantId tenant) {
        Map<Long, String> labels = new HashMap<>();
        jdbc.sql("select t.id, p.name || ' · ' || t.name from audit_task t join audit_process p on p.id = t.process_id where t.tenant_id = :t")
                .param("t", tenant.value()).query((rs, n) -> labels.put(rs.getLong(1), rs.getString(2))).list();
        return labels;
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
