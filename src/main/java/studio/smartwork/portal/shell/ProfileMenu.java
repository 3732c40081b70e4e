package studio.smartwork.portal.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The signed-in person's own menu, under their name: the language they read the portal in
 * (their choice, or automatic) and signing out. Choosing a language reloads the page in it.
 */
class ProfileMenu extends MenuBar {

    ProfileMenu(Actor actor, List<TenantAccess> tenants, AuthenticationContext authentication, LanguagePreferences languages) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("profile-menu");
        HorizontalLayout who = new HorizontalLayout(new Avatar(actor.displayName()), new Span(actor.displayName()));
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);
        MenuItem me = addItem(who);
        me.setAriaLabel(Texts.t("shell.profile.menu", actor.displayName()));
        SubMenu menu = me.getSubMenu();

        SubMenu languageMenu = menu.addItem(Texts.t("shell.profile.language")).getSubMenu();
        @Nullable Language chosen = languages.chosenBy(actor).orElse(null);
        Language automatic = PageLanguage.automaticFor(UI.getCurrent(), tenants);
        MenuItem automaticItem = languageMenu.addItem(Texts.t("shell.profile.language.automatic", Texts.t("shell.language." + automatic.code())),
                click -> choose(actor, languages, null));
        automaticItem.setCheckable(true);
        automaticItem.setChecked(chosen == null);
        for (Language language : Language.values()) {
            MenuItem item = languageMenu.addItem(Texts.t("shell.language." + language.code()), click -> choose(actor, languages, language));
            item.setCheckable(true);
            item.setChecked(language == chosen);
            // The language's own name is read in that language, whatever the page is in.
            item.getElement().setAttribute("lang", language.code());
        }
        menu.addItem(signOutItem(), click -> authentication.logout());
    }

    private static HorizontalLayout signOutItem() {
        HorizontalLayout signOut = new HorizontalLayout(VaadinIcon.SIGN_OUT.create(), new Span(Texts.t("shell.sign-out")));
        signOut.setAlignItems(FlexComponent.Alignment.CENTER);
        return signOut;
    }

    private static void choose(Actor actor, LanguagePreferences languages, @Nullable Language language) {
        languages.choose(actor, language);
        UI ui = UI.getCurrent();
        ui.getPage().reload();
    }
}
