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

    final TextField name = new TextField(getTranslation("clients.settings.name"));
    final TextField slug = new TextField(getTranslation("clients.settings.slug"));
    final ComboBox<Locale> locale = new ComboBox<>(getTranslation("clients.settings.locale"));
    final ComboBox<String> timeZone = new ComboBox<>(getTranslation("clients.settings.time-zone"));
    final ComboBox<Currency> currency = new ComboBox<>(getTranslation("clients.settings.currency"));
    final BigDecimalField defaultHourlyCost = new BigDecimalField(getTranslation("clients.settings.hourly-cost"));
    final IntegerField workingDaysPerMonth = new IntegerField(getTranslation("clients.settings.working-days"));
    final BigDecimalField workingHoursPerDay = new BigDecimalField(getTranslation("clients.settings.working-hours"));

    private final Map<String, HasValidation> fields;

    TenantSettingsForm() {
        slug.setHelperText(getTranslation("clients.settings.slug.helper"));
        name.addValueChangeListener(event -> {
            if (event.isFromClient() && slug.isEmpty()) {
                slug.setValue(suggestSlug(event.getValue()));
            }
        });
        locale.setItems(Arrays.stream(Locale.getAvailableLocales())
                .filter(l -> !l.getCountry().isEmpty() && l.getVariant().isEmpty() && l.getScript().isEmpty())
                .sorted(Comparator.comparing(Locale::toLanguageTag)).toList());
        // Locales and currencies are named in the reader's language: "es-ES — Spanish (Spain)", "es-ES — español (España)".
        Locale reader = getLocale();
        locale.setItemLabelGenerator(l -> l.toLanguageTag() + " — " + l.getDisplayName(reader));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        currency.setItems(Currency.getAvailableCurrencies().stream().sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        currency.setItemLabelGenerator(c -> c.getCurrencyCode() + " — " + c.getDisplayName(reader));
        defaultHourlyCost.setHelperText(getTranslation("clients.settings.hourly-cost.helper"));
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
                .check(locale.getValue() != null, "locale", "tenant.settings.locale")
                .check(timeZone.getValue() != null, "timeZone", "tenant.settings.time-zone")
                .check(currency.getValue() != null, "currency", "tenant.settings.currency")
                .check(defaultHourlyCost.getValue() != null && !defaultHourlyCost.isInvalid(), "defaultHourlyCost", "tenant.settings.hourly-cost")
                .check(workingDaysPerMonth.getValue() != null, "workingDaysPerMonth", "tenant.settings.working-days")
                .check(workingHoursPerDay.getValue() != null, "workingHoursPerDay", "tenant.settings.working-hours")
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
