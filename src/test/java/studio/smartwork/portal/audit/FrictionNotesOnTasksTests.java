package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/** A friction note may name the task it is about; it follows that task through a merge, and a running timer does too. */
@SpringBootTest
class FrictionNotesOnTasksTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    TimeLog timeLog;
    @Autowired
    TaskCatalogue catalogue;
    @Autowired
    LiveTimer timer;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNoteAboutATaskIsReadOnThatTaskAndFollowsItThroughAMerge() {
        TenantId acme = AuditFixture.acme(context);
        String s = AuditFixture.suffix();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        Campaign campaign = AuditFixture.campaign(context, "Notes " + s, today.minusDays(3), today.plusDays(3), DemoPeople.SAM);
        SignIn.as(context, DemoPeople.CARLA);
        AuditProcess support = catalogue.createProcess(acme, "Support " + s);
        long calls = catalogue.addTask(acme, support.id(), "Calls " + s).id();
        long phone = catalogue.addTask(acme, support.id(), "Phone " + s).id();

        SignIn.as(context, DemoPeople.SAM);
        timeLog.addFrictionNote(acme, campaign.id(), phone, "Callers ask the same three things");
        timeLog.addFrictionNote(acme, campaign.id(), "Too many tools open at once");
        timer.start(acme, campaign.id(), phone);
        assertThat(timeLog.frictionNotes(acme, campaign.id())).extracting(FrictionNote::text, FrictionNote::taskId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Callers ask the same three things", phone),
                        org.assertj.core.groups.Tuple.tuple("Too many tools open at once", null));

        SignIn.as(context, DemoPeople.CARLA);
        catalogue.merge(acme, phone, calls);
        SignIn.as(context, DemoPeople.SAM);
        assertThat(timeLog.frictionNotes(acme, campaign.id())).filteredOn(n -> n.taskId() != null).singleElement()
                .satisfies(n -> assertThat(n.taskLabel()).isEqualTo("Support " + s + " · Calls " + s));
        assertThat(timer.running(acme).orElseThrow().taskId()).as("the running timer times the merged task").isEqualTo(calls);
        timer.discard(acme);

        // Another tenant's task is no task of this catalogue.
        SignIn.as(context, DemoPeople.CARLA);
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        long theirs = catalogue.tasks(brightsmile).getFirst().id();
        SignIn.as(context, DemoPeople.SAM);
        assertThatThrownBy(() -> timeLog.addFrictionNote(acme, campaign.id(), theirs, "Somewhere else"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("task"));
    }
}
