package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import studio.smartwork.portal.shared.InvalidInputException;

/** Puts a service's input problems where a person looks for them: next to the field they concern. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Marks each field named by a problem; a problem about something the form has no field
     * for appears as a notification, so no message is lost.
     */
    public static void show(InvalidInputException problems, Map<String, ? extends HasValidation> fields) {
        problems.problems().forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target == null) {
                Notifications.error(Texts.t(message));
            } else {
                target.setErrorMessage(Texts.t(message));
                target.setInvalid(true);
            }
        });
    }

    /**
     * Runs a form's action: its input problems are marked on the fields they concern (after the
     * marks of an earlier try are cleared), any other refusal is shown as {@link UserFacingErrors}
     * shows it. Returns whether the action was done.
     */
    public static boolean attempt(Map<String, ? extends HasValidation> fields, Runnable action) {
        clear(fields);
        return UserFacingErrors.attempt(action, problems -> show(problems, fields));
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
