package studio.smartwork.portal.clients.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.tenant.TenantSettings;

/** The settings of a tenant, for creating one and for changing it. */
class TenantSettingsForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Address (slug)");
    final ComboBox<Locale> locale = new ComboBox<>("Locale");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final ComboBox<Currency> currency = new ComboBox<>("Currency");
    final BigDecimalField defaultHourlyCost = new BigDecimalField("Default loaded hourly cost");
    final IntegerField workingDaysPerMonth = new IntegerField("Working days per month");
    final BigDecimalField workingHoursPerDay = new BigDecimalField("Working hours per day");

    private final Map<String, HasValidation> fields;

    TenantSettingsForm() {
        slug.setHelperText("Used in addresses: /t/slug. Lower-case letters, digits and hyphens.");
        name.addValueChangeListener(event -> {
            if (event.isFromClient() && slug.isEmpty()) {
                slug.setValue(suggestSlug(event.getValue()));
            }
        });
        locale.setItems(Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getCountry().isEmpty() && l.getVariant().isEmpty() && l.getScript().isEmpty())
                .sorted(Comparator.comparing(Locale::toLanguageTag)).toList());
        locale.setItemLabelGenerator(l -> l.toLanguageTag() + " — " + l.getDisplayName(Locale.ENGLISH));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        currency.setItems(Currency.getAvailableCurrencies().stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        currency.setItemLabelGenerator(c -> c.getCurrencyCode() + " — " + c.getDisplayName(Locale.ENGLISH));
        defaultHourlyCost.setHelperText("Salary and overheads per hour, used where a team has no cost of its own");
        workingDaysPerMonth.setMin(1);
        workingDaysPerMonth.setMax(31);
        workingDaysPerMonth.setStepButtonsVisible(true);
        add(name, slug, locale, timeZone, currency, defaultHourlyCost, workingDaysPerMonth, workingHoursPerDay);
        fields = Map.of("name", name, "slug", slug, "locale", locale, "timeZone", timeZone, "currency", currency,
                "defaultHourlyCost", defaultHourlyCost, "workingDaysPerMonth", workingDaysPerMonth,
                "workingHoursPerDay", workingHoursPerDay);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    void read(TenantSettings settings) {
        name.setValue(settings.name());
        slug.setValue(settings.slug());
        locale.setValue(settings.locale());
        timeZone.setValue(settings.timeZone().getId());
        currency.setValue(settings.currency());
        defaultHourlyCost.setValue(settings.defaultHourlyCost());
        workingDaysPerMonth.setValue(settings.workingDaysPerMonth());
        workingHoursPerDay.setValue(settings.workingHoursPerDay());
    }

    /** The settings as entered; problems the form can see itself are reported like the service's. */
    TenantSettings write() {
        clearErrors();
        new InvalidInputException.Collector()
                .check(locale.getValue() != null, "locale", "Choose a locale.")
                .check(timeZone.getValue() != null, "timeZone", "Choose a time zone.")
                .check(currency.getValue() != null, "currency", "Choose a currency.")
                .check(defaultHourlyCost.getValue() != null && !defaultHourlyCost.isInvalid(), "defaultHourlyCost", "Enter an hourly cost of 0 or more.")
                .check(workingDaysPerMonth.getValue() != null, "workingDaysPerMonth", "Working days per month must be between 1 and 31.")
                .check(workingHoursPerDay.getValue() != null, "workingHoursPerDay", "Working hours per day must be more than 0 and at most 24.")
                .throwIfAny();
        TenantSettings settings = new TenantSettings(name.getValue(), slug.getValue(), locale.getValue(),
                ZoneId.of(timeZone.getValue()), currency.getValue(), defaultHourlyCost.getValue(),
                workingDaysPerMonth.getValue(), workingHoursPerDay.getValue());
        settings.validate();
        return settings;
    }

    void showErrors(InvalidInputException problems) {
        FieldErrors.show(problems, fields);
    }

    private void clearErrors() {
        FieldErrors.clear(fields);
    }

    static String suggestSlug(String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }
}
