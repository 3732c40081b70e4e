package studio.smartwork.portal.shell;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shared.Language;

/** The language a person chose for themselves in their profile menu, kept with their account. */
public interface LanguagePreferences {

    /** The language they chose, or empty while they leave it to the portal. */
    Optional<Language> chosenBy(Actor actor);

    /** Keeps their choice; {@code null} leaves it to the portal again. */
    void choose(Actor actor, @Nullable Language language);
}
