package studio.smartwork.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money, numbers, dates and months as each demo tenant's people read them. */
class TenantFormatTests {

    private final TenantFormat spain = new TenantFormat(Locale.forLanguageTag("es-ES"), Currency.getInstance("EUR"), ZoneId.of("Europe/Madrid"));
    private final TenantFormat ireland = new TenantFormat(Locale.forLanguageTag("en-IE"), Currency.getInstance("EUR"), ZoneId.of("Europe/Dublin"));

    @Test
    void moneyUsesTheTenantsLocaleAndCurrencyWithCents() {
        assertThat(spain.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
        assertThat(spain.money(new BigDecimal("12345.678"))).isEqualTo("12.345,68\u00a0€");
        assertThat(ireland.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
    }

    @Test
    void numbersRoundHalfUpToTheDigitsAsked() {
        assertThat(spain.number(new BigDecimal("2.25"), 1)).isEqualTo("2,3");
        assertThat(ireland.number(new BigDecimal("1234.5"), 0)).isEqualTo("1,235");
    }

    @Test
    void aReaderOfAnotherLanguageReadsTheTenantsNumbersWithDatesInTheirWords() {
        TenantFormat spainInEnglish = spain.forReader(Locale.ENGLISH);
        assertThat(spainInEnglish.money(new BigDecimal("1234.5"))).isEqualTo("1.234,50\u00a0€");
        assertThat(spainInEnglish.month(YearMonth.of(2026, 5))).isEqualTo("May 2026");
        assertThat(spainInEnglish.date(LocalDate.of(2026, 11, 3))).isEqualTo("3 Nov 2026");
        TenantFormat irelandInSpanish = ireland.forReader(Locale.forLanguageTag("es"));
        assertThat(irelandInSpanish.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
        assertThat(irelandInSpanish.month(YearMonth.of(2026, 5))).isEqualTo("mayo de 2026");
        assertThat(spain.forReader(Locale.forLanguageTag("es-MX")).month(YearMonth.of(2026, 5))).isEqualTo("mayo de 2026");
    }

    @Test
    void monthsAndTimesAreInTheTenantsLanguageAndZone() {
        assertThat(spain.month(YearMonth.of(2026, 5))).isEqualTo("mayo de 2026");
        assertThat(ireland.month(YearMonth.of(2026, 5))).isEqualTo("May 2026");
        assertThat(ireland.date(LocalDate.of(2026, 11, 3))).isEqualTo("3 Nov 2026");
        // 23:30 UTC on 31 March is already 1 April in Madrid (summer time, UTC+2).
        assertThat(spain.dateTime(Instant.parse("2026-03-31T23:30:00Z"))).startsWith("1 abr 2026");
    }
}
