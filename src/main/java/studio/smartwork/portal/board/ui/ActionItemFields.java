package studio.smartwork.portal.board.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.board.Assignee;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.DatePickers;
import studio.smartwork.portal.shared.ui.Texts;

/** The three things an action item says, as fields: what, who and by when; the same when adding and when editing. */
final class ActionItemFields {

    final TextField title;
    final ComboBox<Assignee> assignee;
    final DatePicker due = new DatePicker(Texts.t("board.action-item.due-date"));

    ActionItemFields(String titleLabel, List<Assignee> assignees, TenantFormat format) {
        title = new TextField(titleLabel);
        title.setMaxLength(BoardService.MAX_TITLE);
        assignee = new ComboBox<>(Texts.t("board.action-item.assignee"));
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(a -> a.name() + " (" + Texts.t(a.role().textKey()) + ")");
        DatePickers.inReadersWords(due, format);
    }

    /** The fields by the names the service gives their problems. */
    Map<String, HasValidation> byProblem() {
        return Map.of("title", title, "assignee", assignee, "due", due);
    }

    @Nullable Long assigneeId() {
        return assignee.getValue() == null ? null : assignee.getValue().personId();
    }
}
