package studio.smartwork.portal.tenant;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;

/** Everything an administrator sets for a client; validated in one place for every way in. */
public record TenantSettings(
        String name,
        String slug,
        Locale locale,
        ZoneId timeZone,
        Currency currency,
        BigDecimal defaultHourlyCost,
        int workingDaysPerMonth,
        BigDecimal workingHoursPerDay) {

    public static final String SLUG_PATTERN = "^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$";

    public TenantSettings {
        name = name == null ? "" : name.trim();
        slug = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
    }

    /** A new tenant's settings with the product's defaults: EUR, 21 working days of 8 hours. */
    public static TenantSettings defaults(String name, String slug, Locale locale, ZoneId zone, BigDecimal hourlyCost) {
        return new TenantSettings(name, slug, locale, zone, Currency.getInstance("EUR"), hourlyCost, 21, new BigDecimal("8"));
    }

    public void validate() {
        new InvalidInputException.Collector()
                .check(!name.isEmpty() && name.length() <= 120, "name", "tenant.settings.name")
                .check(EnteredText.isLine(name), "name", EnteredText.LINE)
                .check(slug.matches(SLUG_PATTERN), "slug", "tenant.settings.slug")
                .check(locale != null && !locale.getLanguage().isEmpty(), "locale", "tenant.settings.locale")
                .check(timeZone != null, "timeZone", "tenant.settings.time-zone")
                .check(currency != null, "currency", "tenant.settings.currency")
                .check(defaultHourlyCost != null && defaultHourlyCost.signum() >= 0
                        && defaultHourlyCost.compareTo(new BigDecimal("100000")) < 0,
                        "defaultHourlyCost", "tenant.settings.hourly-cost")
                .check(workingDaysPerMonth >= 1 && workingDaysPerMonth <= 31,
                        "workingDaysPerMonth", "tenant.settings.working-days")
                .check(workingHoursPerDay != null && workingHoursPerDay.signum() > 0
                        && workingHoursPerDay.compareTo(new BigDecimal("24")) <= 0,
                        "workingHoursPerDay", "tenant.settings.working-hours")
                .throwIfAny();
    }
}
