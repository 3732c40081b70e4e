package studio.smartwork.portal.design;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Language;

/** One text of a design template in each language the portal speaks. */
public record TemplateText(String english, String spanish) {

    public TemplateText {
        english = trimmed(english);
        spanish = trimmed(spanish);
    }

    public static TemplateText empty() {
        return new TemplateText("", "");
    }

    public String in(Language language) {
        return switch (language) {
            case ENGLISH -> english;
            case SPANISH -> spanish;
        };
    }

    /** Whether neither language has words yet. */
    boolean isBlank() {
        return english.isEmpty() && spanish.isEmpty();
    }

    private static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }
}
