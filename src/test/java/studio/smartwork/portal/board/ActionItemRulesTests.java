package studio.smartwork.portal.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * Action items belong to both sides: executives add them as consultants do; whoever added one,
 * and the consultants, edit, reassign and delete it; overdue ones come first and say so.
 */
class ActionItemRulesTests extends KaribuTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private BoardService board() {
        return context.getBean(BoardService.class);
    }

    private TenantId acme() {
        return BoardFixture.tenant(context, "acme");
    }

    private ActionItem item(TenantId tenant, String title) {
        return board().actionItems(tenant).stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private Message lastActivity(TenantId tenant) {
        return context.getBean(ActivityLog.class).recent(tenant, 1).getFirst().message();
    }

    @Test
    void evaAddsAnActionItemFromTheBoardInSpanishAndEditsAndDeletesIt() {
        TenantId acme = acme();
        String title = "Pedir el listado de llamadas " + System.nanoTime();
        signIn(DemoPeople.EVA);
        navigate("t/acme/board");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nueva acción")), title);
        @SuppressWarnings("unchecked")
        ComboBox<Assignee> who = _get(ComboBox.class, spec -> spec.withLabel("Responsable"));
        _setValue(who, who.getListDataView().getItems().filter(a -> a.name().equals("Sam Ortega")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Añadir acción")));
        ActionItem added = item(acme, title);
        assertThat(added.assignee()).isEqualTo("Sam Ortega");
        assertThat(added.mayChange()).isTrue();
        assertThat(lastActivity(acme)).isEqualTo(Message.of("board.activity.action-item-added", "Eva Martín", title));

        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + added.id()));
        _click(_get(row, Button.class, spec -> spec.withText("Editar")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Editar acción");
        @SuppressWarnings("unchecked")
        ComboBox<Assignee> reassign = _get(dialog, ComboBox.class, spec -> spec.withLabel("Responsable"));
        assertThat(reassign.getValue().name()).isEqualTo("Sam Ortega");
        _setValue(reassign, reassign.getListDataView().getItems().filter(a -> a.name().equals("Lia Navarro")).findFirst().orElseThrow());
        LocalDate due = LocalDate.now(MADRID).plusDays(7);
        _setValue(_get(dialog, DatePicker.class, spec -> spec.withLabel("Vence")), due);
        _click(_get(dialog, Button.class, spec -> spec.withText("Guardar")));
        ActionItem edited = item(acme, title);
        assertThat(edited.assignee()).isEqualTo("Lia Navarro");
        assertThat(edited.dueOn()).isEqualTo(due);
        assertThat(context.getBean(ActivityLog.class).recent(acme, 2)).extracting(e -> e.message()).containsExactly(
                Message.of("board.activity.action-item-reassigned", "Eva Martín", title, "Lia Navarro"),
                Message.of("board.activity.action-item-edited", "Eva Martín", title));

        row = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + added.id()));
        _click(_get(row, Button.class, spec -> spec.withText("Eliminar")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(board().actionItems(acme)).noneMatch(i -> i.id() == added.id());
        assertThat(_find(HorizontalLayout.class, spec -> spec.withId("action-item-" + added.id()))).isEmpty();
        assertThat(lastActivity(acme)).isEqualTo(Message.of("board.activity.action-item-deleted", "Eva Martín", title));
    }

    @Test
    void onlyWhoeverAddedAnItemAndTheConsultantsChangeIt() {
        TenantId acme = acme();
        String title = "Count the returns " + System.nanoTime();
        signIn(DemoPeople.CARLA);
        long joe = BoardFixture.assignee(context, BoardFixture.tenant(context, "brightsmile"), "Joe Walsh");
        signIn(DemoPeople.EVA);
        long sam = BoardFixture.assignee(context, acme, "Sam Ortega");
        long lia = BoardFixture.assignee(context, acme, "Lia Navarro");
        board().createActionItem(acme, title, sam, null);
        long id = item(acme, title).id();

        signIn(DemoPeople.SAM);
        assertThat(item(acme, title).mayChange()).isFalse();
        assertThat(item(acme, title).mayTick()).as("the assignee still ticks it").isTrue();
        assertThatThrownBy(() -> board().editActionItem(acme, id, "Mine now", sam, null)).isInstanceOfSatisfying(
                NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("board.action-item.change.not-allowed"));
        assertThatThrownBy(() -> board().deleteActionItem(acme, id)).isInstanceOfSatisfying(
                NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("board.action-item.change.not-allowed"));
        assertThatThrownBy(() -> board().createActionItem(acme, "Staff add nothing", sam, null)).isInstanceOfSatisfying(
                NotAllowedException.class, e -> assertThat(e.reason().key()).isEqualTo("board.action-item.add.not-allowed"));
        navigate("t/acme/board");
        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + id));
        assertThat(_find(row, Button.class)).as("no edit or delete for Sam").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("board.action-item.add")))).isEmpty();
        assertThat(Texts.t("board.action-item.change.not-allowed")).startsWith("Solo quien añadió esta acción");

        String otherExecutive = TestPeople.newClientPerson(context, "acme", TenantRole.EXECUTIVE, null);
        SignIn.as(context, otherExecutive);
        assertThat(item(acme, title).mayChange()).as("another executive did not add it").isFalse();
        assertThatThrownBy(() -> board().editActionItem(acme, id, "Theirs", sam, null)).isInstanceOf(NotAllowedException.class);

        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> board().editActionItem(acme, id, " ", null, LocalDate.MAX)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("title", "assignee", "due"));
        assertThatThrownBy(() -> board().editActionItem(acme, id, title, joe, null)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems().get("assignee").key()).isEqualTo("board.action-item.assignee.required"));
        assertThat(item(acme, title).assignee()).isEqualTo("Sam Ortega");

        signIn(DemoPeople.TOM);
        board().editActionItem(acme, id, title + " by Friday", lia, null);
        assertThat(lastActivity(acme)).isEqualTo(Message.of("board.activity.action-item-reassigned", "Tom Becker", title + " by Friday", "Lia Navarro"));
        signIn(DemoPeople.CARLA);
        board().deleteActionItem(acme, id);
        assertThat(board().actionItems(acme)).noneMatch(i -> i.id() == id);
    }

    @Test
    void overdueItemsComeFirstAndSayOverdueInTheReadersLanguage() {
        TenantId acme = acme();
        String s = " " + System.nanoTime();
        signIn(DemoPeople.CARLA);
        long sam = BoardFixture.assignee(context, acme, "Sam Ortega");
        LocalDate today = LocalDate.now(MADRID);
        board().createActionItem(acme, "Due later" + s, sam, today.plusDays(1));
        board().createActionItem(acme, "Due today" + s, sam, today);
        board().createActionItem(acme, "Due yesterday" + s, sam, today.minusDays(1));
        board().createActionItem(acme, "Done late" + s, sam, today.minusDays(3));
        board().tick(acme, item(acme, "Done late" + s).id(), true);

        List<ActionItem> items = board().actionItems(acme);
        assertThat(item(acme, "Due yesterday" + s).overdue()).isTrue();
        assertThat(item(acme, "Due today" + s).overdue()).isFalse();
        assertThat(item(acme, "Done late" + s).overdue()).as("done is never overdue").isFalse();
        int lastOverdue = items.stream().filter(ActionItem::overdue).mapToInt(items::indexOf).max().orElseThrow();
        int firstNotOverdue = items.stream().filter(i -> !i.overdue()).mapToInt(items::indexOf).min().orElseThrow();
        assertThat(lastOverdue).as("every overdue item before every other").isLessThan(firstNotOverdue);
        assertThat(items.indexOf(item(acme, "Due today" + s))).isLessThan(items.indexOf(item(acme, "Done late" + s)));

        signIn(DemoPeople.SAM);
        navigate("t/acme/board");
        HorizontalLayout late = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + item(acme, "Due yesterday" + s).id()));
        assertThat(_get(late, Span.class, spec -> spec.withClasses("action-item-overdue-badge")).getText()).isEqualTo("Vencida");
        HorizontalLayout onTime = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + item(acme, "Due today" + s).id()));
        assertThat(_find(onTime, Span.class, spec -> spec.withClasses("action-item-overdue-badge"))).isEmpty();
        List<String> shownOrder = _find(HorizontalLayout.class, spec -> spec.withClasses("action-item")).stream()
                .map(r -> r.getId().orElseThrow()).toList();
        assertThat(shownOrder).isEqualTo(board().actionItems(acme).stream().map(i -> "action-item-" + i.id()).toList());
    }

    @Test
    void brightsmilesExecutiveAddsItemsAndReadsOverdueInEnglish() {
        TenantId brightsmile = BoardFixture.tenant(context, "brightsmile");
        String title = "Print the recall list " + System.nanoTime();
        signIn(DemoPeople.DAN);
        long joe = BoardFixture.assignee(context, brightsmile, "Joe Walsh");
        board().createActionItem(brightsmile, title, joe, LocalDate.now(ZoneId.of("Europe/Dublin")).minusDays(2));
        navigate("t/brightsmile/board");
        HorizontalLayout row = _get(HorizontalLayout.class, spec -> spec.withId("action-item-" + item(brightsmile, title).id()));
        assertThat(_get(row, Span.class, spec -> spec.withClasses("action-item-overdue-badge")).getText()).isEqualTo("Overdue");
        assertThat(_find(row, Button.class)).extracting(Button::getText).containsExactly("Edit", "Delete");
    }

    @Test
    void anotherTenantsItemIsNotFound() {
        TenantId acme = acme();
        TenantId brightsmile = BoardFixture.tenant(context, "brightsmile");
        String title = "Acme only " + System.nanoTime();
        signIn(DemoPeople.CARLA);
        long sam = BoardFixture.assignee(context, acme, "Sam Ortega");
        long joe = BoardFixture.assignee(context, brightsmile, "Joe Walsh");
        board().createActionItem(acme, title, sam, null);
        long id = item(acme, title).id();

        assertThatThrownBy(() -> board().editActionItem(brightsmile, id, "Moved", joe, null)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> board().deleteActionItem(brightsmile, id)).isInstanceOf(TenantNotFoundException.class);
        signIn(DemoPeople.DAN);
        assertThatThrownBy(() -> board().editActionItem(brightsmile, id, "Moved", joe, null)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> board().deleteActionItem(brightsmile, id)).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> board().deleteActionItem(acme, id)).isInstanceOf(TenantNotFoundException.class);
        signIn(DemoPeople.CARLA);
        assertThat(item(acme, title).assignee()).isEqualTo("Sam Ortega");
    }
}
