package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * What a person sees when something they clicked fails: a message they can act on,
 * never a stack trace. Unexpected failures are logged with their cause for us.
 */
@Component
class UserFacingErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserFacingErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UserFacingErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof InvalidInputException || cause instanceof NotAllowedException) {
            message = cause.getMessage();
        } else if (cause instanceof TenantNotFoundException || cause instanceof AccessDeniedException) {
            message = "Not found. It may have been removed, or you have no access to it.";
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong and nothing was saved. Please try again; if it keeps happening, tell your consultant.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(message, 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof InvalidInputException || current instanceof NotAllowedException
                        || current instanceof TenantNotFoundException || current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
