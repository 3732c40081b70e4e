package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import studio.smartwork.portal.shared.Message;

/**
 * The texts of a page, in the language of the person looking at it (the UI's locale, chosen by
 * the shell). Components may call {@code getTranslation} themselves; this is for code that is
 * not a component (dialog builders, renderers, messages of refusals).
 */
public final class Texts {

    private Texts() {
    }

    /** The text for a key, with its values in place ({@code {0}}, {@code {1}}, …). */
    public static String t(String key, Object... args) {
        return I18NProvider.translate(locale(), key, args);
    }

    public static String t(Message message) {
        return t(message.key(), message.argsArray());
    }

    /** "1 entry" or "3 entries": the key's {@code .one} text for one, its {@code .other} text otherwise. */
    public static String count(String key, long count) {
        return t(key + (count == 1 ? ".one" : ".other"), count);
    }

    /** The language the page is shown in. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
