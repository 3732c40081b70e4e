package studio.smartwork.portal.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.board.BoardCard;
import studio.smartwork.portal.board.BoardColumn;
import studio.smartwork.portal.board.BoardMove;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.board.CardKey;
import studio.smartwork.portal.design.DesignRecordLifecycleTestsContent;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.design.SolutionDelivery;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Consultants drag cards between columns under exactly the rules of the move buttons. Karibu
 * cannot fire a browser's drag, so the tests call what a drop does ({@link BoardView#drop}) and
 * check that the page wires cards and columns for dragging only for consultants.
 */
class BoardDragTests extends KaribuTests {

    private TenantId acme() {
        return context.getBean(TenantService.class).findBySlug("acme").orElseThrow().id();
    }

    private DesignRecordSummary draft(String title) {
        SignIn.as(context, DemoPeople.CARLA);
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignRecordSummary record = designs.create(acme(), title, List.of());
        designs.saveContent(acme(), record.number(), 1, DesignRecordLifecycleTestsContent.complete(title));
        return record;
    }

    private BoardCard shown(String title) {
        return context.getBean(BoardService.class).cards(acme()).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    private DesignStatus status(int number) {
        SignIn.as(context, DemoPeople.CARLA);
        return context.getBean(DesignRecords.class).record(acme(), number).summary().status();
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void aConsultantDropsACardOntoTheColumnItsMoveLeadsToAndTheRecordMoves() {
        DesignRecordSummary record = draft("Drag to review " + System.nanoTime());
        signIn(DemoPeople.CARLA);
        navigate("t/acme/board");
        Card card = _get(Card.class, spec -> spec.withId("board-card-sdr-" + record.number()));
        assertThat(DragSource.configure(card).isDraggable()).isTrue();
        assertThat(DropTarget.configure(_get(Div.class, spec -> spec.withId("board-column-in-review"))).isActive()).isTrue();

        BoardCard dragged = (BoardCard) DragSource.configure(card).getDragData();
        assertThat(dragged.key()).isEqualTo(CardKey.ofRecord(record.number()));
        _get(BoardView.class).drop(dragged, BoardColumn.IN_REVIEW);

        assertThat(status(record.number())).isEqualTo(DesignStatus.IN_REVIEW);
        assertThat(notifications()).containsExactly(Texts.t("board.move.submit.done", record.title()));
        assertThat(shown(record.title()).column()).isEqualTo(BoardColumn.IN_REVIEW);
    }

    @Test
    void aDropOntoAColumnTheCardCannotMoveToIsRefusedAsTheMoveWouldBeAndNothingChanges() {
        DesignRecordSummary record = draft("Drag too far " + System.nanoTime());
        signIn(DemoPeople.CARLA);
        navigate("t/acme/board");
        BoardCard card = shown(record.title());
        assertThatThrownBy(() -> context.getBean(BoardService.class).move(acme(), card, BoardMove.START_BUILD))
                .isInstanceOfSatisfying(NotAllowedException.class, e -> assertThat(e.reason()).isEqualTo(Message.of("board.move.not-possible")));

        for (BoardColumn refused : List.of(BoardColumn.BUILDING, BoardColumn.LIVE, BoardColumn.APPROVED, BoardColumn.CANDIDATES,
                BoardColumn.IMPROVING)) {
            NotificationsKt.clearNotifications();
            _get(BoardView.class).drop(card, refused);
            assertThat(notifications()).as("dropped onto %s", refused).containsExactly(Texts.t("board.move.not-possible"));
        }
        NotificationsKt.clearNotifications();
        _get(BoardView.class).drop(card, BoardColumn.DESIGNING);
        assertThat(notifications()).as("dropped back where it was").isEmpty();
        assertThat(status(record.number())).isEqualTo(DesignStatus.DRAFT);
        assertThat(shown(record.title()).column()).isEqualTo(BoardColumn.DESIGNING);
    }

    @Test
    void clientsCannotDragAndTheirDropsAreRefused() {
        DesignRecordSummary record = draft("No drag for clients " + System.nanoTime());
        signIn(DemoPeople.SAM);
        navigate("t/acme/board");
        Card card = _get(Card.class, spec -> spec.withId("board-card-sdr-" + record.number()));
        assertThat(DragSource.configure(card).isDraggable()).isFalse();
        assertThat(DropTarget.configure(_get(Div.class, spec -> spec.withId("board-column-in-review"))).isActive()).isFalse();

        BoardCard seen = shown(record.title());
        assertThat(seen.moves()).isEmpty();
        _get(BoardView.class).drop(seen, BoardColumn.IN_REVIEW);
        assertThat(notifications()).containsExactly(Texts.t("board.move.not-possible"));
        assertThat(Texts.t("board.move.not-possible")).startsWith("Ese paso no es posible");
        assertThat(status(record.number())).isEqualTo(DesignStatus.DRAFT);

        signIn(DemoPeople.EVA);
        navigate("t/acme/board");
        assertThat(DragSource.configure(_get(Card.class, spec -> spec.withId("board-card-sdr-" + record.number()))).isDraggable())
                .as("executives neither").isFalse();
    }

    @Test
    void droppingGoesWhereTheButtonsGo() {
        TenantId acme = acme();
        DesignRecordSummary record = draft("Drag all the way " + System.nanoTime());
        context.getBean(DesignReviews.class).submit(acme, record.number());
        SignIn.as(context, DemoPeople.EVA);
        context.getBean(DesignReviews.class).approve(acme, record.number(), 2, "");

        signIn(DemoPeople.CARLA);
        navigate("t/acme/board");
        assertThat(shown(record.title()).column()).isEqualTo(BoardColumn.APPROVED);
        _get(BoardView.class).drop(shown(record.title()), BoardColumn.BUILDING);
        assertThat(status(record.number())).isEqualTo(DesignStatus.IN_BUILD);

        // Going live needs a month: the drop opens the record's page, as the button does.
        signIn(DemoPeople.CARLA);
        navigate("t/acme/board");
        _get(BoardView.class).drop(shown(record.title()), BoardColumn.LIVE);
        assertThat(currentPath()).isEqualTo("t/acme/designs/" + record.number());
        assertThat(status(record.number())).isEqualTo(DesignStatus.IN_BUILD);

        SignIn.as(context, DemoPeople.CARLA);
        context.getBean(SolutionDelivery.class).goLive(acme, record.number(), java.time.YearMonth.now().minusMonths(1));
        signIn(DemoPeople.CARLA);
        navigate("t/acme/board");
        _get(BoardView.class).drop(shown(record.title()), BoardColumn.IMPROVING);
        DesignRecordSummary improvement = context.getBean(DesignRecords.class).records(acme).stream()
                .filter(r -> Integer.valueOf(record.number()).equals(r.improvesNumber())).findFirst().orElseThrow();
        assertThat(currentPath()).isEqualTo("t/acme/designs/" + improvement.number() + "/edit");

        // An improvement stays in Improving through review: only going live takes it elsewhere.
        BoardCard improving = shown(improvement.title());
        assertThat(improving.column()).isEqualTo(BoardColumn.IMPROVING);
        assertThat(improving.moves()).containsExactly(BoardMove.SUBMIT);
        assertThatThrownBy(() -> improving.moveOnto(BoardColumn.IN_REVIEW)).isInstanceOf(NotAllowedException.class);
    }
}
