package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.tenant.TenantAccess;

/** Changing an action item: its title, who it is given to (reassigning it) and when it is due. */
class ActionItemDialog extends Dialog {

    ActionItemDialog(BoardService board, TenantAccess access, ActionItem item, Runnable onDone) {
        setHeaderTitle(getTranslation("board.action-item.edit.title"));
        ActionItemFields fields = new ActionItemFields(getTranslation("board.action-item.what"),
                board.assignees(access.tenant().id()), access.tenant().formatFor(getLocale()));
        fields.title.setValue(item.title());
        fields.assignee.getListDataView().getItems().filter(a -> a.personId() == item.assigneeId()).findFirst()
                .ifPresent(fields.assignee::setValue);
        fields.due.setValue(item.dueOn());
        add(new FormLayout(fields.title, fields.assignee, fields.due));
        Button save = new Button(getTranslation("board.action-item.save"), click -> FieldErrors.attempt(fields.byProblem(), () -> {
            board.editActionItem(access.tenant().id(), item.id(), fields.title.getValue(), fields.assigneeId(), fields.due.getValue());
            Notifications.success(getTranslation("board.action-item.saved"));
            close();
            onDone.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("board.action-item.cancel"), click -> close()), save);
        setWidth("min(92vw, 560px)");
    }
}
