package studio.smartwork.portal.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * How a tenant's people read money, numbers and times: in the tenant's locale, currency
 * and time zone, whoever is looking. Every figure shown to users is formatted here. The words
 * inside dates (month and day names) are in the reader's language ({@code words}), so an
 * English page about a Spanish client says "29 Nov 2026" with the client's way of writing
 * numbers, not "29 nov 2026" in the middle of English.
 */
public record TenantFormat(Locale locale, Currency currency, ZoneId zone, Locale words) {

    public TenantFormat(Locale locale, Currency currency, ZoneId zone) {
        this(locale, currency, zone, locale);
    }

    /** The same format for a reader of another language: the tenant's numbers, the reader's words. */
    public TenantFormat forReader(Locale reader) {
        if (reader.getLanguage().equals(locale.getLanguage())) {
            return new TenantFormat(locale, currency, zone, locale);
        }
        Locale combined = new Locale.Builder().setLocale(locale).setLanguage(reader.getLanguage()).build();
        boolean known = java.util.Arrays.asList(java.text.DateFormat.getAvailableLocales()).contains(combined);
        return new TenantFormat(locale, currency, zone, known ? combined : Locale.forLanguageTag(reader.getLanguage()));
    }

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(moneyAsShown(amount));
    }

    /**
     * An amount rounded as {@link #money} shows it: to the currency's cents (none for yen). The
     * API and the exports give this value, so they match the screen to the last digit.
     */
    public BigDecimal moneyAsShown(BigDecimal amount) {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
    }

    public String number(BigDecimal value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(asShown(value, fractionDigits));
    }

    /** A number rounded as {@link #number} shows it with these fraction digits. */
    public static BigDecimal asShown(BigDecimal value, int fractionDigits) {
        return value.setScale(fractionDigits, RoundingMode.HALF_UP);
    }

    /** A fraction rounded as {@link #percent} shows it: 2.3456 with no percent decimals is 2.35 (235 %). */
    public static BigDecimal fractionAsShown(BigDecimal fraction, int percentFractionDigits) {
        return fraction.movePointRight(2).setScale(percentFractionDigits, RoundingMode.HALF_UP).movePointLeft(2);
    }

    /** A fraction as a percentage: 0.255 is "25.5 %" in the tenant's way of writing it. */
    public String percent(BigDecimal fraction, int fractionDigits) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(fractionAsShown(fraction, fractionDigits));
    }

    /** A calendar month, short, for charts and tables: "nov 2026", "Nov 2026". */
    public String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", words).format(month);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(words).format(date);
    }

    /** A month as people of the tenant write it, e.g. "mayo de 2026" or "May 2026". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(words).format(month);
    }

    /** A time of day in the tenant's zone, short: "14:05", "2:05 PM". */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(words).withZone(zone).format(instant);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(words).withZone(zone).format(instant);
    }
}
