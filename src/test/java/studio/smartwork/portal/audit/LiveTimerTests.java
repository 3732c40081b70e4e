package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.internal.TaskRepository;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/**
 * The live timer of the real-time audit, with the times set by hand: Acme's days are Madrid's.
 * Each test has staff members of its own, as a person has one timer wherever they work.
 */
@SpringBootTest
class LiveTimerTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    ApplicationContext context;
    @Autowired
    TimeLog timeLog;
    @Autowired
    TaskRepository tasks;
    @Autowired
    TenantService tenants;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    JdbcClient jdbc;

    /**
     * The timer reads a clock standing at noon in Madrid today, so a test that runs just after
     * midnight still has twelve minutes of today behind it.
     */
    LiveTimer timer;
    Instant noon;

    @BeforeEach
    void atNoonInMadrid() {
        noon = LocalDate.now(MADRID).atTime(12, 0).atZone(MADRID).toInstant();
        timer = new LiveTimer(tenantScope, jdbc, tasks, timeLog, tenants, Clock.fixed(noon, ZoneId.of("UTC")));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return AuditFixture.acme(context);
    }

    private record Setup(Campaign campaign, long calls, long emails, String staff) {
    }

    /** A campaign running this week in Acme with a new staff member invited, and two tasks. */
    private Setup setUp() {
        String s = AuditFixture.suffix();
        String staff = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        LocalDate today = LocalDate.now(MADRID);
        Campaign campaign = AuditFixture.campaign(context, "Live " + s, today.minusDays(7), today.plusDays(7), staff);
        SignIn.as(context, DemoPeople.CARLA);
        AuditProcess support = catalogue.createProcess(acme(), "Support " + s);
        long calls = catalogue.addTask(acme(), support.id(), "Calls " + s).id();
        long emails = catalogue.addTask(acme(), support.id(), "E-mails " + s).id();
        return new Setup(campaign, calls, emails, staff);
    }

    /** Moves the person's running timer back in time, as if it had been started then. */
    private void startedAt(String email, Instant when) {
        tenantScope.asSystem(acme(), () -> jdbc.sql("update audit_timer set started_at = :at where person_id = (select id from person where email = :e)")
                .param("at", java.sql.Timestamp.from(when)).param("e", email).update());
    }

    @Test
    void stoppingATimerMakesAnEntryOfItsMinutesRoundedUpWithOneOccurrence() {
        Setup setup = setUp();
        SignIn.as(context, setup.staff());
        timer.start(acme(), setup.campaign().id(), setup.calls());
        startedAt(setup.staff(), noon.minusSeconds(12 * 60 + 1));

        // Another device, the same person: the timer is there, stored with the person, not the page.
        SignIn.out();
        SignIn.as(context, setup.staff());
        RunningTimer running = timer.running(acme()).orElseThrow();
        assertThat(running.taskId()).isEqualTo(setup.calls());
        assertThat(running.elapsedSeconds()).isEqualTo(721L);
        assertThat(running.leftRunning()).isFalse();

        TimeEntry entry = timer.stop(acme(), null, "angry customer");
        assertThat(entry.minutes()).as("12 min 1 s rounds up").isEqualTo(13);
        assertThat(entry.occurrences()).isEqualTo(1);
        assertThat(entry.note()).isEqualTo("angry customer");
        assertThat(entry.date()).isEqualTo(LocalDate.now(MADRID));
        assertThat(timer.running(acme())).isEmpty();
        assertThat(timeLog.myEntries(acme(), setup.campaign().id())).extracting(TimeEntry::minutes).containsExactly(13);
    }

    @Test
    void startingAnotherTimerStopsTheFirstIntoItsEntry() {
        Setup setup = setUp();
        SignIn.as(context, setup.staff());
        timer.start(acme(), setup.campaign().id(), setup.calls());
        startedAt(setup.staff(), noon.minusSeconds(5 * 60));

        TimerStarted second = timer.start(acme(), setup.campaign().id(), setup.emails());
        assertThat(second.stoppedInto()).isNotNull();
        assertThat(second.stoppedInto().taskId()).isEqualTo(setup.calls());
        assertThat(second.stoppedInto().minutes()).isEqualTo(5);
        assertThat(second.timer().taskId()).isEqualTo(setup.emails());
        assertThat(timer.running(acme()).orElseThrow().taskId()).as("one timer per person").isEqualTo(setup.emails());

        timer.discard(acme());
        assertThat(timer.running(acme())).isEmpty();
        assertThat(timeLog.myEntries(acme(), setup.campaign().id())).as("a discarded timer leaves no entry").hasSize(1);
    }

    @Test
    void aTimerLeftRunningPastItsDayAsksHowMuchToKeep() {
        Setup setup = setUp();
        SignIn.as(context, setup.staff());
        timer.start(acme(), setup.campaign().id(), setup.calls());
        LocalDate yesterday = LocalDate.now(MADRID).minusDays(1);
        // Started at 20:00 yesterday, Madrid time: four hours remained of that day (less than a working day of 8).
        startedAt(setup.staff(), yesterday.atTime(20, 0).atZone(MADRID).toInstant());

        RunningTimer left = timer.running(acme()).orElseThrow();
        assertThat(left.leftRunning()).isTrue();
        assertThat(left.day()).isEqualTo(yesterday);
        assertThat(left.suggestedMinutes()).isEqualTo(240);
        assertThatThrownBy(() -> timer.start(acme(), setup.campaign().id(), setup.emails()))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("audit.timer.decide-first"));
        assertThatThrownBy(() -> timer.stop(acme(), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("minutes"));

        TimeEntry kept = timer.stop(acme(), 90, null);
        assertThat(kept.minutes()).isEqualTo(90);
        assertThat(kept.date()).as("the entry is for the day it ran").isEqualTo(yesterday);
        assertThat(timer.running(acme())).isEmpty();
    }

    @Test
    void aTimerIsForThePeopleInvitedToAnOpenCampaignAndStaysInItsTenant() {
        Setup setup = setUp();
        SignIn.as(context, DemoPeople.LIA);
        assertThatThrownBy(() -> timer.start(acme(), setup.campaign().id(), setup.calls()))
                .as("Lia is not invited to this campaign").isInstanceOf(TenantNotFoundException.class);
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> timer.start(acme(), setup.campaign().id(), setup.calls())).isInstanceOf(NotAllowedException.class);
        SignIn.as(context, DemoPeople.DAN);
        assertThatThrownBy(() -> timer.start(acme(), setup.campaign().id(), setup.calls())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> timer.running(acme())).isInstanceOf(TenantNotFoundException.class);

        SignIn.as(context, setup.staff());
        timer.start(acme(), setup.campaign().id(), setup.calls());
        SignIn.as(context, DemoPeople.JOE);
        assertThat(timer.running(DemoTenants.id(context, "brightsmile"))).as("Joe sees no timer of Acme's").isEmpty();

        SignIn.as(context, DemoPeople.CARLA);
        context.getBean(AuditCampaigns.class).setOpen(acme(), setup.campaign().id(), false);
        SignIn.as(context, setup.staff());
        assertThatThrownBy(() -> timer.stop(acme(), null, null)).as("a closed campaign takes no more time")
                .isInstanceOf(NotAllowedException.class);
        timer.discard(acme());
        assertThatThrownBy(() -> timer.start(acme(), setup.campaign().id(), setup.calls())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theTimerIsOfferedToThoseWhoLogTimeInTheCampaign() {
        Setup setup = setUp();
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        SignIn.as(context, setup.staff());
        assertThat(campaigns.logsTimeIn(acme(), setup.campaign().id())).isTrue();
        SignIn.as(context, DemoPeople.EVA);
        assertThat(campaigns.logsTimeIn(acme(), setup.campaign().id())).as("Eva sees the campaign but was not invited").isFalse();
        SignIn.as(context, DemoPeople.JOE);
        assertThatThrownBy(() -> campaigns.logsTimeIn(acme(), setup.campaign().id())).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void minutesAreRoundedUpAndNeverZero() {
        assertThat(LiveTimer.wholeMinutes(0)).isEqualTo(1);
        assertThat(LiveTimer.wholeMinutes(60)).isEqualTo(1);
        assertThat(LiveTimer.wholeMinutes(61)).isEqualTo(2);
        assertThat(LiveTimer.wholeMinutes(ChronoUnit.DAYS.getDuration().toSeconds() * 3)).isEqualTo(1440);
    }
}
