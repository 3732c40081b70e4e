package studio.smartwork.portal.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.DuplicateSuggestion;
import studio.smartwork.portal.audit.NewTimeEntry;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** The catalogue's likely duplicates, and the closest tasks offered while staff propose one, through their pages. */
class SimilarTasksViewsTests extends KaribuTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    private record Fixture(FreshClient client, Campaign campaign, long appointments, long answering, long rota, long preparing) {
    }

    /** A fresh client whose staff member logged one entry on "answering appointment calls" and none on the others. */
    private Fixture fixture() {
        FreshClient client = FreshClient.withPeople(context, "Similar views");
        SignIn.as(context, client.consultant());
        TaskCatalogue catalogue = context.getBean(TaskCatalogue.class);
        long process = catalogue.createProcess(client.id(), "Front desk").id();
        long appointments = catalogue.addTask(client.id(), process, "Answer calls about appointment times").id();
        long answering = catalogue.addTask(client.id(), process, "answering appointment calls").id();
        long rota = catalogue.addTask(client.id(), process, "Prepare weekly rota").id();
        long preparing = catalogue.addTask(client.id(), process, "Preparing the weekly rota").id();
        Campaign campaign = context.getBean(AuditCampaigns.class).save(client.id(), null, "Week", MONDAY, MONDAY.plusDays(11),
                List.of(client.staffId()));
        SignIn.as(context, client.staff());
        context.getBean(TimeLog.class).log(client.id(), campaign.id(), new NewTimeEntry(MONDAY, answering, 20, 2, null));
        SignIn.out();
        return new Fixture(client, campaign, appointments, answering, rota, preparing);
    }

    @SuppressWarnings("unchecked")
    private Grid<DuplicateSuggestion> duplicates() {
        return _get(Grid.class, spec -> spec.withId("duplicates"));
    }

    private Component actions(String mergeLabel) {
        Grid<DuplicateSuggestion> grid = duplicates();
        List<DuplicateSuggestion> rows = GridKt._findAll(grid);
        int row = rows.stream().map(d -> Texts.t("audit.similar.merge.label", d.from().label(), d.into().label())).toList().indexOf(mergeLabel);
        assertThat(row).as("a suggestion to " + mergeLabel).isNotNegative();
        return (Component) GridKt._getCellComponent(grid, row, "actions");
    }

    @Test
    void consultantSeesWhichWayEachSuggestionMergesAndMergesOrDismissesItWithOneClick() {
        Fixture f = fixture();
        signIn(f.client().consultant());
        navigate("t/" + f.client().slug() + "/audit/catalogue");

        String mergeCalls = Texts.t("audit.similar.merge.label", "Front desk · Answer calls about appointment times",
                "Front desk · answering appointment calls");
        String mergeRota = Texts.t("audit.similar.merge.label", "Front desk · Preparing the weekly rota", "Front desk · Prepare weekly rota");
        assertThat(GridKt._findAll(duplicates())).hasSize(2);
        // The task with the one entry is kept: nothing moves with the other.
        assertThat(GridKt._getFormattedRow(duplicates(), 0)).contains(mergeRota);
        assertThat(GridKt._findAll(duplicates()).stream().map(d -> d.moves().entries()).toList()).containsOnly(0);

        _click(_get(actions(mergeRota), Button.class, spec -> spec.withText(Texts.t("audit.similar.dismiss"))));
        assertThat(GridKt._findAll(duplicates())).singleElement().satisfies(d -> assertThat(d.into().id()).isEqualTo(f.answering()));

        _click(_get(actions(mergeCalls), Button.class, spec -> spec.withText(Texts.t("audit.similar.merge"))));
        assertThat(GridKt._findAll(duplicates())).isEmpty();
        @SuppressWarnings("unchecked")
        Grid<AuditTask> tasks = _get(Grid.class, spec -> spec.withId("tasks"));
        assertThat(GridKt._findAll(tasks).stream().map(AuditTask::id).toList())
                .contains(f.answering(), f.rota(), f.preparing()).doesNotContain(f.appointments());

        navigate("t/" + f.client().slug() + "/audit/catalogue");
        assertThat(GridKt._findAll(duplicates())).isEmpty();
    }

    @Test
    void staffProposingATaskAreOfferedTheClosestExistingTasksFirst() {
        Fixture f = fixture();
        signIn(f.client().staff());
        navigate("t/" + f.client().slug() + "/audit/" + f.campaign().id() + "/log");
        assertThat(_find(Component.class, spec -> spec.withId("closest-tasks"))).as("nothing offered before typing").isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withLabel(Texts.t("audit.log.new-task"))), "Answering calls on appointments");

        List<Button> offered = _find(_get(Component.class, spec -> spec.withId("closest-tasks")), Button.class);
        assertThat(offered).first().extracting(Button::getText)
                .isEqualTo(Texts.t("audit.similar.closest.use", "Front desk · answering appointment calls"));
        _click(offered.getFirst());

        @SuppressWarnings("unchecked")
        ComboBox<AuditTask> quickTask = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("audit.log.task")).withId("quick-task"));
        assertThat(quickTask.getValue().id()).isEqualTo(f.answering());
        assertThat(_get(TextField.class, spec -> spec.withLabel(Texts.t("audit.log.new-task"))).getValue()).isEmpty();
    }
}
