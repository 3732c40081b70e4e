package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalTexts;

/** Vaadin's way to the portal's texts: components' {@code getTranslation} and {@link Texts} end here. */
@Component
class PortalI18NProvider implements I18NProvider {

    private final PortalTexts texts;

    PortalI18NProvider(PortalTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return texts.text(locale, key, params);
    }
}
