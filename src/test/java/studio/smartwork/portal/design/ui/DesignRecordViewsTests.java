package studio.smartwork.portal.design.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;

class DesignRecordViewsTests extends KaribuTests {

    private TenantId acme() {
        return DemoTenants.id(context, "acme");
    }

    @Test
    void consultantWritesAndSubmitsARecordAndTheExecutiveApprovesIt() {
        signIn(DemoPeople.CARLA);
        navigate("t/acme/designs");
        _click(_get(Button.class, spec -> spec.withText("New design record")));
        String title = "Dispatch updates " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _click(_get(Button.class, spec -> spec.withText("Create record")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("t/acme/designs/\\d+/edit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Problem statement")), "Drivers phone in for their next stop");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Trigger")), "A driver finishes a stop");
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("What happens in this step")), "Sends the next stop to the driver's phone");
        _click(_get(Button.class, spec -> spec.withText("Add KPI")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("KPI")), "Calls from drivers per day");
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withLabel("Loaded hourly cost")),
                new java.math.BigDecimal("38"));
        _click(_get(Button.class, spec -> spec.withText("Save revision")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("t/acme/designs/\\d+");
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        assertThat(_find(Button.class, spec -> spec.withText("Approve"))).isEmpty();
        String recordPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        SignIn.out();
        signIn(DemoPeople.EVA);
        navigate(recordPath);
        assertThat(_find(Button.class, spec -> spec.withText("Edit"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Approve")));
        _click(_get(Button.class, spec -> spec.withText("Approve revision 2")));

        List<DesignRecordSummary> records = context.getBean(DesignRecords.class).records(acme());
        assertThat(records).filteredOn(r -> r.title().equals(title)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(DesignStatus.APPROVED);
            assertThat(r.approvedRevision()).isEqualTo(2);
        });
    }

    /** Removal takes effect on the executive's page as it is open: the next click is refused, nothing is approved. */
    @Test
    void aRemovedExecutivesOpenPageCanNoLongerApprove() {
        String executive = TestPeople.newClientPerson(context, "acme", TenantRole.EXECUTIVE, null);
        signIn(DemoPeople.CARLA);
        navigate("t/acme/designs");
        _click(_get(Button.class, spec -> spec.withText("New design record")));
        String title = "Removed approver " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), title);
        _click(_get(Button.class, spec -> spec.withText("Create record")));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Problem statement")), "Drivers phone in for their next stop");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Trigger")), "A driver finishes a stop");
        _click(_get(Button.class, spec -> spec.withText("Add step")));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("What happens in this step")), "Sends the next stop");
        _click(_get(Button.class, spec -> spec.withText("Add KPI")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("KPI")), "Calls from drivers per day");
        _setValue(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withLabel("Loaded hourly cost")),
                new java.math.BigDecimal("38"));
        _click(_get(Button.class, spec -> spec.withText("Save revision")));
        _click(_get(Button.class, spec -> spec.withText("Submit for review")));
        String recordPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        newBrowserSession();
        signIn(executive);
        navigate(recordPath);
        _click(_get(Button.class, spec -> spec.withText("Approve")));
        Authentication executivesSession = SecurityContextHolder.getContext().getAuthentication();

        // Meanwhile an administrator removes them from Acme.
        SignIn.as(context, DemoPeople.ADMIN);
        TenantMembers tenantMembers = context.getBean(TenantMembers.class);
        long executiveId = tenantMembers.members(acme()).stream().filter(m -> m.email().equals(executive)).findFirst().orElseThrow().personId();
        tenantMembers.removeMember(acme(), executiveId);
        SecurityContextHolder.getContext().setAuthentication(executivesSession);

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText("Approve revision 2")));
        // The open page's click finds the record gone for them, as any other address of the tenant would be.
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly(Texts.t("shared.error.not-found"));
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(context.getBean(DesignRecords.class).records(acme())).filteredOn(r -> r.title().equals(title))
                .singleElement().extracting(DesignRecordSummary::status).isEqualTo(DesignStatus.IN_REVIEW);
    }

    @Test
    void staffReadRecordsButFindNoWayToChangeThem() {
        signIn(DemoPeople.SAM);
        navigate("t/acme/designs");
        assertThat(_find(Button.class, spec -> spec.withText("New design record"))).isEmpty();
        int number = context.getBean(DesignRecords.class).records(acme()).getFirst().number();
        navigate("t/acme/designs/" + number);
        assertThat(_find(H2.class)).isNotEmpty();
        for (String action : List.of("Edit", "Submit for review", "Approve", "Request changes", "Go live", "Start build")) {
            assertThat(_find(Button.class, spec -> spec.withText(action))).as(action).isEmpty();
        }
        navigate("t/acme/designs/" + number + "/edit");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
    }

    /** The page shows a button for each step the service allows on the record now, in the service's order. */
    @Test
    void theRecordPageOffersTheStepsTheServiceAllows() {
        signIn(DemoPeople.CARLA);
        DesignRecordSummary live = context.getBean(DesignRecords.class).records(acme()).stream()
                .filter(r -> r.title().equals("Voice agent for delivery-time calls")).findFirst().orElseThrow();
        navigate("t/acme/designs/" + live.number());
        HorizontalLayout actions = _get(HorizontalLayout.class, spec -> spec.withClasses("design-actions"));
        assertThat(_find(actions, Button.class)).extracting(Button::getText).containsExactly("Start improvement", "Retire");
    }

    @Test
    void consultantNotAssignedToATenantCannotSeeItsRecords() {
        signIn(DemoPeople.TOM);
        navigate("t/brightsmile/designs");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
    }
}
