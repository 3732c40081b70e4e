package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import studio.smartwork.portal.board.BoardCard;
import studio.smartwork.portal.board.BoardColumn;
import studio.smartwork.portal.board.BoardMove;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.board.CardComments;
import studio.smartwork.portal.board.CardKey;
import studio.smartwork.portal.outcome.KpiAlerts;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The board both sides share: where every candidate and design record stands, what people say
 * about each card, and who has to do what. Consultants move cards with the buttons on them or by
 * dragging them onto another column; both go through the same rules.
 */
@Route(value = "board", layout = TenantLayout.class)
@PermitAll
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService board;
    private final CardComments comments;
    private TenantAccess access;

    public BoardView(BoardService board, CardComments comments) {
        this.board = board;
        this.comments = comments;
        setPadding(false);
        addClassName("board-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        build();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("board.page-title");
    }

    private boolean isConsultant() {
        return access.role().isConsultancy();
    }

    private void build() {
        removeAll();
        List<BoardCard> cards = board.cards(access.tenant().id());
        HorizontalLayout columns = new HorizontalLayout();
        columns.addClassName("board-columns");
        // The columns scroll sideways on a narrow screen: keyboard users reach them too, and hear what they are.
        columns.getElement().setAttribute("tabindex", "0");
        columns.getElement().setAttribute("role", "region");
        columns.getElement().setAttribute("aria-label", getTranslation("board.columns-label"));
        for (BoardColumn column : BoardColumn.values()) {
            Div lane = new Div();
            lane.addClassName("board-column");
            lane.setId("board-column-" + column.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<BoardCard> inColumn = cards.stream().filter(c -> c.column() == column).toList();
            H4 heading = new H4(getTranslation(column.textKey()) + " (" + inColumn.size() + ")");
            lane.add(heading);
            inColumn.forEach(card -> lane.add(card(card)));
            if (isConsultant()) {
                DropTarget<Div> target = DropTarget.create(lane);
                target.setDropEffect(DropEffect.MOVE);
                target.addDropListener(event -> event.getDragData().filter(BoardCard.class::isInstance)
                        .ifPresent(dragged -> drop((BoardCard) dragged, column)));
            }
            columns.add(lane);
        }
        add(columns, new ActionItemList(board, access));
    }

    private Component card(BoardCard card) {
        Card box = new Card();
        box.addClassName("board-card");
        box.setId("board-card-" + elementId(card.key()));
        box.setTitle(card.title());
        box.setSubtitle(new Span(card.reference() == null ? getTranslation("board.card.candidate") : card.reference()));
        box.add(new Paragraph(String.join(" · ", card.detail().stream().map(Texts::t).toList())));
        for (Message alert : card.alerts()) {
            Span warning = new Span(Texts.t(alert));
            warning.getElement().getThemeList().add("badge error");
            warning.addClassName("board-alert");
            box.add(warning);
        }
        if (!card.alerts().isEmpty() && card.recordId() != null) {
            Anchor history = new Anchor(KpiAlerts.alertsPath(access.tenant().slug(), card.recordId()),
                    getTranslation("board.card.alert-history"));
            history.getElement().setAttribute("router-link", true);
            history.setId("board-card-alerts-" + elementId(card.key()));
            history.addClassName("board-alert-history");
            box.add(history);
        }
        Button thread = new Button(Texts.count("board.comments.count", card.comments()),
                click -> new CardThreadDialog(comments, access, card, this::build).open());
        thread.setId("board-card-comments-" + elementId(card.key()));
        thread.setAriaLabel(getTranslation("board.comments.open.label", card.title(), card.comments()));
        thread.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        thread.addClassName("board-card-comments");
        box.addToFooter(thread);
        if (card.recordNumber() != null) {
            box.addToFooter(new Anchor(ShellNavigation.designRecordPath(access.tenant().slug(), card.recordNumber()), getTranslation("board.card.open")));
        }
        for (BoardMove move : card.moves()) {
            Button button = new Button(getTranslation(move.textKey()), click -> move(card, move));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.addToFooter(button);
        }
        if (isConsultant() && !card.moves().isEmpty()) {
            DragSource<Card> drag = DragSource.create(box);
            drag.setDragData(card);
            drag.setEffectAllowed(EffectAllowed.MOVE);
            box.addClassName("board-card-draggable");
            box.getElement().setAttribute("title", getTranslation("board.card.drag-hint"));
        }
        return box;
    }

    /** The part of a card's element ids that says which card it is: "sdr-12", "candidate-40". */
    static String elementId(CardKey key) {
        return key.recordNumber() != null ? "sdr-" + key.recordNumber() : "candidate-" + key.candidateId();
    }

    /**
     * What dropping a card onto a column does: the move that takes it there, made exactly as its
     * button makes it. Onto a column none of its moves leads to, the drop is refused in the
     * words the move itself would be refused in, and nothing changes. Dropped back onto its own
     * column, it simply stays.
     */
    void drop(BoardCard card, BoardColumn column) {
        if (column == card.column()) {
            return;
        }
        UserFacingErrors.attemptToGet(() -> card.moveOnto(column)).ifPresent(move -> move(card, move));
    }

    private void move(BoardCard card, BoardMove move) {
        String slug = access.tenant().slug();
        if (move == BoardMove.GO_LIVE) {
            UI.getCurrent().navigate(ShellNavigation.designRecordPath(slug, card.recordNumber()));
            return;
        }
        Optional<Integer> number = UserFacingErrors.attemptToGet(() -> board.move(access.tenant().id(), card, move));
        if (number.isPresent() && (move == BoardMove.START_DESIGN || move == BoardMove.START_IMPROVEMENT)) {
            UI.getCurrent().navigate(ShellNavigation.designEditorPath(slug, number.get()));
            return;
        }
        number.ifPresent(n -> Notifications.success(getTranslation(doneKey(move), card.title())));
        build();
    }

    /** What a person reads once a move that keeps them on the board is done. */
    private static String doneKey(BoardMove move) {
        return switch (move) {
            case SUBMIT -> "board.move.submit.done";
            case WITHDRAW -> "board.move.withdraw.done";
            case START_BUILD -> "board.move.start-build.done";
            case START_DESIGN, START_IMPROVEMENT, GO_LIVE -> throw new IllegalStateException(move + " leaves the board");
        };
    }
}
