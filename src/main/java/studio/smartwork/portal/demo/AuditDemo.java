package studio.smartwork.portal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditPerson;
import studio.smartwork.portal.audit.AuditProcess;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TaskRating;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.audit.WeekCell;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The time audit of the demo: Acme's closed two-week audit, with the customer service team's
 * (Sam, Marta, Pablo) and the sales team's (Lia, Diego, Nuria) work, friction notes and the
 * candidates Carla promoted; Brightsmile's audit running now, with Joe's front-desk entries so far.
 */
@Component
class AuditDemo implements DemoChapter {

    private static final String CARLA = "carla@smartwork.studio";
    private static final String SAM = "sam@acme.example";
    private static final String LIA = "lia@acme.example";
    private static final String EVA = "eva@acme.example";
    private static final String JOE = "joe@brightsmile.example";
    private static final List<String> CUSTOMER_SERVICE = List.of(SAM, "marta@acme.example", "pablo@acme.example");
    private static final List<String> SALES = List.of(LIA, "diego@acme.example", "nuria@acme.example");

    private final AuditCampaigns campaigns;
    private final TaskCatalogue catalogue;
    private final TimeLog timeLog;
    private final AuditAnalysis analysis;
    private final Clock clock;

    AuditDemo(AuditCampaigns campaigns, TaskCatalogue catalogue, TimeLog timeLog, AuditAnalysis analysis, Clock clock) {
        this.campaigns = campaigns;
        this.catalogue = catalogue;
        this.timeLog = timeLog;
        this.analysis = analysis;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void write(DemoSeeding seeding) {
        acme(seeding, seeding.tenant("acme"));
        brightsmile(seeding, seeding.tenant("brightsmile"));
    }

    private void acme(DemoSeeding seeding, TenantId acme) {
        LocalDate thisMonday = monday(LocalDate.now(clock.withZone(ZoneId.of("Europe/Madrid"))));
        LocalDate start = thisMonday.minusWeeks(8);
        LocalDate end = start.plusDays(11);

        Campaign campaign = seeding.as(CARLA, () -> {
            List<AuditPerson> people = campaigns.invitablePeople(acme);
            List<Long> staff = people.stream().filter(p -> CUSTOMER_SERVICE.contains(p.email()) || SALES.contains(p.email()))
                    .map(AuditPerson::personId).toList();
            Campaign created = campaigns.save(acme, null, "Two-week time audit", start, end, staff);
            AuditProcess support = catalogue.createProcess(acme, "Customer support");
            AuditProcess sales = catalogue.createProcess(acme, "Sales");
            AuditProcess reporting = catalogue.createProcess(acme, "Reporting");
            catalogue.addTask(acme, support.id(), "Answer calls about delivery times");
            catalogue.addTask(acme, support.id(), "Triage the shared inbox");
            catalogue.addTask(acme, sales.id(), "Qualify web leads");
            catalogue.addTask(acme, sales.id(), "Update the CRM after calls");
            catalogue.addTask(acme, reporting.id(), "Monthly KPI report");
            return created;
        });
        long support = processId(seeding, acme, "Customer support");
        seeding.as(SAM, () -> catalogue.addTask(acme, support, "Reschedule missed deliveries"));

        long calls = taskId(seeding, acme, "Answer calls about delivery times");
        long inbox = taskId(seeding, acme, "Triage the shared inbox");
        long reschedule = taskId(seeding, acme, "Reschedule missed deliveries");
        long leads = taskId(seeding, acme, "Qualify web leads");
        long crm = taskId(seeding, acme, "Update the CRM after calls");
        long kpi = taskId(seeding, acme, "Monthly KPI report");

        // Each person of a team does the team's tasks a little differently: more or fewer calls, some days off the inbox.
        for (int person = 0; person < CUSTOMER_SERVICE.size(); person++) {
            List<WeekCell> cells = new ArrayList<>();
            int day = 0;
            for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
                if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                    continue;
                }
                int wobble = (day * 7 + person * 3) % 9 - 4;
                int callCount = 50 - person * 8 + wobble;
                cells.add(new WeekCell(calls, date, callCount * 4 + wobble, callCount));
                cells.add(new WeekCell(inbox, date, (40 - person * 5 - wobble) * 3, 40 - person * 5 - wobble));
                if (person == 0 && day % 2 == 0) {
                    cells.add(new WeekCell(reschedule, date, 6 * 8, 6));
                }
                day++;
            }
            String email = CUSTOMER_SERVICE.get(person);
            seeding.as(email, () -> timeLog.saveWeek(acme, campaign.id(), cells));
        }
        for (int person = 0; person < SALES.size(); person++) {
            List<WeekCell> cells = new ArrayList<>();
            int day = 0;
            for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
                if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                    continue;
                }
                int wobble = (day * 7 + person * 5) % 9 - 4;
                cells.add(new WeekCell(leads, date, (30 - person * 4 + wobble) * 10, 30 - person * 4 + wobble));
                cells.add(new WeekCell(crm, date, (20 - person * 2) * 3, 20 - person * 2));
                if (person < 2) {
                    cells.add(new WeekCell(inbox, date, 10 * 3, 10));
                }
                if (person == 0 && day == 0) {
                    cells.add(new WeekCell(kpi, date, 180, 1));
                }
                day++;
            }
            String email = SALES.get(person);
            seeding.as(email, () -> timeLog.saveWeek(acme, campaign.id(), cells));
        }
        seeding.as(SAM, () -> {
            timeLog.rate(acme, campaign.id(), new TaskRating(calls, 5, 4, 5, 4,
                    "Customers ask the same question; the answer is in the tracking system but they cannot find it."));
            timeLog.rate(acme, campaign.id(), new TaskRating(inbox, 4, 4, 3, 3, "Forwarded threads lose the order number."));
            timeLog.rate(acme, campaign.id(), new TaskRating(reschedule, 3, 3, 2, 4, "The carrier portal logs me out every time."));
            timeLog.addFrictionNote(acme, campaign.id(), "Half of my calls are people asking where their parcel is.");
        });
        seeding.as("marta@acme.example", () -> {
            timeLog.rate(acme, campaign.id(), new TaskRating(calls, 5, 5, 4, 5, null));
            timeLog.rate(acme, campaign.id(), new TaskRating(inbox, 4, 3, 3, 3, null));
        });
        seeding.as("pablo@acme.example", () -> {
            timeLog.rate(acme, campaign.id(), new TaskRating(calls, 4, 4, 4, 3, null));
            timeLog.addFrictionNote(acme, campaign.id(), "Order numbers are typed by hand into three systems.");
        });
        seeding.as(LIA, () -> {
            timeLog.rate(acme, campaign.id(), new TaskRating(leads, 4, 5, 4, 4, "Leads arrive as free-text e-mails with missing fields."));
            timeLog.rate(acme, campaign.id(), new TaskRating(crm, 5, 4, 4, 5, null));
            timeLog.rate(acme, campaign.id(), new TaskRating(inbox, 4, 3, 3, 2, null));
            timeLog.rate(acme, campaign.id(), new TaskRating(kpi, 4, 5, 5, 3, "Numbers come from three spreadsheets."));
            timeLog.addFrictionNote(acme, campaign.id(), "Copying web leads from e-mails into the CRM by hand.");
        });
        seeding.as("diego@acme.example", () -> {
            timeLog.rate(acme, campaign.id(), new TaskRating(leads, 5, 4, 4, 4, null));
            timeLog.rate(acme, campaign.id(), new TaskRating(crm, 5, 5, 4, 4, null));
        });
        seeding.as("nuria@acme.example", () -> timeLog.rate(acme, campaign.id(), new TaskRating(leads, 4, 4, 3, 3, null)));
        for (String email : List.of(SAM, LIA, EVA, "marta@acme.example", "diego@acme.example")) {
            voteOnOthers(seeding, acme, campaign.id(), email);
        }

        seeding.as(CARLA, () -> {
            campaigns.setOpen(acme, campaign.id(), false);
            analysis.promote(acme, campaign.id(), new NewCandidate("Voice agent for delivery-time calls", new BigDecimal("70"),
                    Effort.L, "Answers 'where is my parcel' from the tracking system; hands over to a person on request.", List.of(calls)));
            analysis.promote(acme, campaign.id(), new NewCandidate("Lead qualification assistant", new BigDecimal("60"),
                    Effort.M, "Reads web leads, asks for missing fields and files them in the CRM.", List.of(leads, crm)));
            analysis.promote(acme, campaign.id(), new NewCandidate("Inbox triage", new BigDecimal("50"),
                    Effort.S, "Labels and routes the shared inbox by order number and intent.", List.of(inbox)));
        });
    }

    private void brightsmile(DemoSeeding seeding, TenantId brightsmile) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Dublin")));
        LocalDate start = monday(today).minusWeeks(1);
        LocalDate end = start.plusDays(18);
        Campaign campaign = seeding.as(CARLA, () -> {
            List<Long> staff = campaigns.invitablePeople(brightsmile).stream().filter(p -> p.email().equals(JOE))
                    .map(AuditPerson::personId).toList();
            Campaign created = campaigns.save(brightsmile, null, "Front desk audit", start, end, staff);
            AuditProcess scheduling = catalogue.createProcess(brightsmile, "Patient scheduling");
            catalogue.addTask(brightsmile, scheduling.id(), "Answer calls about appointment times");
            catalogue.addTask(brightsmile, scheduling.id(), "Confirm appointments by phone");
            return created;
        });
        long calls = taskId(seeding, brightsmile, "Answer calls about appointment times");
        long confirm = taskId(seeding, brightsmile, "Confirm appointments by phone");
        List<WeekCell> cells = new ArrayList<>();
        int day = 0;
        for (LocalDate date = start; date.isBefore(today); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()) {
                continue;
            }
            int wobble = (day * 5) % 7 - 3;
            cells.add(new WeekCell(calls, date, (25 + wobble) * 3, 25 + wobble));
            cells.add(new WeekCell(confirm, date, (15 - wobble) * 4, 15 - wobble));
            day++;
        }
        seeding.as(JOE, () -> {
            if (!cells.isEmpty()) {
                timeLog.saveWeek(brightsmile, campaign.id(), cells);
            }
            timeLog.rate(brightsmile, campaign.id(), new TaskRating(calls, 5, 4, 4, 4, "Patients call while I am with someone at the desk."));
            timeLog.rate(brightsmile, campaign.id(), new TaskRating(confirm, 5, 5, 4, 3, null));
        });
    }

    private void voteOnOthers(DemoSeeding seeding, TenantId tenant, long campaignId, String email) {
        seeding.as(email, () -> timeLog.frictionNotes(tenant, campaignId).stream()
                .filter(note -> !note.mine())
                .forEach(note -> timeLog.vote(tenant, campaignId, note.id(), true)));
    }

    private long processId(DemoSeeding seeding, TenantId tenant, String name) {
        return seeding.as(CARLA, () -> catalogue.catalogue(tenant).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow().id());
    }

    private long taskId(DemoSeeding seeding, TenantId tenant, String name) {
        return seeding.as(CARLA, () -> catalogue.tasks(tenant).stream().filter(t -> t.name().equals(name))
                .findFirst().map(AuditTask::id).orElseThrow());
    }

    private static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }
}
