package studio.smartwork.portal.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import studio.smartwork.portal.shared.ui.FailureReference;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;

/**
 * What a person sees when opening a page fails for a reason nobody planned for, in place of
 * Vaadin's own error page, which names the exception and its cause: a page in their language
 * that says what to do, with a reference that is also in the log next to the whole failure.
 * A refusal that escapes while a page opens (not allowed, input to correct) is shown in its own
 * words; "not found" has its own page ({@link NotFoundView}, {@link TenantNotFoundErrorView}).
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    public UnexpectedErrorView() {
        addClassName("unexpected-error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        String again = "/" + event.getLocation().getPathWithQueryParameters();
        // A "not found" wrapped in another failure answers exactly as the not-found page does, so
        // nobody learns from the answer whether another tenant's page exists.
        if (UserFacingErrors.isNotFound(parameter.getCaughtException())) {
            add(new H1(getTranslation("shell.not-found.title")), new Paragraph(getTranslation("shell.not-found.text")),
                    new Anchor("", getTranslation("shell.not-found.back")));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        String refusal = UserFacingErrors.refusalMessage(parameter.getCaughtException());
        if (refusal != null) {
            add(new H1(getTranslation("shell.error.title")), new Paragraph(refusal),
                    new Anchor("", getTranslation("shell.not-found.back")));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        FailureReference reference = FailureReference.logged("Opening " + again + " failed", parameter.getCaughtException());
        add(new H1(getTranslation("shell.error.title")),
                new Paragraph(getTranslation(reference.databaseUnreachable() ? "shell.error.database-text" : "shell.error.text")),
                new Paragraph(getTranslation("shell.error.reference", reference.id())),
                new Anchor(again, getTranslation("shell.error.try-again")),
                new Anchor("", getTranslation("shell.not-found.back")));
        return reference.databaseUnreachable() ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("shell.error.page-title");
    }
}
