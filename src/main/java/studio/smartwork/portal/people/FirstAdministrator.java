package studio.smartwork.portal.people;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;

/**
 * Lets the first administrator into a new portal: with PORTAL_BOOTSTRAP_ADMIN_EMAIL set
 * and no administrator yet, that person is created once. With Keycloak their account is
 * created there like an invited person's (or an existing one with that e-mail is kept) and
 * they sign in once the address is verified; with the portal's own sign-in the one-time
 * link to choose a password is e-mailed to the address and shown once on the console —
 * never written to the log, where anyone who reads logs could take the account.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final ConsultancyPeople consultancyPeople;
    private final PortalAddress portal;
    private final PortalTexts texts;
    private final String email;
    private final String name;

    FirstAdministrator(ConsultancyPeople consultancyPeople, PortalAddress portal, PortalTexts texts,
            @Value("${portal.bootstrap.admin-email:}") String email, @Value("${portal.bootstrap.admin-name:Administrator}") String name) {
        this.consultancyPeople = consultancyPeople;
        this.portal = portal;
        this.texts = texts;
        this.email = email;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        try {
            consultancyPeople.bootstrapAdministrator(email, name).ifPresentOrElse(path -> {
                log.info("First administrator {} created; the one-time link was e-mailed to that address and shown once on the console", email);
                showOnConsole(portal.link(path));
            }, () -> log.info("First administrator {} is ready to sign in (or an administrator already existed)", email));
        } catch (AccountProvisioningException e) {
            // Keycloak may still be starting: the portal starts anyway, and the next start tries again.
            log.warn("First administrator {} not created: {}", email, texts.text(Language.ENGLISH, e.reason()));
        }
    }

    /** Straight to the console, past the logging system, so no log file or log collector keeps it. */
    @SuppressWarnings("java:S106")
    private void showOnConsole(String link) {
        System.out.println();
        System.out.println("  First administrator " + email + ": open this link once to choose a password (valid 7 days):");
        System.out.println("  " + link);
        System.out.println();
    }
}
