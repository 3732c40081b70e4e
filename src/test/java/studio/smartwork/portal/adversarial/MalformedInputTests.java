package studio.smartwork.portal.adversarial;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditImport;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.EntryVersion;
import studio.smartwork.portal.audit.ImportProgress;
import studio.smartwork.portal.audit.ImportResult;
import studio.smartwork.portal.audit.ImportSheet;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.audit.TrackerImports;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.people.Accounts;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Malformed input through every way people have in: CSV files for the audit import, values
 * of the forms as the services receive them, and addresses typed into the browser. Every
 * input must end as a refusal a person is shown in words (or a refused import listing its
 * problems), or as an ordinary success where the input is acceptable after all (an emoji in a
 * name is a name); never as a server error. A refused input writes nothing: the rows of every
 * table of the tenant, and of the tenant and person tables, are counted before and after each
 * one. Where the product's rules say an input must be refused (minutes out of range, a date
 * outside the window, a name too long), it must not be accepted either. Inputs go into a
 * tenant of the suite's own ({@link AdversarialTenants#inputs}); addresses are opened on the
 * demo tenants, which only reads them.
 */
class MalformedInputTests extends KaribuTests {

    private static final int MINIMUM_INPUTS = 200;
    private static final Map<String, List<Outcome>> OUTCOMES = Collections.synchronizedMap(new LinkedHashMap<>());
    private static final Map<String, Duration> DURATIONS = Collections.synchronizedMap(new LinkedHashMap<>());

    private static final String NUL_TEXT = "a NUL character";

    private static final String SIGN_IN_PAGE = "the sign-in page";
    private static final String ACCESS_DENIED_PAGE = "access denied";
    /**
     * What refuses an address without showing anything: Not found, access denied, or the
     * sign-in page (in Karibu also for a signed-in person at an address no route matches).
     */
    private static final Set<String> REFUSAL_PAGES = Set.of("Not found", SIGN_IN_PAGE, ACCESS_DENIED_PAGE);

    /** What the product's rules allow an input to come to. */
    enum Expect {
        REFUSED, REFUSED_OR_ACCEPTED
    }

    /** What came of one input. */
    record Outcome(String group, String target, String input, String result, List<String> problems) {

        boolean wentWrong() {
            return !problems.isEmpty();
        }
    }

    private final AtomicInteger unique = new AtomicInteger();
    private TenantRows rows;
    private SeededTenant tenant;

    @AfterEach
    void signOutOfServices() {
        SignIn.out();
    }


    @Test
    void csvFilesForTheAuditImport() {
        long started = System.nanoTime();
        setUp();
        LocalDate day = tenant.firstDay();
        String staff = tenant.staff();
        String header = String.join(",", AuditImport.HEADER) + "\n";
        Function<String[], String> line = cells -> String.join(",", cells) + "\n";
        String good = line.apply(row(day, staff, "Inputs support", "Inputs answer calls", "30", "5", "4", "4", "3", "2", "fine"));
        Map<String, byte[]> refused = new LinkedHashMap<>();
        Map<String, byte[]> either = new LinkedHashMap<>();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        refused.put("an empty file", new byte[0]);
        refused.put("only a byte order mark", bom);
        refused.put("a byte order mark and the header", concat(bom, utf8(header)));
        refused.put("only the header", utf8(header));
        refused.put("only an empty line", utf8("\n"));
        refused.put("a header in other words", utf8(header.replace("date,email", "day,mail") + good));
        List<String> shuffled = new ArrayList<>(AuditImport.HEADER);
        Collections.shuffle(shuffled, new Random(20261129));
        refused.put("the header in another order", utf8(String.join(",", shuffled) + "\n" + good));
        refused.put("the header with an extra column", utf8(header.replace("\n", ",extra\n") + good));
        refused.put("the header with a column missing", utf8(header.replace(",note", "") + good));
        refused.put("the header in capitals", utf8(header.toUpperCase(Locale.ROOT) + good));
        refused.put("the header as a row", utf8(header + header));
        refused.put("a row with an extra column", utf8(header + good.replace("\n", ",extra\n")));
        refused.put("a row with a column missing", utf8(header + good.replace(",fine\n", "\n")));
        refused.put("an unbalanced quote in a row", utf8(header + good.replace("Inputs answer calls", "\"Inputs answer calls")));
        refused.put("an unbalanced quote in the header", utf8("\"" + header + good));
        refused.put("ISO-8859-1 text (Café) in a task name", concat(utf8(header), good.replace("Inputs answer calls", "Café")
                .getBytes(StandardCharsets.ISO_8859_1)));
        refused.put("ISO-8859-1 text in an e-mail address", concat(utf8(header), good.replace(staff, "josé@inputs.example")
                .getBytes(StandardCharsets.ISO_8859_1)));
        refused.put("random binary", randomBytes(4096));
        refused.put("UTF-16 with its byte order mark", (header + good).getBytes(StandardCharsets.UTF_16));
        refused.put("a NUL byte in a note", utf8(header + good.replace(",fine", ",fi\u0000ne")));
        refused.put("a NUL byte in a task name", utf8(header + good.replace("Inputs answer calls", "Inputs\u0000calls")));
        refused.put("a 1 MB single line", utf8("x".repeat(1 << 20)));
        refused.put("a 1 MB note", utf8(header + good.replace(",fine", ",".concat("n".repeat(1 << 20)))));
        refused.put("10,000 columns in the header", utf8("c,".repeat(9_999) + "c\n" + good));
        refused.put("10,000 columns in a row", utf8(header + "1,".repeat(9_999) + "1\n"));
        for (String date : List.of("2026-02-30", "31/12/2026", "", "2026-13-01", "0000-00-00", "+999999999-12-31", day + "T10:00",
                "20260601", "yesterday")) {
            refused.put("date '" + date + "'", utf8(header + good.replaceFirst("^[^,]*", date)));
        }
        refused.put("the day before the window", utf8(header + good.replaceFirst("^[^,]*", day.minusDays(1).toString())));
        refused.put("the day after the window", utf8(header + good.replaceFirst("^[^,]*", day.plusDays(12).toString())));
        for (String minutes : List.of("-1", "0", "1441", "99999999999", "1e3", "1.5", "", "٣٠", "30 min", "0x1E", "+30")) {
            refused.put("minutes '" + minutes + "'", utf8(header + good.replace(",30,5,", "," + minutes + ",5,")));
        }
        either.put("minutes '1440'", utf8(header + good.replace(",30,5,", ",1440,5,")));
        either.put("minutes ' 30 ' with spaces", utf8(header + good.replace(",30,5,", ", 30 ,5,")));
        for (String occurrences : List.of("0", "-1", "x", "99999999999", "2.5")) {
            refused.put("occurrences '" + occurrences + "'", utf8(header + good.replace(",30,5,", ",30," + occurrences + ",")));
        }
        either.put("occurrences left empty (one)", utf8(header + good.replace(",30,5,", ",30,,")));
        for (String rating : List.of("0", "6", "x", "3.5", "-1")) {
            refused.put("rating '" + rating + "'", utf8(header + good.replace(",5,4,4,3,2,", ",5," + rating + ",4,3,2,")));
            refused.put("friction '" + rating + "'", utf8(header + good.replace(",3,2,fine", ",3," + rating + ",fine")));
        }
        refused.put("only one of the three traits", utf8(header + good.replace(",4,4,3,2,", ",4,,,2,")));
        refused.put("an e-mail address of another tenant", utf8(header + good.replace(staff, DemoPeople.SAM)));
        refused.put("an e-mail address of the victim", utf8(header + good.replace(staff, "vic.zzleak@victim.example")));
        refused.put("an unknown e-mail address", utf8(header + good.replace(staff, "nobody@inputs.example")));
        refused.put("an empty e-mail address", utf8(header + good.replace(staff, "")));
        either.put("an e-mail address in capitals", utf8(header + good.replace(staff, staff.toUpperCase(Locale.ROOT))));
        for (String formula : List.of("=HYPERLINK(\"\"http://evil.example\"\")", "+SUM(A1:A9)", "@cmd", "-2+3")) {
            either.put("a formula-looking task name " + formula, utf8(header + good.replace("Inputs answer calls", "\"" + formula + "\"")));
        }
        refused.put("a task name of 10,000 characters", utf8(header + good.replace("Inputs answer calls", "t".repeat(10_000))));
        refused.put("a process name of 121 characters", utf8(header + good.replace("Inputs support", "p".repeat(121))));
        either.put("a process name of 120 characters", utf8(header + good.replace("Inputs support", "p".repeat(120))));
        refused.put("a task name of 161 characters", utf8(header + good.replace("Inputs answer calls", "t".repeat(161))));
        refused.put("a note of 1,001 characters", utf8(header + good.replace(",fine", "," + "n".repeat(1001))));
        either.put("a note of 1,000 characters", utf8(header + good.replace(",fine", "," + "n".repeat(1000))));
        refused.put("a process name of only spaces", utf8(header + good.replace("Inputs support", "   ")));
        refused.put("an empty task name", utf8(header + good.replace("Inputs answer calls", "")));
        refused.put("a row of only commas", utf8(header + ",".repeat(10) + "\n"));
        refused.put("one good row and one bad row", utf8(header + good + good.replace(",30,5,", ",-5,5,")));
        refused.put("1,000 bad rows", utf8(header + good.replace(",30,5,", ",0,5,").repeat(1000)));
        refused.put("semicolons for commas", utf8(header.replace(',', ';') + good.replace(',', ';')));
        refused.put("an unpaired surrogate encoded in a task name", concat(utf8(header), replaceBytes(good, "Inputs answer calls",
                new byte[] {'s', (byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        refused.put("an overlong encoding in a process name", concat(utf8(header), replaceBytes(good, "Inputs support",
                new byte[] {'p', (byte) 0xC0, (byte) 0xAF})));
        either.put("Windows line endings", utf8((header + good).replace("\n", "\r\n")));
        either.put("empty lines between rows", utf8(header + "\n" + good + "\n\n" + good));
        either.put("a note with a line break inside quotes", utf8(header + good.replace(",fine", ",\"first\nsecond\"")));
        either.put("control characters in a note", utf8(header + good.replace(",fine", ",bell\u0007 escape\u001B")));
        either.put("a right-to-left override in a task name", utf8(header + good.replace("Inputs answer calls", "\u202Etxt.exe")));
        either.put("an SQL fragment as a task name", utf8(header + good.replace("Inputs answer calls", "'; drop table person; --")));
        either.put("emoji in a process name", utf8(header + good.replace("Inputs support", "Support 🙂👍🏽")));
        either.put("a quote inside an unquoted field", utf8(header + good.replace("Inputs answer calls", "answer \"calls\"")));

        AuditImport importer = context.getBean(AuditImport.class);
        refused.forEach((what, file) -> input("CSV files", "AuditImport.importCsv", what, tenant.consultant(), Expect.REFUSED,
                () -> importer.importCsv(tenant.id(), tenant.openCampaignId(), file)));
        either.forEach((what, file) -> input("CSV files", "AuditImport.importCsv", what, tenant.consultant(), Expect.REFUSED_OR_ACCEPTED,
                () -> importer.importCsv(tenant.id(), tenant.openCampaignId(), file)));
        finish("CSV files", 70, started);
    }

    /**
     * Files from the trackers as people upload them, broken in the ways files break: read and,
     * where the reader accepts them, imported with the columns it suggests. Refused or imported,
     * never an error and never half-written.
     */
    @Test
    void trackerFilesThroughTheReaderAndTheImport() throws Exception {
        long started = System.nanoTime();
        setUp();
        String staff = tenant.staff();
        LocalDate day = tenant.firstDay();
        String header = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)\n";
        String good = "Ivy Inputs," + staff + ",Inputs,Inputs support,,Answer calls,No," + day + ",09:00:00," + day + ",09:45:00,00:45:00,,\n";
        Map<String, Object[]> files = new LinkedHashMap<>();
        files.put("a Toggl file", new Object[] {"toggl.csv", utf8(header + good)});
        files.put("a Toggl file named .xlsx", new Object[] {"toggl.xlsx", utf8(header + good)});
        files.put("an old Excel file (.xls)", new Object[] {"export.xls", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, randomBytes(2048))});
        files.put("a zip that is no workbook", new Object[] {"export.xlsx", zipOf("notes.txt", "not a sheet")});
        files.put("random bytes named .xlsx", new Object[] {"export.xlsx", randomBytes(4096)});
        files.put("an empty file", new Object[] {"export.csv", new byte[0]});
        files.put("only the header", new Object[] {"toggl.csv", utf8(header)});
        files.put("the header twice", new Object[] {"toggl.csv", utf8(header + header + good)});
        files.put("a duration of 99:99:99", new Object[] {"toggl.csv", utf8(header + good.replace("00:45:00", "99:99:99"))});
        files.put("a negative duration", new Object[] {"toggl.csv", utf8(header + good.replace("00:45:00", "-00:45:00"))});
        files.put("a duration of a year", new Object[] {"toggl.csv", utf8(header + good.replace("00:45:00", "8760:00:00"))});
        files.put("a start date of 30 February", new Object[] {"toggl.csv", utf8(header + good.replaceFirst(day.toString(), "2026-02-30"))});
        files.put("an e-mail address of the victim", new Object[] {"toggl.csv", utf8(header + good.replace(staff, "vic.zzleak@victim.example"))});
        files.put("semicolons for commas", new Object[] {"toggl.csv", utf8((header + good).replace(',', ';'))});
        files.put("a Kimai file whose user is nobody", new Object[] {"kimai.csv",
                utf8("Date,From,To,Duration,User,Customer,Project,Activity,Description\n" + day + ",09:00,09:30,0:30,Nobody Known,Inputs,Inputs support,Calls,x\n")});
        files.put("a Clockify file with a comma decimal", new Object[] {"clockify.csv", utf8("Project,Client,Description,Task,User,Group,Email,Tags,Billable,"
                + "Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (EUR),Billable Amount (EUR)\n"
                + "Inputs support,Inputs,Calls,,Ivy Inputs,," + staff + ",,No," + day + ",09:00:00," + day + ",09:30:00,00:30:00,\"0,50\",0,0\n")});

        TrackerImports trackers = context.getBean(TrackerImports.class);
        files.forEach((what, file) -> input("Tracker files", "TrackerImports.read / importSheet", what, tenant.consultant(),
                Expect.REFUSED_OR_ACCEPTED, () -> {
                    ImportSheet sheet = trackers.read((String) file[0], (byte[]) file[1]);
                    if (!sheet.problems().isEmpty()) {
                        return new ImportResult(0, sheet.problems());
                    }
                    return trackers.importSheet(tenant.id(), tenant.openCampaignId(), sheet.table(), sheet.suggested(), ImportProgress.NONE);
                }));
        finish("Tracker files", 16, started);
    }

    private static byte[] zipOf(String name, String text) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String[] row(LocalDate date, String email, String process, String task, String... rest) {
        List<String> cells = new ArrayList<>(List.of(date.toString(), email, process, task));
        cells.addAll(List.of(rest));
        return cells.toArray(String[]::new);
    }


    @Test
    void formValuesThroughTheServices() {
        long started = System.nanoTime();
        setUp();
        TenantId t = tenant.id();
        long campaign = tenant.openCampaignId();
        LocalDate day = tenant.firstDay();
        TimeLog timeLog = context.getBean(TimeLog.class);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignReviews reviews = context.getBean(DesignReviews.class);
        BoardService board = context.getBean(BoardService.class);
        OutcomeService outcomes = context.getBean(OutcomeService.class);
        TenantMembers tenantMembers = context.getBean(TenantMembers.class);
        TenantTeams tenantTeams = context.getBean(TenantTeams.class);
        Invitations invitations = context.getBean(Invitations.class);
        TenantService tenants = context.getBean(TenantService.class);
        SignIn.as(context, tenant.consultant());
        AuditTask task = catalogue.tasks(t).getFirst();
        LiveSolution live = outcomes.liveSolutions(t).getFirst();
        long kpi = live.kpis().getFirst().id();
        int draft = tenant.liveRecordNumber() + 1;
        long staffId = context.getBean(AuditCampaigns.class).invitablePeople(t).stream()
                .filter(p -> p.email().equals(tenant.staff())).findFirst().orElseThrow().personId();
        long victimPerson = 1_000_000L + staffId;
        SignIn.out();
        String group = "Form values";

        // Texts, each through every text field of the forms.
        texts("TimeLog.log note", tenant.staff(), 1000, false, false,
                note -> () -> timeLog.log(t, campaign, new NewTimeEntry(day, task.id(), 30, 1, note)));
        texts("TimeLog.rate where it breaks", tenant.staff(), 1000, false, false,
                text -> () -> { timeLog.rate(t, campaign, new TaskRating(task.id(), 3, 3, 3, 3, text)); return null; });
        texts("TimeLog.addFrictionNote", tenant.staff(), 1000, true, false,
                text -> () -> { timeLog.addFrictionNote(t, campaign, text); return null; });
        texts("TaskCatalogue.createProcess", tenant.consultant(), 120, true, true, name -> () -> catalogue.createProcess(t, name));
        texts("TaskCatalogue.addTask", tenant.consultant(), 160, true, true, name -> () -> catalogue.addTask(t, task.processId(), name));
        texts("TaskCatalogue.renameTask", tenant.consultant(), 160, true, true,
                name -> () -> { catalogue.renameTask(t, task.id(), name); return null; });
        texts("AuditCampaigns.save name", tenant.consultant(), 120, true, false,
                name -> () -> campaigns.save(t, null, name, day, day.plusDays(4), List.of()));
        texts("DesignRecords.create title", tenant.consultant(), 200, true, false, title -> () -> designs.create(t, title, List.of()));
        texts("DesignReviews.comment", tenant.executive(), 4000, true, false,
                body -> () -> { reviews.comment(t, draft, null, body); return null; });
        texts("BoardService.createActionItem title", tenant.consultant(), 200, true, false,
                title -> () -> { board.createActionItem(t, title, staffId, null); return null; });
        texts("TenantTeams.saveTeam name", tenant.executive(), 80, true, true, name -> () -> tenantTeams.saveTeam(t, null, name, null));
        texts("Invitations.invite name", tenant.executive(), 120, true, false,
                name -> () -> invitations.invite(t, new Invitation("new-" + unique.incrementAndGet() + "@inputs.example", name, TenantRole.STAFF, null)));
        texts("TenantService.create name", DemoPeople.ADMIN, 120, true, false,
                name -> () -> tenants.create(settings(name, "adversarial-input-" + unique.incrementAndGet())));
        texts("Accounts.find text", DemoPeople.ADMIN, Integer.MAX_VALUE, false, false,
                text -> () -> context.getBean(Accounts.class).find(text, 0, 20));
        texts("DesignRecords.saveContent problem", tenant.consultant(), Integer.MAX_VALUE, false, false,
                text -> () -> designs.saveContent(t, draft, currentRevision(designs, t, draft), withProblem(designs, t, draft, text)));

        // Numbers, dates and ids of the quick time form.
        Map<String, NewTimeEntry> entries = new LinkedHashMap<>();
        for (Integer minutes : new Integer[] {Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 0, null, 1441}) {
            entries.put("minutes " + minutes, new NewTimeEntry(day, task.id(), minutes, 1, null));
        }
        for (Integer occurrences : new Integer[] {0, -1, null, Integer.MIN_VALUE}) {
            entries.put("occurrences " + occurrences, new NewTimeEntry(day, task.id(), 30, occurrences, null));
        }
        for (LocalDate date : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.MIN, LocalDate.MAX, null,
                day.minusDays(1), LocalDate.of(-4800, 1, 1)}) {
            entries.put("date " + date, new NewTimeEntry(date, task.id(), 30, 1, null));
        }
        for (Long taskId : new Long[] {null, -1L, 0L, Long.MAX_VALUE}) {
            entries.put("task " + taskId, new NewTimeEntry(day, taskId, 30, 1, null));
        }
        entries.forEach((what, entry) -> input(group, "TimeLog.log", what, tenant.staff(), Expect.REFUSED,
                () -> timeLog.log(t, campaign, entry)));
        input(group, "TimeLog.log", "occurrences " + Integer.MAX_VALUE, tenant.staff(), Expect.REFUSED_OR_ACCEPTED,
                () -> timeLog.log(t, campaign, new NewTimeEntry(day, task.id(), 30, Integer.MAX_VALUE, null)));

        for (LocalDate week : new LocalDate[] {LocalDate.MIN, LocalDate.MAX, LocalDate.of(-4800, 1, 1), LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31)}) {
            input(group, "TimeLog.week", "a week of " + week, tenant.staff(), Expect.REFUSED_OR_ACCEPTED,
                    () -> timeLog.week(t, campaign, week));
        }
        for (long entryId : new long[] {-1, 0, Long.MAX_VALUE}) {
            input(group, "TimeLog.change", "entry " + entryId, tenant.staff(), Expect.REFUSED, () -> {
                timeLog.change(t, campaign, new EntryVersion(entryId, 0), new NewTimeEntry(day, task.id(), 30, 1, null));
                return null;
            });
        }

        Map<String, TaskRating> ratings = new LinkedHashMap<>();
        for (Integer r : new Integer[] {0, 6, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            ratings.put("traits " + r, new TaskRating(task.id(), r, r, r, 3, null));
            ratings.put("friction " + r, new TaskRating(task.id(), null, null, null, r, null));
        }
        ratings.put("no rating at all", new TaskRating(task.id(), null, null, null, null, null));
        ratings.put("only repetitive", new TaskRating(task.id(), 4, null, null, null, null));
        ratings.put("task -1", new TaskRating(-1, 3, 3, 3, 3, null));
        ratings.put("task " + Long.MAX_VALUE, new TaskRating(Long.MAX_VALUE, 3, 3, 3, 3, null));
        ratings.forEach((what, rating) -> input(group, "TimeLog.rate", what, tenant.staff(), Expect.REFUSED,
                () -> { timeLog.rate(t, campaign, rating); return null; }));

        for (long processId : new long[] {-1, 0, Long.MAX_VALUE}) {
            input(group, "TaskCatalogue.addTask", "process " + processId, tenant.consultant(), Expect.REFUSED,
                    () -> catalogue.addTask(t, processId, "A task"));
        }
        for (long taskId : new long[] {-1, 0, Long.MAX_VALUE}) {
            input(group, "TaskCatalogue.renameTask", "task " + taskId, tenant.consultant(), Expect.REFUSED,
                    () -> { catalogue.renameTask(t, taskId, "A task"); return null; });
            input(group, "TaskCatalogue.merge", "into task " + taskId, tenant.consultant(), Expect.REFUSED,
                    () -> { catalogue.merge(t, task.id(), taskId); return null; });
        }

        // Campaign windows and participants.
        Map<String, LocalDate[]> windows = new LinkedHashMap<>();
        windows.put("no first day", new LocalDate[] {null, day});
        windows.put("no last day", new LocalDate[] {day, null});
        windows.put("a window that ends before it starts", new LocalDate[] {day.plusDays(4), day});
        windows.put("a weekend only", new LocalDate[] {day.plusDays(5), day.plusDays(6)});
        windows.put("from the earliest to the latest date", new LocalDate[] {LocalDate.MIN, LocalDate.MAX});
        windows.put("from a year before the database's dates", new LocalDate[] {LocalDate.of(-4800, 1, 1), day});
        windows.forEach((what, window) -> input(group, "AuditCampaigns.save", what, tenant.consultant(), Expect.REFUSED,
                () -> campaigns.save(t, null, "Window " + what, window[0], window[1], List.of())));
        input(group, "AuditCampaigns.save", "from year 1 to year 9999", tenant.consultant(), Expect.REFUSED_OR_ACCEPTED,
                () -> campaigns.save(t, null, "Ten thousand years", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), List.of()));
        for (long participant : new long[] {-1, 0, Long.MAX_VALUE, victimPerson}) {
            input(group, "AuditCampaigns.save", "participant " + participant, tenant.consultant(), Expect.REFUSED,
                    () -> campaigns.save(t, null, "Participants", day, day.plusDays(4), List.of(participant)));
        }
        input(group, "AuditCampaigns.save", "campaign " + Long.MAX_VALUE, tenant.consultant(), Expect.REFUSED,
                () -> campaigns.save(t, Long.MAX_VALUE, "Participants", day, day.plusDays(4), List.of()));

        // Design records: candidates, comment threads, money with too many digits.
        for (long candidate : new long[] {-1, 0, Long.MAX_VALUE}) {
            input(group, "DesignRecords.create", "candidate " + candidate, tenant.consultant(), Expect.REFUSED,
                    () -> designs.create(t, "From a candidate", List.of(candidate)));
        }
        for (Long parent : new Long[] {-1L, 0L, Long.MAX_VALUE}) {
            input(group, "DesignReviews.comment", "reply to comment " + parent, tenant.executive(), Expect.REFUSED,
                    () -> { reviews.comment(t, draft, parent, "A reply"); return null; });
        }
        for (int number : new int[] {-1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            input(group, "DesignReviews.comment", "record " + number, tenant.executive(), Expect.REFUSED,
                    () -> { reviews.comment(t, number, null, "A comment"); return null; });
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("40 digits", new BigDecimal("1234567890123456789012345678901234567890"));
        amounts.put("scale 10", new BigDecimal("12.3456789012"));
        amounts.put("negative", new BigDecimal("-1"));
        amounts.put("1E+400", new BigDecimal("1E+400"));
        amounts.forEach((what, amount) -> input(group, "DesignRecords.saveContent", "build cost " + what, tenant.consultant(),
                amount.signum() < 0 ? Expect.REFUSED : Expect.REFUSED_OR_ACCEPTED,
                () -> designs.saveContent(t, draft, currentRevision(designs, t, draft), withBuildCost(designs, t, draft, amount))));
        input(group, "DesignRecords.saveContent", "a revision that is not the current one", tenant.consultant(), Expect.REFUSED,
                () -> designs.saveContent(t, draft, Integer.MAX_VALUE, withProblem(designs, t, draft, "Changed")));

        // Action items: assignees and due dates.
        for (Long assignee : new Long[] {null, -1L, 0L, Long.MAX_VALUE, victimPerson}) {
            input(group, "BoardService.createActionItem", "assignee " + assignee, tenant.consultant(), Expect.REFUSED,
                    () -> { board.createActionItem(t, "An action", assignee, null); return null; });
        }
        for (LocalDate due : new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.MIN, LocalDate.MAX,
                LocalDate.of(-4800, 1, 1), LocalDate.of(999_999, 1, 1)}) {
            input(group, "BoardService.createActionItem", "due " + due, tenant.consultant(), Expect.REFUSED_OR_ACCEPTED,
                    () -> { board.createActionItem(t, "Due " + due, staffId, due); return null; });
        }
        input(group, "BoardService.tick", "item " + Long.MAX_VALUE, tenant.staff(), Expect.REFUSED,
                () -> { board.tick(t, Long.MAX_VALUE, true); return null; });

        // Outcome measurements and run totals.
        LocalDate lastMonth = YearMonth.now(ZoneId.of("Europe/Dublin")).minusMonths(1).atDay(1);
        Map<String, BigDecimal> values = new LinkedHashMap<>(amounts);
        values.put("null", null);
        values.put("the largest allowed", new BigDecimal("99999999999999.9999"));
        values.forEach((what, value) -> input(group, "OutcomeService.recordMeasurement", "value " + what, tenant.consultant(),
                value != null && value.signum() >= 0 && value.compareTo(new BigDecimal("1E+14")) < 0 ? Expect.REFUSED_OR_ACCEPTED : Expect.REFUSED,
                () -> outcomes.recordMeasurement(t, kpi, lastMonth, value)));
        for (LocalDate period : new LocalDate[] {null, LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)}) {
            input(group, "OutcomeService.recordMeasurement", "period " + period, tenant.consultant(), Expect.REFUSED,
                    () -> outcomes.recordMeasurement(t, kpi, period, BigDecimal.TEN));
        }
        input(group, "OutcomeService.recordMeasurement", "KPI " + Long.MAX_VALUE, tenant.consultant(), Expect.REFUSED,
                () -> outcomes.recordMeasurement(t, Long.MAX_VALUE, lastMonth, BigDecimal.TEN));
        YearMonth month = YearMonth.from(lastMonth);
        input(group, "OutcomeService.recordRunTotal", "runs " + Integer.MAX_VALUE, tenant.consultant(), Expect.REFUSED_OR_ACCEPTED,
                () -> outcomes.recordRunTotal(t, live.recordId(), month, Integer.MAX_VALUE, Integer.MAX_VALUE, 0));
        Map<String, Integer[]> runs = new LinkedHashMap<>();
        runs.put("negative runs", new Integer[] {-1, 0, 0});
        runs.put("no runs", new Integer[] {null, 0, 0});
        runs.put("no succeeded runs", new Integer[] {10, null, 0});
        runs.put("more succeeded and failed than runs", new Integer[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE});
        runs.put("the smallest numbers", new Integer[] {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE});
        runs.forEach((what, r) -> input(group, "OutcomeService.recordRunTotal", what, tenant.consultant(), Expect.REFUSED,
                () -> outcomes.recordRunTotal(t, live.recordId(), month, r[0], r[1], r[2])));
        for (YearMonth m : new YearMonth[] {null, YearMonth.of(9999, 12), YearMonth.of(1, 1), YearMonth.of(-4800, 1)}) {
            input(group, "OutcomeService.recordRunTotal", "month " + m, tenant.consultant(), Expect.REFUSED,
                    () -> outcomes.recordRunTotal(t, live.recordId(), m, 10, 5, 5));
        }
        input(group, "OutcomeService.recordRunTotal", "record " + Long.MAX_VALUE, tenant.consultant(), Expect.REFUSED,
                () -> outcomes.recordRunTotal(t, Long.MAX_VALUE, month, 10, 5, 5));

        // Teams' hourly costs.
        Map<String, BigDecimal> costs = new LinkedHashMap<>(amounts);
        costs.put("eleven digits before the point", new BigDecimal("99999999999.99"));
        costs.put("the tenant's largest default", new BigDecimal("99999.99"));
        costs.forEach((what, cost) -> input(group, "TenantTeams.saveTeam", "hourly cost " + what, tenant.executive(),
                cost.signum() < 0 || cost.compareTo(new BigDecimal("10000000000")) >= 0 ? Expect.REFUSED : Expect.REFUSED_OR_ACCEPTED,
                () -> tenantTeams.saveTeam(t, null, "Cost " + what + " " + unique.incrementAndGet(), cost)));
        input(group, "TenantTeams.saveTeam", "team " + Long.MAX_VALUE, tenant.executive(), Expect.REFUSED,
                () -> tenantTeams.saveTeam(t, Long.MAX_VALUE, "Renamed", null));

        // Invitations: addresses, roles and teams.
        Map<String, Invitation> invites = new LinkedHashMap<>();
        for (String email : new String[] {"", "   ", "not-an-email", "a@b", "@inputs.example", "x".repeat(300) + "@inputs.example",
                "two@@inputs.example", "space in@inputs.example", "nul\u0000@inputs.example", null}) {
            invites.put("e-mail " + printable(email), new Invitation(email, "Someone", TenantRole.STAFF, null));
        }
        invites.put("role Executive, by an executive", new Invitation("exec-" + unique.incrementAndGet() + "@inputs.example", "Someone",
                TenantRole.EXECUTIVE, null));
        invites.put("role Consultant", new Invitation("consultant-" + unique.incrementAndGet() + "@inputs.example", "Someone",
                TenantRole.CONSULTANT, null));
        invites.put("team " + Long.MAX_VALUE, new Invitation("team-" + unique.incrementAndGet() + "@inputs.example", "Someone",
                TenantRole.STAFF, Long.MAX_VALUE));
        invites.forEach((what, invitation) -> input(group, "Invitations.invite", what, tenant.executive(), Expect.REFUSED,
                () -> invitations.invite(t, invitation)));
        input(group, "Invitations.invite", "no role, by an administrator", DemoPeople.ADMIN, Expect.REFUSED,
                () -> invitations.invite(t, new Invitation("norole-" + unique.incrementAndGet() + "@inputs.example", "Someone", null, null)));
        for (TenantRole role : new TenantRole[] {null, TenantRole.ADMIN, TenantRole.CONSULTANT}) {
            input(group, "TenantMembers.changeMember", "role " + role, DemoPeople.ADMIN, Expect.REFUSED,
                    () -> { tenantMembers.changeMember(t, staffId, role, null); return null; });
        }
        input(group, "TenantMembers.changeMember", "team " + Long.MAX_VALUE, tenant.executive(), Expect.REFUSED,
                () -> { tenantMembers.changeMember(t, staffId, TenantRole.STAFF, Long.MAX_VALUE); return null; });
        input(group, "Invitations.invite", "an address made of markup", tenant.executive(), Expect.REFUSED_OR_ACCEPTED,
                () -> invitations.invite(t, new Invitation("<script>" + unique.incrementAndGet() + "@inputs.example", "Someone",
                        TenantRole.STAFF, null)));

        // Tenant settings.
        Map<String, TenantSettings> settings = new LinkedHashMap<>();
        for (String slug : new String[] {"ACME", "acme ", "-dash-", "a b", "'; drop table tenant; --", "s".repeat(41), "nu\u0000l",
                "", null, "ünïcode"}) {
            settings.put("address " + printable(slug), settings("Slug test", slug));
        }
        for (int days : new int[] {0, 32, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            settings.put("working days per month " + days, new TenantSettings("Days", "adversarial-days", Locale.ENGLISH,
                    ZoneId.of("UTC"), Currency.getInstance("EUR"), BigDecimal.TEN, days, BigDecimal.ONE));
        }
        for (String hours : new String[] {"0", "25", "-8", "1E+400"}) {
            settings.put("working hours per day " + hours, new TenantSettings("Hours", "adversarial-hours", Locale.ENGLISH,
                    ZoneId.of("UTC"), Currency.getInstance("EUR"), BigDecimal.TEN, 21, new BigDecimal(hours)));
        }
        amounts.forEach((what, amount) -> {
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("100000")) >= 0) {
                settings.put("default hourly cost " + what, new TenantSettings("Cost", "adversarial-cost", Locale.ENGLISH,
                        ZoneId.of("UTC"), Currency.getInstance("EUR"), amount, 21, BigDecimal.ONE));
            }
        });
        settings.put("no locale", new TenantSettings("Locale", "adversarial-locale", Locale.ROOT, ZoneId.of("UTC"),
                Currency.getInstance("EUR"), BigDecimal.TEN, 21, BigDecimal.ONE));
        settings.put("no time zone", new TenantSettings("Zone", "adversarial-zone", Locale.ENGLISH, null,
                Currency.getInstance("EUR"), BigDecimal.TEN, 21, BigDecimal.ONE));
        settings.put("no currency", new TenantSettings("Currency", "adversarial-currency", Locale.ENGLISH, ZoneId.of("UTC"),
                null, BigDecimal.TEN, 21, BigDecimal.ONE));
        settings.forEach((what, s) -> input(group, "TenantService.create", what, DemoPeople.ADMIN, Expect.REFUSED, () -> tenants.create(s)));
        input(group, "TenantService.create", "hourly cost and hours with scale 10", DemoPeople.ADMIN, Expect.REFUSED_OR_ACCEPTED,
                () -> tenants.create(new TenantSettings("Scale", "adversarial-scale-" + unique.incrementAndGet(), Locale.ENGLISH,
                        ZoneId.of("UTC"), Currency.getInstance("EUR"), new BigDecimal("12.3456789012"), 21, new BigDecimal("7.9999999999"))));
        SignIn.as(context, DemoPeople.ADMIN);
        TenantSummary current = tenants.find(t).orElseThrow();
        SignIn.out();
        input(group, "TenantService.update", "another tenant's address", DemoPeople.ADMIN, Expect.REFUSED,
                () -> tenants.update(t, withSlug(current.settings(), "acme")));
        input(group, "TenantService.update", "another currency once money figures exist", DemoPeople.ADMIN, Expect.REFUSED,
                () -> tenants.update(t, withCurrency(current.settings(), Currency.getInstance("USD"))));
        input(group, "TenantService.update", "a name of 100,000 characters", DemoPeople.ADMIN, Expect.REFUSED,
                () -> tenants.update(t, new TenantSettings("n".repeat(100_000), current.slug(), current.settings().locale(),
                        current.settings().timeZone(), current.settings().currency(), current.settings().defaultHourlyCost(), 21, BigDecimal.ONE)));

        // Whatever was accepted above, every page of the tenant still shows.
        readsStillWork(group);
        finish(group, 150, started);
    }

    /**
     * Each text through one field: empty, blank, null and too long must be refused where the
     * field is required or limited, and a NUL everywhere it would be stored; control characters,
     * an unpaired surrogate, a right-to-left override, SQL, markup, emoji and line breaks may be
     * refused (in names and titles) or kept as text like any other.
     */
    private void texts(String target, String person, int limit, boolean required, boolean mustBeUnique,
            Function<@Nullable String, Callable<?>> call) {
        Map<String, @Nullable String> refused = new LinkedHashMap<>();
        Map<String, @Nullable String> either = new LinkedHashMap<>();
        (required ? refused : either).put("empty", "");
        (required ? refused : either).put("only spaces", "   ");
        (required ? refused : either).put("null", null);
        (limit < 100_000 ? refused : either).put("100,000 characters", "a".repeat(100_000));
        if (limit < 100_000) {
            refused.put((limit + 1) + " characters", "b".repeat(limit + 1));
            either.put(limit + " characters", "c".repeat(limit));
        }
        either.put("control characters", "bell\u0007 escape\u001B tab\t");
        // PostgreSQL stores no NUL: a text to keep holding one is refused in words; searched for, it finds nothing.
        (target.equals("Accounts.find text") ? either : refused).put(NUL_TEXT, "before\u0000after");
        either.put("an unpaired surrogate", "half \uD800 pair");
        either.put("a right-to-left override", "\u202Etxt.exe");
        either.put("an SQL fragment", "'; drop table person; --");
        either.put("markup", "<script>alert(1)</script>");
        either.put("emoji", "🙂 👍🏽 👨‍👩‍👧");
        either.put("a line break", "first\nsecond");
        either.put("zero-width and no-break spaces", "\u200B\u00A0\uFEFF");
        refused.forEach((what, text) -> input("Form values", target, what, person, Expect.REFUSED, call.apply(text)));
        either.forEach((what, text) -> input("Form values", target, what, person, Expect.REFUSED_OR_ACCEPTED,
                call.apply(mustBeUnique ? unique(text) : text)));
    }

    /** The same text, told apart from earlier ones where names must differ, and no longer than it was. */
    private String unique(String text) {
        String marked = unique.incrementAndGet() + "·" + text;
        return text.length() > 100 ? marked.substring(0, text.length()) : marked;
    }

    private void readsStillWork(String group) {
        TenantId t = tenant.id();
        for (String person : List.of(tenant.consultant(), tenant.executive(), tenant.staff())) {
            SignIn.as(context, person);
            List<Callable<?>> reads = new ArrayList<>(List.of(
                    () -> context.getBean(TimeLog.class).myEntries(t, tenant.openCampaignId()),
                    () -> context.getBean(TaskCatalogue.class).catalogue(t),
                    () -> context.getBean(AuditCampaigns.class).campaigns(t),
                    () -> context.getBean(DesignRecords.class).records(t),
                    () -> context.getBean(BoardService.class).cards(t),
                    () -> context.getBean(BoardService.class).actionItems(t),
                    () -> context.getBean(OutcomeService.class).dashboard(t)));
            if (!person.equals(tenant.staff())) {
                reads.add(() -> context.getBean(AuditAnalysis.class).analysis(t, tenant.openCampaignId()));
                reads.add(() -> context.getBean(AuditCampaigns.class).progress(t, tenant.openCampaignId()));
                reads.add(() -> context.getBean(TenantTeams.class).teams(t));
                reads.add(() -> context.getBean(Invitations.class).pending(t));
            }
            for (Callable<?> read : reads) {
                try {
                    read.call();
                } catch (Exception e) {
                    OUTCOMES.computeIfAbsent(group, g -> Collections.synchronizedList(new ArrayList<>())).add(new Outcome(group,
                            "reading back", person, Answer.of(e).label(), List.of("reading what was accepted fails: " + e)));
                }
            }
        }
        SignIn.out();
    }


    @Test
    void addressesTypedIntoTheBrowser() {
        long started = System.nanoTime();
        SeededTenant victim = AdversarialTenants.victim(context);
        rows = new TenantRows(context);
        TenantId acme = DemoTenants.id(context, "acme");
        String group = "Addresses";
        String huge = "x".repeat(5_000);
        long victimCampaign = victim.openCampaignId();
        List<String[]> notFound = new ArrayList<>();
        for (String campaign : List.of("99999999999999999999999", "-1", "0", "1e3", "%20", "%00", String.valueOf(victimCampaign))) {
            notFound.add(new String[] {"t/acme/audit/" + campaign, DemoPeople.CARLA});
            notFound.add(new String[] {"t/acme/audit/" + campaign + "/log", DemoPeople.SAM});
            notFound.add(new String[] {"t/acme/audit/" + campaign + "/analysis", DemoPeople.EVA});
        }
        notFound.add(new String[] {"t/acme/audit/" + victimCampaign + "/import", DemoPeople.TOM});
        for (String number : List.of("abc", "0", "-1", "99999999999", "1.5", "%00", "0x1", huge)) {
            notFound.add(new String[] {"t/acme/designs/" + number, DemoPeople.EVA});
        }
        notFound.add(new String[] {"t/acme/designs/abc/edit", DemoPeople.CARLA});
        notFound.add(new String[] {"t/acme/designs/99999/edit", DemoPeople.CARLA});
        notFound.add(new String[] {"t/acme/designs/1/edit", DemoPeople.SAM});
        notFound.add(new String[] {"t/acme/designs/1/edit", DemoPeople.EVA});
        for (String slug : List.of("%00", "ACME", "acme%20", huge, "acmé", "<script>", "zzleak-victim", "zzleak-victim%2Faudit")) {
            notFound.add(new String[] {"t/" + slug, DemoPeople.EVA});
        }
        notFound.add(new String[] {"t/acme/" + huge, DemoPeople.EVA});
        notFound.add(new String[] {"t/zzleak-victim/audit/" + victimCampaign, DemoPeople.TOM});
        notFound.add(new String[] {"t/zzleak-victim/designs/1", DemoPeople.CARLA});
        notFound.add(new String[] {"t/zzleak-victim/people", DemoPeople.SAM});
        notFound.add(new String[] {"t/zzleak-victim/outcomes/measurements", DemoPeople.TOM});
        notFound.add(new String[] {"t/brightsmile/board", DemoPeople.SAM});
        notFound.add(new String[] {"admin/tenants/<script>", DemoPeople.ADMIN});
        notFound.add(new String[] {"admin/tenants/ACME", DemoPeople.ADMIN});
        notFound.add(new String[] {"admin/tenants/" + huge, DemoPeople.ADMIN});
        notFound.add(new String[] {"admin/tenants/acme", DemoPeople.EVA});
        notFound.add(new String[] {"admin/accounts", DemoPeople.TOM});
        notFound.add(new String[] {"sign-in/<script>", null});
        notFound.add(new String[] {"sign-in/" + huge, null});
        List<String[]> pages = new ArrayList<>();
        for (String token : List.of("not-a-token", "%00", "<script>", huge, "a".repeat(43))) {
            pages.add(new String[] {"welcome/" + token, null});
        }
        pages.add(new String[] {"t/acme/audit/1", null});
        pages.add(new String[] {"t/acme/designs/+1", DemoPeople.EVA});
        pages.add(new String[] {"t/acme/designs/001", DemoPeople.EVA});

        notFound.forEach(p -> address(group, p[0], p[1], true, acme, victim.id()));
        pages.forEach(p -> address(group, p[0], p[1], false, acme, victim.id()));
        finish(group, 40, started);
    }

    /**
     * Opens an address as a person (or nobody) and says what they were shown: the page, the
     * "Not found" page, or a server error (an exception escaping, or Vaadin's own error view).
     * A page of someone else's tenant must never show anything of the victim.
     */
    /** A refusal as an English reader reads it, for the report. */
    private String inEnglish(Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().values().stream().map(this::english).collect(java.util.stream.Collectors.joining(" "));
        }
        if (e instanceof NotAllowedException notAllowed) {
            return english(notAllowed.reason());
        }
        if (e instanceof TenantNotFoundException) {
            return english(Message.of("shared.error.not-found"));
        }
        return String.valueOf(e.getMessage());
    }

    private String english(Message message) {
        return context.getBean(PortalTexts.class).text(Language.ENGLISH, message);
    }

    private void address(String group, String path, @Nullable String person, boolean mustBeNotFound, TenantId acme, TenantId victim) {
        newBrowserSession();
        if (person != null) {
            signIn(person);
        }
        Map<String, Long> before = counts(acme, victim);
        List<String> problems = new ArrayList<>();
        String result;
        try {
            navigate(path);
            List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            String shown = chain.isEmpty() ? "nothing" : chain.getFirst().getClass().getSimpleName().replaceAll("\\$\\$.*", "");
            boolean notFound = !_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title"))).isEmpty();
            result = notFound ? "Not found" : shown.equals("LoginView") ? SIGN_IN_PAGE : shown;
            if (shown.contains("InternalServerError") || shown.contains("MockInternalSeverError")) {
                problems.add("server error: Vaadin's error view");
            } else if (mustBeNotFound && !REFUSAL_PAGES.contains(result)) {
                problems.add("shown " + shown + " where Not found was due");
            }
            if (UI.getCurrent().getElement().getOuterHTML().contains(AdversarialTenants.MARKER)) {
                problems.add("the page shows something of the victim");
            }
        } catch (MockAccessDeniedException denied) {
            // Karibu's stand-in for Vaadin's access-denied page, which a person sees as "not found" in production.
            result = ACCESS_DENIED_PAGE;
            if (!mustBeNotFound) {
                problems.add("shown access denied where a page was due");
            }
        } catch (RuntimeException | Error e) {
            result = "exception";
            problems.add("server error: an exception escaped: " + e);
        }
        Map<String, Long> after = counts(acme, victim);
        if (!after.equals(before)) {
            problems.add("partial write: " + TenantRows.differences(before, after));
        }
        record(new Outcome(group, "address", (person == null ? "nobody" : person) + " opens " + abbreviated(path), result, problems));
    }

    private Map<String, Long> counts(TenantId acme, TenantId victim) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.rowCounts(acme).forEach((k, v) -> counts.put("acme " + k, v));
        rows.rowCounts(victim).forEach((k, v) -> counts.put("victim " + k, v));
        return counts;
    }


    private void setUp() {
        tenant = AdversarialTenants.inputs(context);
        rows = new TenantRows(context);
    }

    /**
     * Makes one input as a person and checks what came of it: a refusal in words (or a refused
     * import) that wrote nothing, or an acceptance where the rules allow one; never a server error.
     */
    private void input(String group, String target, String what, String person, Expect expect, Callable<?> call) {
        SignIn.as(context, person);
        Map<String, Long> before = rows.rowCounts(tenant.id());
        List<String> problems = new ArrayList<>();
        String result;
        boolean accepted = false;
        try {
            Object value = call.call();
            if (value instanceof ImportResult imported && !imported.accepted()) {
                result = "refused: " + abbreviated(imported.problems().getFirst().reasons().stream().map(this::english)
                        .collect(java.util.stream.Collectors.joining("; ")));
            } else {
                accepted = true;
                result = "accepted";
            }
        } catch (Exception e) {
            Answer answer = Answer.of(e);
            result = answer.label() + ": " + abbreviated(inEnglish(e));
            if (answer == Answer.SERVER_ERROR) {
                problems.add("server error: " + abbreviated(e.toString()));
            }
        } finally {
            SignIn.out();
        }
        Map<String, Long> after = rows.rowCounts(tenant.id());
        if (!accepted && !after.equals(before)) {
            problems.add("partial write: " + TenantRows.differences(before, after));
        }
        if (accepted && expect == Expect.REFUSED) {
            problems.add("accepted, but the rules refuse it");
        }
        record(new Outcome(group, target, what, result, problems));
    }

    private static void record(Outcome outcome) {
        OUTCOMES.computeIfAbsent(outcome.group(), g -> Collections.synchronizedList(new ArrayList<>())).add(outcome);
    }

    private static void finish(String group, int minimum, long started) {
        DURATIONS.put(group, Duration.ofNanos(System.nanoTime() - started));
        List<Outcome> outcomes = OUTCOMES.getOrDefault(group, List.of());
        assertThat(outcomes.stream().filter(o -> !o.target().equals("reading back")).count()).as("inputs of %s", group)
                .isGreaterThanOrEqualTo(minimum);
        assertThat(outcomes.stream().filter(Outcome::wentWrong)
                .map(o -> o.target() + " with " + o.input() + " → " + o.result() + ": "
                        + String.join("; ", o.problems())))
                .as("inputs of %s that went wrong", group).isEmpty();
    }

    @AfterAll
    static void writeSummary() {
        List<Outcome> all;
        synchronized (OUTCOMES) {
            all = OUTCOMES.values().stream().flatMap(List::stream).filter(o -> !o.target().equals("reading back")).toList();
        }
        long serverErrors = all.stream().filter(o -> has(o, "server error")).count();
        long partialWrites = all.stream().filter(o -> has(o, "partial write")).count();
        long wronglyAccepted = all.stream().filter(o -> has(o, "accepted, but") || has(o, "shown ") || has(o, "the page shows")).count();
        Duration took = DURATIONS.values().stream().reduce(Duration.ZERO, Duration::plus);
        String figures = "Inputs: " + all.size() + "; server errors " + serverErrors + "; partial writes " + partialWrites + "; accepted or shown where the rules refuse "
                + wronglyAccepted;
        StringBuilder md = new StringBuilder("# Malformed inputs\n\n");
        md.append("Run ").append(LocalDateTime.now().withNano(0)).append(", ")
                .append(String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0)).append(" (with seeding, where no earlier test seeded the tenants). ").append(figures).append(".\n\n");
        md.append("| group | inputs | refused | accepted or shown | server errors | partial writes |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        Map<String, List<Outcome>> byGroup = all.stream().collect(Collectors.groupingBy(Outcome::group, LinkedHashMap::new, Collectors.toList()));
        byGroup.forEach((group, list) -> md.append(tableRow(group, list)));
        md.append(tableRow("**all**", all));
        md.append("\n## Every input\n\n| group | where | input | came to | problems |\n|---|---|---|---|---|\n");
        all.forEach(o -> md.append("| ").append(o.group()).append(" | ").append(o.target()).append(" | ").append(cell(o.input()))
                .append(" | ").append(cell(o.result())).append(" | ").append(cell(String.join("; ", o.problems())))
                .append(" |\n"));
        SuiteReports.write("malformed-inputs.md", md.toString());
        System.out.println("Malformed inputs: " + figures);
        if (byGroup.keySet().containsAll(List.of("CSV files", "Form values", "Addresses"))) {
            assertThat(all).as("malformed inputs").hasSizeGreaterThanOrEqualTo(MINIMUM_INPUTS);
        }
    }

    private static String tableRow(String group, List<Outcome> list) {
        return "| " + group + " | " + list.size()
                + " | " + list.stream().filter(MalformedInputTests::isRefusal).count()
                + " | " + list.stream().filter(o -> !isRefusal(o) && !has(o, "server error")).count()
                + " | " + list.stream().filter(o -> has(o, "server error")).count()
                + " | " + list.stream().filter(o -> has(o, "partial write")).count() + " |\n";
    }

    private static boolean has(Outcome o, String problem) {
        return o.problems().stream().anyMatch(p -> p.startsWith(problem));
    }

    private static boolean isRefusal(Outcome o) {
        return o.target().equals("address") ? REFUSAL_PAGES.contains(o.result())
                : !o.result().equals("accepted") && !has(o, "server error");
    }


    private static int currentRevision(DesignRecords designs, TenantId tenant, int number) {
        return designs.record(tenant, number).summary().currentRevision();
    }

    private static DesignContent withProblem(DesignRecords designs, TenantId tenant, int number, @Nullable String problem) {
        return designs.record(tenant, number).content().toBuilder().problem(problem).build();
    }

    private static DesignContent withBuildCost(DesignRecords designs, TenantId tenant, int number, BigDecimal cost) {
        return designs.record(tenant, number).content().toBuilder().buildCost(cost).build();
    }

    private static TenantSettings settings(@Nullable String name, @Nullable String slug) {
        return new TenantSettings(name, slug, Locale.forLanguageTag("en-IE"), ZoneId.of("Europe/Dublin"), Currency.getInstance("EUR"),
                new BigDecimal("40"), 21, new BigDecimal("8"));
    }

    private static TenantSettings withSlug(TenantSettings s, String slug) {
        return new TenantSettings(s.name(), slug, s.locale(), s.timeZone(), s.currency(), s.defaultHourlyCost(), s.workingDaysPerMonth(),
                s.workingHoursPerDay());
    }

    private static TenantSettings withCurrency(TenantSettings s, Currency currency) {
        return new TenantSettings(s.name(), s.slug(), s.locale(), s.timeZone(), currency, s.defaultHourlyCost(), s.workingDaysPerMonth(),
                s.workingHoursPerDay());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The row with one text replaced by raw bytes, which need not be valid UTF-8. */
    private static byte[] replaceBytes(String row, String text, byte[] bytes) {
        int at = row.indexOf(text);
        return concat(utf8(row.substring(0, at)), bytes, utf8(row.substring(at + text.length())));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(20261129).nextBytes(bytes);
        return bytes;
    }

    private static String printable(@Nullable String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.replace("\u0000", "\\0");
        return "'" + (shown.length() > 40 ? shown.substring(0, 40) + "… (" + shown.length() + " characters)" : shown) + "'";
    }

    private static String abbreviated(String text) {
        String shown = text.replace("\u0000", "\\0").replaceAll("\\s+", " ");
        return shown.length() <= 160 ? shown : shown.substring(0, 160) + "… (" + shown.length() + " characters)";
    }

    private static String cell(String text) {
        return abbreviated(text).replace("|", "\\|");
    }
}
