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
 * and time zone, whoever is looking. Every figure shown to users is formatted here.
 */
public record TenantFormat(Locale locale, Currency currency, ZoneId zone) {

    public String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP));
    }

    public String number(BigDecimal value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value.setScale(fractionDigits, RoundingMode.HALF_UP));
    }

    /** A fraction as a percentage: 0.255 is "25.5 %" in the tenant's way of writing it. */
    public String percent(BigDecimal fraction, int fractionDigits) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(fraction.movePointRight(2).setScale(fractionDigits, RoundingMode.HALF_UP).movePointLeft(2));
    }

    /** A calendar month, short, for charts and tables: "nov 2026", "Nov 2026". */
    public String shortMonth(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A month as people of the tenant write it, e.g. "mayo de 2026" or "May 2026". */
    public String month(YearMonth month) {
        return DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(locale).format(month);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }
}
