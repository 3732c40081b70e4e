package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every session shows what escapes a view through {@link UserFacingErrors}. */
@Component
class UserFacingErrorHandler implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> UserFacingErrors.show(error.getThrowable()));
            }
        }));
    }
}
