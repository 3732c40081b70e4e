package studio.smartwork.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.database.DatabaseFailures;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantEntrance;

/**
 * The language every page is shown in, set on the UI before each page is built: the person's
 * own choice; else the language of their tenants when those agree (Eva, Sam and Lia of a
 * Spanish-speaking client read Spanish); else the browser's; else English. The language does
 * not change as a consultant moves between clients of different languages: a page whose words
 * switched with the client would be harder to work in than one that stays put (decision 0090).
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PageLanguage.class);

    private final LanguagePreferences preferences;
    private final TenantEntrance entrance;

    PageLanguage(LanguagePreferences preferences, TenantEntrance entrance) {
        this.preferences = preferences;
        this.entrance = entrance;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> apply(enter.getUI())));
    }

    void apply(UI ui) {
        Locale locale;
        try {
            locale = languageFor(ui).locale();
        } catch (RuntimeException failure) {
            if (!DatabaseFailures.unreachable(failure)) {
                throw failure;
            }
            // The page about the database being out of reach must still open: in the language of the last page.
            log.debug("The person's language could not be read; the page keeps {}", ui.getLocale(), failure);
            return;
        }
        if (!locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
        }
        // Screen readers pronounce the page in the language it is written in.
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    }

    private Language languageFor(UI ui) {
        Optional<Actor> signedIn = CurrentActor.find();
        if (signedIn.isEmpty()) {
            return browser(ui);
        }
        Actor actor = signedIn.get();
        Optional<Language> chosen = preferences.chosenBy(actor);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        // Worked out on every page, so someone who just joined a Spanish-speaking client reads Spanish at once.
        return ofTenants(entrance.tenantsOf(actor)).orElseGet(() -> browser(ui));
    }

    /** The language the person's tenants speak, when they all speak the same one. */
    static Optional<Language> ofTenants(List<TenantAccess> tenants) {
        Set<Language> languages = tenants.stream()
                .map(access -> Language.forLocale(access.tenant().settings().locale()))
                .collect(Collectors.toSet());
        return languages.size() == 1 ? Optional.of(languages.iterator().next()) : Optional.empty();
    }

    private static Language browser(UI ui) {
        VaadinSession session = ui.getSession();
        return Language.of(session == null ? null : session.getLocale()).orElse(Language.ENGLISH);
    }

    /** The automatic language of a person in these tenants, as the profile menu names it ("Automatic (Español)"). */
    static Language automaticFor(UI ui, List<TenantAccess> tenants) {
        return ofTenants(tenants).orElseGet(() -> browser(ui));
    }
}
