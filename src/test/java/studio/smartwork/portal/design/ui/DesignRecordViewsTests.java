package studio.smartwork.portal.design.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import studio.smartwork.portal.design.DesignAction;
import studio.smartwork.portal.design.DesignContent;
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
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.records.new"))));
        String title = "Dispatch updates " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("design.field.title"))), title);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.new.create"))));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("t/acme/designs/\\d+/edit");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(Texts.t("design.field.problem"))),
                "Drivers phone in for their next stop");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(Texts.t("design.field.trigger"))), "A driver finishes a stop");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.add-step"))));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(Texts.t("design.editor.step.placeholder"))),
                "Sends the next stop to the driver's phone");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.add-kpi"))));
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("design.kpi.name"))), "Calls from drivers per day");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(Texts.t("design.field.hourly-cost"))),
                new java.math.BigDecimal("38"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.save"))));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("t/acme/designs/\\d+");
        _click(_get(Button.class, spec -> spec.withText(Texts.t(DesignAction.SUBMIT.textKey()))));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t(DesignAction.APPROVE.textKey())))).isEmpty();
        String recordPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        SignIn.out();
        signIn(DemoPeople.EVA);
        navigate(recordPath);
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t(DesignAction.EDIT.textKey())))).isEmpty();
        // Eva reads Acme's language: she approves in Spanish.
        _click(_get(Button.class, spec -> spec.withText("Aprobar")));
        _click(_get(Button.class, spec -> spec.withText("Aprobar la revisión 2")));
        _get(Span.class, spec -> spec.withClasses("design-status").withText("Aprobado"));

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
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.records.new"))));
        String title = "Removed approver " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("design.field.title"))), title);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.new.create"))));
        _setValue(_get(TextArea.class, spec -> spec.withLabel(Texts.t("design.field.problem"))),
                "Drivers phone in for their next stop");
        _setValue(_get(TextArea.class, spec -> spec.withLabel(Texts.t("design.field.trigger"))), "A driver finishes a stop");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.add-step"))));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(Texts.t("design.editor.step.placeholder"))),
                "Sends the next stop");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.add-kpi"))));
        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("design.kpi.name"))), "Calls from drivers per day");
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel(Texts.t("design.field.hourly-cost"))),
                new java.math.BigDecimal("38"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.editor.save"))));
        _click(_get(Button.class, spec -> spec.withText(Texts.t(DesignAction.SUBMIT.textKey()))));
        String recordPath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        newBrowserSession();
        signIn(executive);
        navigate(recordPath);
        _click(_get(Button.class, spec -> spec.withText(Texts.t(DesignAction.APPROVE.textKey()))));
        Authentication executivesSession = SecurityContextHolder.getContext().getAuthentication();

        // Meanwhile an administrator removes them from Acme.
        SignIn.as(context, DemoPeople.ADMIN);
        TenantMembers tenantMembers = context.getBean(TenantMembers.class);
        long executiveId = tenantMembers.members(acme()).stream().filter(m -> m.email().equals(executive)).findFirst().orElseThrow().personId();
        tenantMembers.removeMember(acme(), executiveId);
        SecurityContextHolder.getContext().setAuthentication(executivesSession);

        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.review.approve.button", 2))));
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
        _get(H3.class, spec -> spec.withText("Registros de diseño de soluciones"));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("design.records.new")))).isEmpty();
        int number = context.getBean(DesignRecords.class).records(acme()).getFirst().number();
        navigate("t/acme/designs/" + number);
        assertThat(_find(H2.class)).isNotEmpty();
        for (DesignAction action : DesignAction.values()) {
            assertThat(_find(Button.class, spec -> spec.withText(Texts.t(action.textKey())))).as(action.name()).isEmpty();
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
        assertThat(_find(actions, Button.class)).extracting(Button::getText)
                .containsExactly(Texts.t(DesignAction.START_IMPROVEMENT.textKey()), Texts.t(DesignAction.RETIRE.textKey()));
    }

    /** Two revisions are compared field by field, each field named in the reader's words, money as the client writes it. */
    @Test
    void twoRevisionsAreComparedInTheReadersWords() {
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        DesignRecords designs = context.getBean(DesignRecords.class);
        signIn(DemoPeople.CARLA);
        int number = designs.create(brightsmile, "Compared " + System.nanoTime(), List.of()).number();
        designs.saveContent(brightsmile, number, 1, designs.record(brightsmile, number).content().toBuilder()
                .problem("Calls pile up").buildCost(new java.math.BigDecimal("1250.5")).build());
        navigate("t/brightsmile/designs/" + number);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.revisions.compare"))));

        @SuppressWarnings("unchecked")
        Grid<DesignContent.FieldChange> diff = _get(Grid.class, spec -> spec.withClasses("revision-diff"));
        assertThat(GridKt._findAll(diff)).containsExactly(
                new DesignContent.FieldChange("Problem statement", "", "Calls pile up"),
                new DesignContent.FieldChange("One-off build cost", "€0.00", "€1,250.50"));
    }

    @Test
    void consultantNotAssignedToATenantCannotSeeItsRecords() {
        signIn(DemoPeople.TOM);
        navigate("t/brightsmile/designs");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
    }
}
