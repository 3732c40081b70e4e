package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/** A tenant check that fails while a page is being opened ends on the same "not found". */
@AnonymousAllowed
public class TenantNotFoundErrorView extends NotFoundPage implements HasErrorParameter<TenantNotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TenantNotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
