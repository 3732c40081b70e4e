package studio.smartwork.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.support.KaribuTests;

/** What the sign-in page says after a failed attempt: one message for every wrong e-mail or password, and the wait when paused. */
class LoginViewTests extends KaribuTests {

    @Test
    void aWrongAttemptGetsOneMessageWhateverWasWrong() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Incorrect email or password");
    }

    @Test
    void aPausedSignInSaysHowLongToWait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "wait", "4")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Too many failed sign-ins").contains("Try again in 4 minutes.");
    }
}
