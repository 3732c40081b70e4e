package studio.smartwork.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a text takes its values, and what happens to a key nobody wrote. */
class PortalTextsTests {

    private final PortalTexts texts = new PortalTexts(true);

    @Test
    void valuesAreWrittenTheReadersWay() {
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(PortalTexts.fill("{0} entries on {1} in {2}", spanish, 12345, LocalDate.of(2026, 11, 3), YearMonth.of(2026, 5)))
                .isEqualTo("12.345 entries on 3 nov 2026 in mayo de 2026");
        assertThat(PortalTexts.fill("{0} entries on {1} in {2}", Locale.ENGLISH, 12345, LocalDate.of(2026, 11, 3), YearMonth.of(2026, 5)))
                .isEqualTo("12,345 entries on Nov 3, 2026 in May 2026");
        assertThat(PortalTexts.fill("{0} h", spanish, new BigDecimal("2.345"))).isEqualTo("2,35 h");
    }

    @Test
    void anApostropheIsJustAnApostropheAndAMissingValueStaysVisible() {
        assertThat(PortalTexts.fill("Carla's record {0} of {1}", Locale.ENGLISH, "SDR-3")).isEqualTo("Carla's record SDR-3 of {1}");
    }

    @Test
    void aMissingKeyFailsInTheTestsAndTheLanguagesAnswerTheirOwn() {
        assertThatThrownBy(() -> texts.text(Language.SPANISH, "shell.no-such-key")).isInstanceOf(IllegalStateException.class);
        assertThat(texts.text(Language.SPANISH, "shell.sign-out")).isEqualTo("Cerrar sesión");
        assertThat(texts.text(Locale.forLanguageTag("es-MX"), "shell.sign-out")).isEqualTo("Cerrar sesión");
        assertThat(texts.text(Locale.GERMAN, "shell.sign-out")).isEqualTo("Sign out");
        assertThat(texts.text(Language.ENGLISH, Message.of("shell.profile.menu", "Eva"))).isEqualTo("Profile of Eva: language and sign-out");
    }
}
