package studio.smartwork.portal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import studio.smartwork.portal.security.SignInProblem;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shared.ui.PageTitles;

/** Says why a sign-in through the company's Keycloak did not work, and how to go on. */
@Route(SignInProblem.ROUTE + "/:problem")
@AnonymousAllowed
public class SignInProblemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private String titleKey = "security.sign-in-problem.page-title";

    SignInProblemView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("sign-in-problem-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignInProblem problem = SignInProblem.of(AddressParameters.text(event, "problem")).orElse(null);
        if (problem == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        titleKey = problem.titleKey();
        removeAll();
        Anchor again = new Anchor("oauth2/authorization/keycloak", getTranslation("security.sign-in-problem.try-again"));
        again.setRouterIgnore(true);
        add(new H1(getTranslation(problem.titleKey())), new Paragraph(getTranslation(problem.explanationKey())), again);
        if (problem == SignInProblem.REFUSED) {
            Anchor other = new Anchor(SignInProblem.OTHER_ACCOUNT_PATH.substring(1),
                    getTranslation("security.sign-in-problem.other-account"));
            other.setRouterIgnore(true);
            add(other);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(titleKey);
    }
}
