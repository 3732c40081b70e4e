package studio.smartwork.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;

/**
 * The language a person reads: their own choice, else their tenants', else their browser's.
 * People of Acme (es-ES) read Spanish, Brightsmile's (en-IE) English, and anyone may choose.
 */
class LanguageChoiceTests extends KaribuTests {

    private String chooser;

    @AfterEach
    void leaveTheDemoPeopleAsTheyWere() {
        SignIn.as(context, DemoPeople.EVA);
        context.getBean(LanguagePreferences.class).choose(CurrentActor.require(), null);
        SignIn.out();
    }

    @Test
    void acmesPeopleReadSpanishAndBrightsmilesEnglish() {
        signIn(DemoPeople.EVA);
        navigate("t/acme");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        _get(Anchor.class, spec -> spec.withText("Resumen"));
        _get(Anchor.class, spec -> spec.withText("Auditoría de tiempo"));

        newBrowserSession();
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        _get(Anchor.class, spec -> spec.withText("Overview"));
    }

    @Test
    void aPersonsOwnChoiceComesFirstAndAutomaticGoesBackToTheirTenants() {
        signIn(DemoPeople.EVA);
        navigate("t/acme");
        MenuBar profile = _get(MenuBar.class, spec -> spec.withClasses("profile-menu"));
        ContextMenuKt._clickItemWithCaption(profile, "English");
        navigate("t/acme");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        _get(Anchor.class, spec -> spec.withText("Overview"));

        // The choice is the person's, kept with their account: a new session on another device reads English too.
        newBrowserSession();
        signIn(DemoPeople.EVA);
        navigate("t/acme");
        _get(Anchor.class, spec -> spec.withText("Overview"));

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("profile-menu")), "Automatic (Español)");
        navigate("t/acme");
        _get(Anchor.class, spec -> spec.withText("Resumen"));
    }

    @Test
    void someoneWithoutTenantsOfOneLanguageReadsTheirBrowsersLanguage() {
        // Carla works for Acme (Spanish) and Brightsmile (English): her browser decides.
        UI.getCurrent().getSession().setLocale(Locale.forLanguageTag("es-MX"));
        signIn(DemoPeople.CARLA);
        navigate("t/brightsmile");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
        _get(Anchor.class, spec -> spec.withText("Resumen"));

        newBrowserSession();
        UI.getCurrent().getSession().setLocale(Locale.GERMAN);
        signIn(DemoPeople.CARLA);
        navigate("t/acme");
        assertThat(UI.getCurrent().getLocale().getLanguage()).as("a language the portal does not speak").isEqualTo("en");
    }

    @Test
    void aNewStaffMemberOfASpanishClientReadsSpanishFromTheirFirstPage() {
        chooser = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        signIn(chooser);
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("es");
    }
}
