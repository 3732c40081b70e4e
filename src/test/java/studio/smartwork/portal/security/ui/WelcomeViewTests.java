package studio.smartwork.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.KaribuTests;

/** A one-time link that no longer works says so, and leads to the sign-in, in the browser's language. */
class WelcomeViewTests extends KaribuTests {

    private static final String UNKNOWN_TOKEN = "welcome/" + "x".repeat(43);

    @Test
    void anUnknownLinkSaysItIsNoLongerValid() {
        UI.getCurrent().navigate(UNKNOWN_TOKEN);
        _get(H1.class, spec -> spec.withText(Texts.t("security.welcome.expired.title")));
        _get(Anchor.class, spec -> spec.withText(Texts.t("security.welcome.go-to-sign-in")));
    }

    @Test
    void aSpanishBrowserReadsItInSpanish() {
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("es-ES"));
        UI.getCurrent().navigate(UNKNOWN_TOKEN);
        _get(H1.class, spec -> spec.withText("Este enlace ya no es válido"));
        _get(Anchor.class, spec -> spec.withText("Ir a iniciar sesión"));
    }
}
