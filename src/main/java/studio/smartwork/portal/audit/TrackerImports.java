package studio.smartwork.portal.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * Time entries from the trackers clients already use (Toggl Track, Clockify, Kimai) and from any
 * sheet with a header row, CSV or XLSX. A file is first read and its format told from its header
 * ({@link #read}); the person confirms or changes which column is what; then every row becomes one
 * entry of the same all-or-nothing import as the portal's own CSV ({@link AuditImport}), refused
 * by the file's line numbers. The columns relied on, and why a tracker's row is one entry of one
 * occurrence, are in decision 0110.
 */
@Service
public class TrackerImports {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,5}):(\\d{1,2})(?::(\\d{1,2}))?");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}(?:[.,]\\d+)?");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?");
    private static final Pattern DOTTED_DAY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?");
    private static final Pattern SLASHED_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: .*)?");

    /** Toggl's and Clockify's column of the day (as written, "Start date" and "Start Date"). */
    private static final String START_DATE = "start date";

    private final AuditImport audit;
    private final TenantScope tenantScope;

    TrackerImports(AuditImport audit, TenantScope tenantScope) {
        this.audit = audit;
        this.tenantScope = tenantScope;
    }

    /** Reads a file as a table and suggests its columns; nothing is stored, and no tenant is needed to read. */
    public ImportSheet read(String fileName, byte[] file) {
        SheetFiles.Table table = SheetFiles.read(fileName, file);
        if (!table.problems().isEmpty()) {
            return new ImportSheet(SheetFormat.SHEET, new SheetTable(List.of(), List.of()), none(), table.problems());
        }
        List<String> header = table.header();
        SheetFormat format = formatOf(header);
        ColumnMapping suggested = suggested(format, header, table.rows());
        if (format == SheetFormat.PORTAL && SheetFiles.isWorkbook(file)) {
            // The portal's columns in a workbook: imported as a sheet, by those columns (without occurrences and ratings).
            format = SheetFormat.SHEET;
        }
        return new ImportSheet(format, new SheetTable(header, table.rows()), suggested, List.of());
    }

    /**
     * Imports a read sheet's table with the columns as confirmed: each row one entry of one
     * occurrence, through the same checks and write as every import; refusals name the file's lines.
     */
    public ImportResult importSheet(TenantId tenant, long campaignId, SheetTable sheet, ColumnMapping mapping, ImportProgress progress) {
        return tenantScope.write(tenant, session -> audit.store(session, campaignId, members -> entries(sheet, mapping, members, progress), 1, progress));
    }

    static SheetFormat formatOf(List<String> header) {
        List<String> names = header.stream().map(TrackerImports::normal).toList();
        if (header.equals(AuditImport.HEADER)) {
            return SheetFormat.PORTAL;
        }
        if (names.contains("duration (h)") || names.contains("duration (decimal)")) {
            return SheetFormat.CLOCKIFY;
        }
        if (names.contains(START_DATE) && names.contains("duration") && names.contains("email")) {
            return SheetFormat.TOGGL;
        }
        if (names.contains("date") && names.contains("duration") && names.contains("activity") && names.contains("project")) {
            return SheetFormat.KIMAI;
        }
        return SheetFormat.SHEET;
    }

    /** The columns a format is known to hold; for any other sheet, the first column named like each part. */
    static ColumnMapping suggested(SheetFormat format, List<String> header, List<SheetRow> rows) {
        return switch (format) {
            case PORTAL -> new ColumnMapping(1, 0, 2, 3, 4, DurationUnit.MINUTES, 10);
            case TOGGL -> trackerWithTasks(header, rows, column(header, "email"), column(header, START_DATE), column(header, "duration"));
            case CLOCKIFY -> trackerWithTasks(header, rows, column(header, "email"), column(header, START_DATE),
                    column(header, "duration (h)", "duration (decimal)"));
            case KIMAI -> new ColumnMapping(column(header, "email", "e-mail", "user", "username"), column(header, "date"),
                    column(header, "project"), column(header, "activity"), column(header, "duration"), DurationUnit.HOURS,
                    column(header, "description"));
            case SHEET -> sheet(header);
        };
    }

    /**
     * Toggl and Clockify: the project is the process; the task is the tracker's own task when the
     * file uses tasks at all, else the entry's description (what most teams type there).
     */
    private static ColumnMapping trackerWithTasks(List<String> header, List<SheetRow> rows, @Nullable Integer person,
            @Nullable Integer date, @Nullable Integer duration) {
        Integer taskColumn = column(header, "task");
        Integer description = column(header, "description");
        boolean tasksUsed = taskColumn != null && rows.stream().anyMatch(row -> !row.cell(taskColumn).isBlank());
        return new ColumnMapping(person, date, column(header, "project"), tasksUsed ? taskColumn : description, duration,
                DurationUnit.HOURS, tasksUsed ? description : null);
    }

    private static ColumnMapping sheet(List<String> header) {
        Integer duration = column(header, "minutes", "duration", "hours", "time");
        Integer task = column(header, "task", "activity", "description");
        Integer note = column(header, "note", "notes", "comment", "description");
        boolean inMinutes = duration != null && normal(header.get(duration)).contains("min");
        return new ColumnMapping(column(header, "email", "e-mail", "mail", "person", "user", "name"),
                column(header, "date", "day", START_DATE), column(header, "process", "project"), task, duration,
                inMinutes ? DurationUnit.MINUTES : DurationUnit.HOURS, note != null && note.equals(task) ? null : note);
    }

    private static ColumnMapping none() {
        return new ColumnMapping(null, null, null, null, null, DurationUnit.HOURS, null);
    }

    private static @Nullable Integer column(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (normal(header.get(i)).equals(name)) {
                    return i;
                }
            }
        }
        return null;
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The sheet's rows as entries, each with why a value given could not be read; its rows are the units of the reading step. */
    private static EntriesRead entries(SheetTable sheet, ColumnMapping mapping, ImportMembers members, ImportProgress progress) {
        int columns = sheet.header().size();
        Integer person = within(mapping.person(), columns);
        Integer date = within(mapping.date(), columns);
        Integer process = within(mapping.process(), columns);
        Integer task = within(mapping.task(), columns);
        Integer duration = within(mapping.duration(), columns);
        Integer note = within(mapping.note(), columns);
        boolean dayFirst = date != null && sheet.rows().stream().map(row -> SLASHED_DAY.matcher(row.cell(date)))
                .anyMatch(m -> m.matches() && Integer.parseInt(m.group(1)) > 12);
        List<EntriesRead.ReadEntry> entries = new ArrayList<>();
        int read = 0;
        for (SheetRow row : sheet.rows()) {
            if (++read % AuditImport.REPORT_EVERY == 0) {
                progress.reached(ImportProgress.Step.READ, read, sheet.rows().size());
            }
            if (isTotal(row, person, date, process, task)) {
                continue;
            }
            Map<String, Message> unreadable = new HashMap<>();
            if (!row.cells().stream().allMatch(EnteredText::isProse)) {
                unreadable.put(AuditImport.TEXT, Message.of("audit.import.nul"));
            }
            String dayText = cell(row, date);
            LocalDate day = dayText == null ? null : day(dayText, dayFirst);
            if (dayText != null && day == null) {
                unreadable.put("date", Message.of("audit.import.date.invalid", dayText));
            }
            String email = cell(row, person);
            if (email != null && !email.contains("@")) {
                List<String> named = members.emailsNamed(email);
                if (named.size() == 1) {
                    email = named.getFirst();
                } else {
                    unreadable.put("email", Message.of(named.isEmpty() ? "audit.import.person.unknown-name"
                            : "audit.import.person.ambiguous-name", email));
                }
            }
            String durationText = cell(row, duration);
            Integer minutes = durationText == null ? null : minutes(durationText, mapping.durationUnit());
            if (durationText != null && minutes == null) {
                unreadable.put("minutes", Message.of("audit.import.duration.invalid", durationText));
            }
            String noteText = note == null || note.equals(task) ? null : cell(row, note);
            entries.add(new EntriesRead.ReadEntry(ImportedTimeEntry.unrated(row.line(), day, email, cell(row, process), cell(row, task),
                    minutes, noteText), unreadable));
        }
        progress.reached(ImportProgress.Step.READ, sheet.rows().size(), sheet.rows().size());
        return new EntriesRead(entries, List.of());
    }

    private static @Nullable Integer within(@Nullable Integer column, int columns) {
        return column != null && column >= 0 && column < columns ? column : null;
    }

    private static @Nullable String cell(SheetRow row, @Nullable Integer column) {
        if (column == null) {
            return null;
        }
        String value = row.cell(column).trim();
        return value.isEmpty() ? null : value;
    }

    /** A row naming no day, person, process or task (Kimai's sum of the durations at the bottom) is no entry. */
    private static boolean isTotal(SheetRow row, @Nullable Integer... columns) {
        for (Integer column : columns) {
            if (cell(row, column) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A day written 2026-04-06 (also with a time after it), 06.04.2026, or with slashes: 04/06/2026
     * is month first, as Clockify writes it by default, unless some day of the file's column is
     * written with a first number over 12, which shows the file writes the day first.
     */
    static @Nullable LocalDate day(String text, boolean dayFirst) {
        try {
            Matcher iso = ISO_DAY.matcher(text);
            if (iso.matches()) {
                return LocalDate.parse(iso.group(1));
            }
            Matcher dotted = DOTTED_DAY.matcher(text);
            if (dotted.matches()) {
                return LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)), Integer.parseInt(dotted.group(1)));
            }
            Matcher slashed = SLASHED_DAY.matcher(text);
            if (slashed.matches()) {
                int first = Integer.parseInt(slashed.group(1));
                int second = Integer.parseInt(slashed.group(2));
                return LocalDate.of(Integer.parseInt(slashed.group(3)), dayFirst ? second : first, dayFirst ? first : second);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * Minutes from a duration: a clock (1:30 or 01:30:00) or a plain number in the column's unit
     * (1.5 or 1,5 hours). Seconds are rounded up to the minute, as the live timer does, so a
     * tracked minute and a few seconds count two; nothing tracked counts 0, which the import refuses.
     */
    static @Nullable Integer minutes(String text, DurationUnit unit) {
        Matcher clock = CLOCK.matcher(text);
        long seconds;
        if (clock.matches()) {
            int minutePart = Integer.parseInt(clock.group(2));
            int secondPart = clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
            if (minutePart > 59 || secondPart > 59) {
                return null;
            }
            seconds = Long.parseLong(clock.group(1)) * 3600 + minutePart * 60L + secondPart;
        } else if (DECIMAL.matcher(text).matches()) {
            java.math.BigDecimal amount = new java.math.BigDecimal(text.replace(',', '.'));
            seconds = amount.multiply(java.math.BigDecimal.valueOf(unit == DurationUnit.HOURS ? 3600 : 60))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        } else {
            return null;
        }
        return Math.toIntExact(Math.min((seconds + 59) / 60, Integer.MAX_VALUE));
    }
}
