package studio.smartwork.portal.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages the portal speaks; English first, as the texts nobody translated yet would be. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The portal's language for a locale (es-ES, es-MX → Spanish), or empty if it speaks none of it. */
    public static java.util.Optional<Language> of(@Nullable Locale locale) {
        if (locale == null) {
            return java.util.Optional.empty();
        }
        for (Language language : values()) {
            if (language.code.equals(locale.getLanguage())) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }

    public static java.util.Optional<Language> ofCode(@Nullable String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return java.util.Optional.of(language);
            }
        }
        return java.util.Optional.empty();
    }

    /** The language a person reads in a locale: the portal's for that locale, else English. */
    public static Language forLocale(@Nullable Locale locale) {
        return of(locale).orElse(ENGLISH);
    }
}
