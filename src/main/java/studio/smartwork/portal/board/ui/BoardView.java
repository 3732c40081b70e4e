package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.board.Assignee;
import studio.smartwork.portal.board.BoardCard;
import studio.smartwork.portal.board.BoardColumn;
import studio.smartwork.portal.board.BoardMove;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/** The board both sides share: where every candidate and design record stands, and who has to do what. */
@Route(value = "board", layout = TenantLayout.class)
@PermitAll
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final BoardService board;
    private TenantAccess access;
    private Component actionItemsSection = new Div();

    public BoardView(BoardService board) {
        this.board = board;
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
        for (BoardColumn column : BoardColumn.values()) {
            Div lane = new Div();
            lane.addClassName("board-column");
            List<BoardCard> inColumn = cards.stream().filter(c -> c.column() == column).toList();
            H4 heading = new H4(getTranslation(column.textKey()) + " (" + inColumn.size() + ")");
            lane.add(heading);
            inColumn.forEach(card -> lane.add(card(card)));
            columns.add(lane);
        }
        add(columns);
        actionItemsSection = actionItems();
        add(actionItemsSection);
    }

    private Component card(BoardCard card) {
        Card box = new Card();
        box.addClassName("board-card");
        box.setTitle(card.title());
        box.setSubtitle(new Span(card.reference() == null ? getTranslation("board.card.candidate") : card.reference()));
        box.add(new Paragraph(String.join(" · ", card.detail().stream().map(Texts::t).toList())));
        for (Message alert : card.alerts()) {
            Span warning = new Span(Texts.t(alert));
            warning.getElement().getThemeList().add("badge error");
            warning.addClassName("board-alert");
            box.add(warning);
        }
        if (card.recordNumber() != null) {
            box.addToFooter(new Anchor(ShellNavigation.designRecordPath(access.tenant().slug(), card.recordNumber()), getTranslation("board.card.open")));
        }
        for (BoardMove move : card.moves()) {
            Button button = new Button(getTranslation(move.textKey()), click -> move(card, move));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.addToFooter(button);
        }
        return box;
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

    /** Ticking or adding an action item changes only the list, so only the list is drawn again. */
    private void refreshActionItems() {
        Component fresh = actionItems();
        replace(actionItemsSection, fresh);
        actionItemsSection = fresh;
    }

    private Component actionItems() {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("board.action-items.title")));
        section.setPadding(false);
        section.addClassName("action-items");
        List<ActionItem> items = board.actionItems(access.tenant().id());
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("board.action-items.empty")));
        }
        TenantFormat format = access.tenant().formatFor(getLocale());
        for (ActionItem item : items) {
            Checkbox done = new Checkbox(item.title(), item.isDone());
            done.setReadOnly(!item.mayTick());
            done.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    UserFacingErrors.attempt(() -> {
                        board.tick(access.tenant().id(), item.id(), event.getValue());
                    });
                    refreshActionItems();
                }
            });
            String meta = item.assignee()
                    + (item.dueOn() == null ? "" : " · " + getTranslation("board.action-item.due", format.date(item.dueOn())))
                    + (item.overdue() ? " · " + getTranslation("board.action-item.overdue") : "");
            Span who = new Span(meta);
            who.addClassName(item.overdue() ? "action-item-overdue" : "action-item-meta");
            HorizontalLayout row = new HorizontalLayout(done, who);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.addClassName("action-item");
            section.add(row);
        }
        if (isConsultant()) {
            TextField title = new TextField(getTranslation("board.action-item.new"));
            title.setMaxLength(BoardService.MAX_TITLE);
            ComboBox<Assignee> assignee = new ComboBox<>(getTranslation("board.action-item.assignee"));
            assignee.setItems(board.assignees(access.tenant().id()));
            assignee.setItemLabelGenerator(a -> a.name() + " (" + getTranslation(a.role().textKey()) + ")");
            DatePicker due = new DatePicker(getTranslation("board.action-item.due-date"));
            due.setLocale(format.words());
            Button add = new Button(getTranslation("board.action-item.add"), click -> {
                Map<String, HasValidation> fields = Map.of("title", title, "assignee", assignee, "due", due);
                FieldErrors.attempt(fields, () -> {
                    board.createActionItem(access.tenant().id(), title.getValue(),
                            assignee.getValue() == null ? null : assignee.getValue().personId(), due.getValue());
                    Notifications.success(getTranslation("board.action-item.added"));
                    refreshActionItems();
                });
            });
            HorizontalLayout form = new HorizontalLayout(title, assignee, due, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            section.add(form);
        }
        return section;
    }
}
