package studio.smartwork.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.PortalTexts;

/** Settings that cannot work are refused field by field, each with what to change, in the reader's language. */
class TenantSettingsTests {

    private final PortalTexts texts = new PortalTexts(true);

    @Test
    void everyWrongFieldSaysWhatToChange() {
        TenantSettings wrong = new TenantSettings(" ", "-Not a slug-", Locale.ROOT, null, null, new BigDecimal("-1"), 0,
                new BigDecimal("25"));
        assertThatThrownBy(wrong::validate).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "name", Message.of("tenant.settings.name"),
                        "slug", Message.of("tenant.settings.slug"),
                        "locale", Message.of("tenant.settings.locale"),
                        "timeZone", Message.of("tenant.settings.time-zone"),
                        "currency", Message.of("tenant.settings.currency"),
                        "defaultHourlyCost", Message.of("tenant.settings.hourly-cost"),
                        "workingDaysPerMonth", Message.of("tenant.settings.working-days"),
                        "workingHoursPerDay", Message.of("tenant.settings.working-hours"))));
    }

    @Test
    void aSpanishReaderReadsTheProblemsInSpanish() {
        TenantSettings thirtyTwoDays = new TenantSettings("Días", "dias", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"),
                java.util.Currency.getInstance("EUR"), BigDecimal.TEN, 32, BigDecimal.ONE);
        assertThatThrownBy(thirtyTwoDays::validate).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            Message problem = e.problems().get("workingDaysPerMonth");
            assertThat(texts.text(Language.SPANISH, problem)).isEqualTo("Los días laborables al mes deben estar entre 1 y 31.");
            assertThat(texts.text(Language.ENGLISH, problem)).isEqualTo("Working days per month must be between 1 and 31.");
        });
        assertThat(texts.text(Language.SPANISH, Message.of("tenant.refusal.address-taken", "acme")))
                .isEqualTo("Otro cliente ya usa la dirección acme.");
    }

    @Test
    void goodSettingsPass() {
        TenantSettings.defaults("Núñez Cargo", "nunez-cargo", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"),
                new BigDecimal("35")).validate();
    }
}
