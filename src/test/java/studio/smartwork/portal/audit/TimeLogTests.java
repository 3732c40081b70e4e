package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/** Logging one's own time, the rules of the weekly grid, friction notes, and merging tasks. */
@SpringBootTest
class TimeLogTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    @Autowired
    ApplicationContext context;
    @Autowired
    TimeLog timeLog;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    AuditCampaigns campaigns;
    @Autowired
    AuditAnalysis analysis;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return AuditFixture.acme(context);
    }

    private long task(String process, String name) {
        SignIn.as(context, DemoPeople.CARLA);
        AuditProcess created = catalogue.createProcess(acme(), process);
        return catalogue.addTask(acme(), created.id(), name).id();
    }

    @Test
    void staffSeeAndChangeOnlyTheirOwnEntries() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Own " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        long calls = task("Support " + s, "Calls " + s);

        SignIn.as(context, DemoPeople.SAM);
        TimeEntry sams = timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 30, 5, "busy morning"));
        SignIn.as(context, DemoPeople.LIA);
        timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 45, 3, null));

        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::minutes).containsExactly(45);
        assertThatThrownBy(() -> timeLog.delete(acme(), campaign.id(), sams.asSeen())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> timeLog.change(acme(), campaign.id(), sams.asSeen(), new NewTimeEntry(MONDAY, calls, 1, 1, null)))
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.SAM);
        assertThat(timeLog.myEntries(acme(), campaign.id())).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(30);
            assertThat(e.note()).isEqualTo("busy morning");
            assertThat(e.taskLabel()).isEqualTo("Support " + s + " · Calls " + s);
        });
        assertThatThrownBy(() -> analysis.analysis(acme(), campaign.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> campaigns.progress(acme(), campaign.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theWeeklyGridChangesAnEntryInPlaceKeepingItsNoteAndChecksEveryCell() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Grid " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        long calls = task("Support " + s, "Calls " + s);
        SignIn.as(context, DemoPeople.SAM);
        TimeEntry logged = timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 30, 3, "carrier called back"));
        WeekCell monday = timeLog.week(acme(), campaign.id(), MONDAY.plusDays(3)).getFirst();
        assertThat(monday.minutes()).isEqualTo(30);
        assertThat(monday.note()).isEqualTo("carrier called back");
        assertThat(monday.entries()).containsExactly(logged.asSeen());

        timeLog.saveWeek(acme(), campaign.id(), List.of(monday.typed(60, 6), new WeekCell(calls, MONDAY.plusDays(1), 15, 1)));
        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::date, TimeEntry::minutes, TimeEntry::note)
                .containsExactly(tuple(MONDAY.plusDays(1), 15, null), tuple(MONDAY, 60, "carrier called back"));
        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::id).contains(logged.id());

        WeekCell tuesday = timeLog.week(acme(), campaign.id(), MONDAY).stream().filter(c -> c.date().equals(MONDAY.plusDays(1)))
                .findFirst().orElseThrow();
        timeLog.saveWeek(acme(), campaign.id(), List.of(tuesday.typed(null, null)));
        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::minutes).containsExactly(60);

        assertThatThrownBy(() -> timeLog.saveWeek(acme(), campaign.id(), List.of(
                new WeekCell(calls, MONDAY.plusDays(2), 0, 1),
                new WeekCell(calls, MONDAY.plusDays(3), 30, null),
                new WeekCell(calls, MONDAY.minusDays(1), 30, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().values()).containsExactlyInAnyOrder(
                        Message.of("audit.log.week.minutes.range", 1440, MONDAY.plusDays(2)),
                        Message.of("audit.log.week.occurrences.missing", MONDAY.plusDays(3)),
                        Message.of("audit.log.week.outside-window", MONDAY.minusDays(1))));
        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::minutes).containsExactly(60);

        SignIn.as(context, DemoPeople.CARLA);
        campaigns.setOpen(acme(), campaign.id(), false);
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> timeLog.saveWeek(acme(), campaign.id(), List.of(new WeekCell(calls, MONDAY, 5, 1))))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Message.of("audit.log.closed", campaign.name())));
    }

    @Test
    void aWeekOutsideTheYearsOneTo9999IsRefusedBeforeTheDatabaseSeesIt() {
        Campaign campaign = AuditFixture.campaign(context, "Weeks " + AuditFixture.suffix(), MONDAY, MONDAY.plusDays(4), DemoPeople.SAM);
        SignIn.as(context, DemoPeople.SAM);
        for (LocalDate day : new LocalDate[] {LocalDate.MIN, LocalDate.of(-4800, 1, 1), LocalDate.MAX}) {
            assertThatThrownBy(() -> timeLog.week(acme(), campaign.id(), day))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).containsExactly(entry("week", Message.of("audit.log.week.storable"))));
        }
        assertThat(timeLog.week(acme(), campaign.id(), LocalDate.of(9999, 12, 31))).isEmpty();
    }

    @Test
    void theWeeklyGridNeverMergesSeveralEntriesOfADay() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Two " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        long calls = task("Support " + s, "Calls " + s);
        SignIn.as(context, DemoPeople.SAM);
        timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 10, 1, "morning"));
        timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 20, 2, "afternoon"));
        WeekCell both = timeLog.week(acme(), campaign.id(), MONDAY).getFirst();
        assertThat(both.minutes()).isEqualTo(30);
        assertThat(both.occurrences()).isEqualTo(3);
        assertThat(both.editableInGrid()).isFalse();
        assertThat(both.note()).isNull();

        assertThatThrownBy(() -> timeLog.saveWeek(acme(), campaign.id(), List.of(both.typed(60, 6))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().values())
                        .containsExactly(Message.of("audit.log.week.several-entries", MONDAY, 2)));
        assertThat(timeLog.myEntries(acme(), campaign.id())).extracting(TimeEntry::minutes, TimeEntry::note)
                .containsExactlyInAnyOrder(tuple(10, "morning"), tuple(20, "afternoon"));
    }

    @Test
    void aChangeMadeMeanwhileIsNeverOverwritten() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Meanwhile " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        long calls = task("Support " + s, "Calls " + s);
        SignIn.as(context, DemoPeople.SAM);
        TimeEntry logged = timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 30, 1, null));
        // The grid in one window and the entry in another, both opened now.
        WeekCell inTheGrid = timeLog.week(acme(), campaign.id(), MONDAY).getFirst();
        timeLog.change(acme(), campaign.id(), logged.asSeen(), new NewTimeEntry(MONDAY, calls, 45, 2, "from the phone"));

        assertThatThrownBy(() -> timeLog.saveWeek(acme(), campaign.id(), List.of(inTheGrid.typed(90, 3))))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class, e -> assertThat(e.problems().values())
                        .containsExactly(Message.of("audit.log.week.changed-meanwhile", MONDAY)));
        assertThatThrownBy(() -> timeLog.change(acme(), campaign.id(), logged.asSeen(), new NewTimeEntry(MONDAY, calls, 5, 1, null)))
                .isInstanceOfSatisfying(ChangedMeanwhileException.class,
                        e -> assertThat(e.problems().get("version").key()).isEqualTo("audit.log.entry.changed-meanwhile"));
        assertThatThrownBy(() -> timeLog.delete(acme(), campaign.id(), logged.asSeen())).isInstanceOf(ChangedMeanwhileException.class);
        // A cell typed on an empty day that someone filled meanwhile is refused too.
        assertThatThrownBy(() -> timeLog.saveWeek(acme(), campaign.id(), List.of(new WeekCell(calls, MONDAY, 15, 1))))
                .isInstanceOf(ChangedMeanwhileException.class);
        assertThat(timeLog.myEntries(acme(), campaign.id())).singleElement().satisfies(e -> {
            assertThat(e.minutes()).isEqualTo(45);
            assertThat(e.note()).isEqualTo("from the phone");
        });
    }

    @Test
    void onlyInvitedPeopleLogAndStaffSeeOnlyTheirCampaigns() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Invite " + s, MONDAY, MONDAY.plusDays(4), DemoPeople.SAM);
        long calls = task("Support " + s, "Calls " + s);
        SignIn.as(context, DemoPeople.LIA);
        assertThat(campaigns.campaigns(acme())).extracting(Campaign::name).doesNotContain("Invite " + s);
        assertThatThrownBy(() -> timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, calls, 10, 1, null)))
                .isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.SAM);
        assertThat(campaigns.campaigns(acme())).extracting(Campaign::name).contains("Invite " + s);
        assertThatThrownBy(() -> timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY.plusDays(7), calls, 10, 1, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey("date"));
    }

    @Test
    void staffProposeTasksThatAreUsableAtOnce() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Propose " + s, MONDAY, MONDAY.plusDays(4), DemoPeople.SAM);
        SignIn.as(context, DemoPeople.CARLA);
        AuditProcess process = catalogue.createProcess(acme(), "Support " + s);
        SignIn.as(context, DemoPeople.SAM);
        AuditTask proposed = catalogue.addTask(acme(), process.id(), "Chase carriers " + s);
        timeLog.log(acme(), campaign.id(), new NewTimeEntry(MONDAY, proposed.id(), 25, 2, null));
        assertThatThrownBy(() -> catalogue.renameTask(acme(), proposed.id(), "Other")).isInstanceOf(NotAllowedException.class);
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(catalogue.tasks(acme())).filteredOn(t -> t.id() == proposed.id()).singleElement()
                .extracting(AuditTask::proposedBy).isEqualTo("Sam Ortega");
    }

    @Test
    void frictionNotesTakeOnePlusOnePerPersonWhichCanBeWithdrawn() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Friction " + s, MONDAY, MONDAY.plusDays(4), DemoPeople.SAM, DemoPeople.LIA);
        SignIn.as(context, DemoPeople.SAM);
        timeLog.addFrictionNote(acme(), campaign.id(), "The label printer jams " + s);
        SignIn.as(context, DemoPeople.EVA);
        long noteId = timeLog.frictionNotes(acme(), campaign.id()).getFirst().id();
        timeLog.vote(acme(), campaign.id(), noteId, true);
        timeLog.vote(acme(), campaign.id(), noteId, true);
        SignIn.as(context, DemoPeople.LIA);
        timeLog.vote(acme(), campaign.id(), noteId, true);
        assertThat(timeLog.frictionNotes(acme(), campaign.id())).singleElement().satisfies(n -> {
            assertThat(n.votes()).isEqualTo(2);
            assertThat(n.votedByMe()).isTrue();
            assertThat(n.mine()).isFalse();
        });
        timeLog.vote(acme(), campaign.id(), noteId, false);
        assertThat(timeLog.frictionNotes(acme(), campaign.id()).getFirst().votes()).isEqualTo(1);
        SignIn.as(context, DemoPeople.SAM);
        assertThat(timeLog.frictionNotes(acme(), campaign.id()).getFirst().mine()).isTrue();
    }

    @Test
    void mergingMovesEntriesAndRatingsKeepingTheRatingOfTheTaskMergedInto() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Merge " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Phone " + s + ",60,6,1,1,1,5,\n"
                        + MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",30,3,5,5,5,1,\n"
                        + MONDAY + ",lia@acme.example,Support " + s + ",Phone " + s + ",30,3,3,3,3,3,\n").problems()).isEmpty();
        SignIn.as(context, DemoPeople.CARLA);
        List<AuditTask> tasks = catalogue.tasks(acme()).stream().filter(t -> t.processName().equals("Support " + s)).toList();
        long phone = tasks.stream().filter(t -> t.name().startsWith("Phone")).findFirst().orElseThrow().id();
        long calls = tasks.stream().filter(t -> t.name().startsWith("Calls")).findFirst().orElseThrow().id();

        catalogue.merge(acme(), phone, calls);

        assertThat(catalogue.tasks(acme())).extracting(AuditTask::id).doesNotContain(phone);
        TaskAnalysis merged = analysis.analysis(acme(), campaign.id()).tasks().getFirst();
        assertThat(merged.taskId()).isEqualTo(calls);
        assertThat(merged.minutesTotal()).isEqualTo(120);
        assertThat(merged.occurrencesTotal()).isEqualTo(12);
        assertThat(merged.people()).isEqualTo(2);
        // Sam keeps his rating of Calls (5, 5, 5, friction 1); Lia's rating of Phone moved over (3, 3, 3, friction 3).
        assertThat(merged.suitability()).isEqualByComparingTo("0.75");
        assertThat(merged.friction()).isEqualByComparingTo("2");

        catalogue.renameTask(acme(), calls, "Customer calls " + s);
        assertThat(analysis.analysis(acme(), campaign.id()).tasks().getFirst().task()).isEqualTo("Customer calls " + s);
        long process = catalogue.catalogue(acme()).stream().filter(p -> p.name().equals("Support " + s)).findFirst().orElseThrow().id();
        catalogue.renameProcess(acme(), process, "Customer support " + s);
        assertThat(analysis.analysis(acme(), campaign.id()).tasks().getFirst().process()).isEqualTo("Customer support " + s);
        assertThatThrownBy(() -> catalogue.renameProcess(acme(), process, "Sales"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get("name")).isEqualTo(Message.of("audit.catalogue.process.exists", "Sales")));
    }
}
