package studio.smartwork.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.security.SignInProblem;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.KaribuTests;

/** Each way a company sign-in can fail has its page, saying what happened and how to go on, in the browser's language. */
class SignInProblemViewTests extends KaribuTests {

    @ParameterizedTest
    @EnumSource(SignInProblem.class)
    void eachProblemSaysWhatHappenedAndOffersToTryAgain(SignInProblem problem) {
        UI.getCurrent().navigate("sign-in/" + problem.slug());
        _get(H1.class, spec -> spec.withText(Texts.t(problem.titleKey())));
        _get(Paragraph.class, spec -> spec.withText(Texts.t(problem.explanationKey())));
        _get(Anchor.class, spec -> spec.withText(Texts.t("security.sign-in-problem.try-again")));
        assertThat(_find(Anchor.class, spec -> spec.withText(Texts.t("security.sign-in-problem.other-account"))))
                .as("only someone refused is offered another account").hasSize(problem == SignInProblem.REFUSED ? 1 : 0);
    }

    @Test
    void aSpanishBrowserReadsWhySignInIsUnavailableInSpanish() {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("es-ES"));
        UI.getCurrent().navigate("sign-in/unavailable");
        _get(H1.class, spec -> spec.withText("El inicio de sesión no está disponible"));
        _get(Anchor.class, spec -> spec.withText("Volver a intentarlo"));
    }
}
