package studio.smartwork.portal.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.shell.LanguagePreferences;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The e-mails that bring people in, each in the language of the person it goes to: the one
 * they chose for themselves, else the language of the tenant that invites them, else English.
 * A link that proves the address goes only to that address; whoever invited them never sees it.
 */
@Component
class InvitationMails {

    private final PortalAddress portal;
    private final PortalTexts texts;
    private final LanguagePreferences languages;

    InvitationMails(PortalAddress portal, PortalTexts texts, LanguagePreferences languages) {
        this.portal = portal;
        this.texts = texts;
        this.languages = languages;
    }

    /** For someone who has no way to sign in yet: the link proves the address and sets their password. */
    Mail withSetupLink(Actor to, TenantSummary tenant, TenantRole role, String inviter, String setupPath) {
        Language language = languageOf(to, tenant);
        return invitation(to, tenant, role, inviter, language,
                texts.text(language, "people.mail.invitation.setup-link") + "\n" + portal.link(setupPath));
    }

    /** For someone who already signs in (or will through the company sign-in): they accept after signing in. */
    Mail toAcceptAfterSignIn(Actor to, TenantSummary tenant, TenantRole role, String inviter, boolean companySignIn) {
        Language language = languageOf(to, tenant);
        String signIn = texts.text(language, "people.mail.invitation.sign-in-to-accept") + "\n" + portal.link("");
        return companySignIn
                ? invitation(to, tenant, role, inviter, language, texts.text(language, "people.mail.invitation.company-sign-in"), signIn)
                : invitation(to, tenant, role, inviter, language, signIn);
    }

    Mail consultancyWelcome(Actor to, PlatformRole role, String setupPath) {
        Language language = consultancyLanguageOf(to);
        return new Mail(to.email(), texts.text(language, "people.mail.welcome.subject"), body(language, to,
                texts.text(language, welcomeKey(role)),
                texts.text(language, "people.mail.welcome.setup-link") + "\n" + portal.link(setupPath)));
    }

    Mail consultancyCompanySignIn(Actor to, PlatformRole role) {
        Language language = consultancyLanguageOf(to);
        return new Mail(to.email(), texts.text(language, "people.mail.welcome.subject"), body(language, to,
                texts.text(language, welcomeKey(role)) + " " + texts.text(language, "people.mail.welcome.company-sign-in")
                        + "\n" + portal.link("")));
    }

    private Mail invitation(Actor to, TenantSummary tenant, TenantRole role, String inviter, Language language, String... howToJoin) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.text(language, "people.mail.invitation.text", inviter, tenant.name(), texts.text(language, role.textKey())));
        paragraphs.addAll(List.of(howToJoin));
        return new Mail(to.email(), texts.text(language, "people.mail.invitation.subject", inviter, tenant.name()),
                body(language, to, paragraphs.toArray(String[]::new)));
    }

    private String body(Language language, Actor to, String... paragraphs) {
        return texts.text(language, "people.mail.hello", to.displayName()) + "\n\n" + String.join("\n\n", paragraphs)
                + "\n\n" + texts.text(language, "people.mail.ignore") + "\n";
    }

    private static String welcomeKey(PlatformRole role) {
        return role == PlatformRole.ADMIN ? "people.mail.welcome.admin" : "people.mail.welcome.consultant";
    }

    /** Their own choice, else the language of the tenant that invites them; English where the portal speaks no other. */
    private Language languageOf(Actor person, TenantSummary tenant) {
        return languages.chosenBy(person).orElseGet(() -> Language.forLocale(tenant.settings().locale()));
    }

    /** A consultancy person belongs to no tenant: their own choice, else English. */
    private Language consultancyLanguageOf(Actor person) {
        return languages.chosenBy(person).orElse(Language.ENGLISH);
    }
}
