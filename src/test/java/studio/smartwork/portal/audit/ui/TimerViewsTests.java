package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.AuditProcess;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeEntry;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantScope;

/** The live timer as staff use it: on the log page and the overview, in the reader's language. */
class TimerViewsTests extends KaribuTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private record Setup(Campaign campaign, String task, String staff) {
    }

    private Setup setUp() {
        String s = AuditFixture.suffix();
        String staff = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        LocalDate today = LocalDate.now(MADRID);
        Campaign campaign = AuditFixture.campaign(context, "Timer " + s, today.minusDays(7), today.plusDays(7), staff);
        SignIn.as(context, DemoPeople.CARLA);
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        AuditProcess support = catalogue.createProcess(AuditFixture.acme(context), "Support " + s);
        catalogue.addTask(AuditFixture.acme(context), support.id(), "Calls " + s);
        SignIn.out();
        return new Setup(campaign, "Support " + s + " · Calls " + s, staff);
    }

    @Test
    void staffStartATimerOnTheLogPageAndItSurvivesAReloadAndStopsIntoAnEntry() {
        Setup setup = setUp();
        signIn(setup.staff());
        navigate("t/acme/audit/" + setup.campaign().id() + "/log");
        // An Acme staff member reads Spanish.
        _get(Button.class, spec -> spec.withText("Iniciar cronómetro"));
        _click(_get(Button.class, spec -> spec.withId("timer-start")));
        assertThat(_get(ComboBox.class, spec -> spec.withId("timer-task")).isInvalid()).as("a task first").isTrue();
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("timer-task")), setup.task());
        _click(_get(Button.class, spec -> spec.withId("timer-start")));
        assertThat(_get(Span.class, spec -> spec.withId("timer-elapsed")).getText()).startsWith("0:00:0");

        // A reload, or another device: the timer is the server's.
        navigate("t/acme");
        navigate("t/acme/audit/" + setup.campaign().id() + "/log");
        _get(Span.class, spec -> spec.withId("timer-elapsed"));
        _get(Span.class, spec -> spec.withText(setup.task()));
        _get(TextField.class, spec -> spec.withId("timer-note")).setValue("first call");
        _click(_get(Button.class, spec -> spec.withId("timer-stop")));
        NotificationsKt.expectNotifications(Texts.t("audit.timer.entry-made", 1, setup.task(),
                context.getBean(studio.smartwork.portal.tenant.TenantService.class).findBySlug("acme").orElseThrow()
                        .formatFor(Texts.locale()).date(LocalDate.now(MADRID))));
        assertThat(_find(Span.class, spec -> spec.withId("timer-elapsed"))).isEmpty();
        SignIn.as(context, setup.staff());
        assertThat(context.getBean(TimeLog.class).myEntries(AuditFixture.acme(context), setup.campaign().id()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.minutes()).isEqualTo(1);
                    assertThat(entry.occurrences()).isEqualTo(1);
                    assertThat(entry.note()).isEqualTo("first call");
                });
    }

    @Test
    void aTimerLeftRunningYesterdayAsksWhatToKeepTheNextTime() {
        Setup setup = setUp();
        signIn(setup.staff());
        navigate("t/acme/audit/" + setup.campaign().id() + "/log");
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withId("timer-task")), setup.task());
        _click(_get(Button.class, spec -> spec.withId("timer-start")));
        LocalDate yesterday = LocalDate.now(MADRID).minusDays(1);
        Instant lateYesterday = yesterday.atTime(20, 0).atZone(MADRID).toInstant();
        context.getBean(TenantScope.class).asSystem(AuditFixture.acme(context), () -> context.getBean(JdbcClient.class)
                .sql("update audit_timer set started_at = :at where person_id = (select id from person where email = :e)")
                .param("at", java.sql.Timestamp.from(lateYesterday)).param("e", setup.staff()).update());

        navigate("t/acme");
        // The overview shows the same timer, and asks first.
        Dialog ask = _get(Dialog.class);
        assertThat(ask.getHeaderTitle()).isEqualTo(Texts.t("audit.timer.left-running.title"));
        IntegerField keep = _get(ask, IntegerField.class, spec -> spec.withId("timer-keep-minutes"));
        assertThat(keep.getValue()).as("four hours to midnight, less than a working day").isEqualTo(240);
        keep.setValue(95);
        _click(_get(ask, Button.class, spec -> spec.withText(Texts.t("audit.timer.left-running.keep"))));
        SignIn.as(context, setup.staff());
        TimeEntry kept = context.getBean(TimeLog.class).myEntries(AuditFixture.acme(context), setup.campaign().id()).getFirst();
        assertThat(kept.minutes()).isEqualTo(95);
        assertThat(kept.date()).isEqualTo(yesterday);
    }
}
