package studio.smartwork.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.KaribuTests;

/**
 * What the sign-in page says after a failed attempt: one message for every wrong e-mail or
 * password, and the wait when paused; in the browser's language, as nobody is known yet.
 */
class LoginViewTests extends KaribuTests {

    @Test
    void aWrongAttemptGetsOneMessageWhateverWasWrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains(Texts.t("security.login.failed.title"), Texts.t("security.login.failed.text"))
                .contains("Incorrect email or password");
    }

    @Test
    void aPausedSignInSaysHowLongToWait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "", "wait", "4")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18nOf(form)).contains(Texts.t("security.login.paused.title"))
                .contains(Texts.count("security.login.paused.text", 4)).contains("Try again in 4 minutes.");

        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "", "wait", "1")));
        assertThat(i18nOf(_get(LoginForm.class))).contains("Try again in 1 minute.");
    }

    @Test
    void aSpanishBrowserGetsTheSignInInSpanish() {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("es-ES"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "", "wait", "3")));
        String i18n = i18nOf(_get(LoginForm.class));
        assertThat(i18n).contains("\"submit\":\"Iniciar sesión\"", "\"username\":\"Correo electrónico\"")
                .contains("Vuelve a intentarlo dentro de 3 minutos.")
                .doesNotContain("\"Sign in\"", "\"Password\"", "\"Email\"");
        _get(Paragraph.class, spec -> spec.withText("Auditorías de tiempo, diseños de soluciones y ahorro medido, en un solo sitio."));
    }

    private static String i18nOf(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
