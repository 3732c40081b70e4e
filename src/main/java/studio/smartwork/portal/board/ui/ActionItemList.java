package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The board's action items: overdue ones first, marked in words as well as in colour; a tick
 * for the assignee and the consultants; edit and delete for whoever added the item and the
 * consultants; and the form to add one for consultants and executives. Nobody is offered a
 * button the service would refuse them.
 */
class ActionItemList extends VerticalLayout {

    private final BoardService board;
    private final TenantAccess access;

    ActionItemList(BoardService board, TenantAccess access) {
        this.board = board;
        this.access = access;
        setPadding(false);
        addClassName("action-items");
        build();
    }

    private void build() {
        removeAll();
        add(new H3(getTranslation("board.action-items.title")));
        List<ActionItem> items = board.actionItems(access.tenant().id());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("board.action-items.empty")));
        }
        TenantFormat format = access.tenant().formatFor(getLocale());
        items.forEach(item -> add(row(item, format)));
        if (BoardService.mayAddActionItems(access.role())) {
            add(addForm(format));
        }
    }

    private HorizontalLayout row(ActionItem item, TenantFormat format) {
        Checkbox done = new Checkbox(item.title(), item.isDone());
        done.setReadOnly(!item.mayTick());
        done.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                UserFacingErrors.attempt(() -> board.tick(access.tenant().id(), item.id(), event.getValue()));
                build();
            }
        });
        HorizontalLayout row = new HorizontalLayout(done);
        row.setId("action-item-" + item.id());
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("action-item");
        if (item.overdue()) {
            Span overdue = new Span(getTranslation("board.action-item.overdue-badge"));
            overdue.getElement().getThemeList().add("badge error");
            overdue.addClassName("action-item-overdue-badge");
            row.addClassName("action-item-is-overdue");
            row.add(overdue);
        }
        String meta = item.assignee() + (item.dueOn() == null ? "" : " · " + getTranslation("board.action-item.due", format.date(item.dueOn())));
        Span who = new Span(meta);
        who.addClassName("action-item-meta");
        row.add(who);
        if (item.mayChange()) {
            Button edit = new Button(getTranslation("board.action-item.edit"),
                    click -> new ActionItemDialog(board, access, item, this::build).open());
            edit.setAriaLabel(getTranslation("board.action-item.edit.label", item.title()));
            Button delete = new Button(getTranslation("board.action-item.delete"), click -> confirmDelete(item));
            delete.setAriaLabel(getTranslation("board.action-item.delete.label", item.title()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            row.add(edit, delete);
        }
        return row;
    }

    private void confirmDelete(ActionItem item) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("board.action-item.delete.confirm.title"),
                getTranslation("board.action-item.delete.confirm.text", item.title()), getTranslation("board.action-item.delete"),
                event -> {
                    if (UserFacingErrors.attempt(() -> board.deleteActionItem(access.tenant().id(), item.id()))) {
                        Notifications.success(getTranslation("board.action-item.deleted"));
                    }
                    build();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("board.action-item.cancel"));
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.open();
    }

    private HorizontalLayout addForm(TenantFormat format) {
        ActionItemFields fields = new ActionItemFields(getTranslation("board.action-item.new"), board.assignees(access.tenant().id()), format);
        Button add = new Button(getTranslation("board.action-item.add"), click -> FieldErrors.attempt(fields.byProblem(), () -> {
            board.createActionItem(access.tenant().id(), fields.title.getValue(), fields.assigneeId(), fields.due.getValue());
            Notifications.success(getTranslation("board.action-item.added"));
            build();
        }));
        HorizontalLayout form = new HorizontalLayout(fields.title, fields.assignee, fields.due, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
