package studio.smartwork.portal.people;

import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.shared.PortalAddress;

/**
 * The e-mails that bring people in. A link that proves the address goes only to that
 * address; whoever invited them never sees it.
 */
@Component
class InvitationMails {

    private static final String IGNORE = "\n\nIf you did not expect this, ignore this e-mail: nothing happens without you.\n";

    private final PortalAddress portal;

    InvitationMails(PortalAddress portal) {
        this.portal = portal;
    }

    /** For someone who has no way to sign in yet: the link proves the address and sets their password. */
    Mail withSetupLink(String to, String name, String tenantName, TenantRole role, String inviter, String setupPath) {
        return new Mail(to, inviter + " invites you to " + tenantName + " on SmartWork Portal",
                "Hello " + name + ",\n\n" + inviter + " invited you to join " + tenantName + " on SmartWork Portal as "
                        + role.label() + ".\n\nOpen this link to choose your password and join (it works once, for 7 days):\n"
                        + portal.link(setupPath) + IGNORE);
    }

    /** For someone who already signs in (or will through the company sign-in): they accept after signing in. */
    Mail toAcceptAfterSignIn(String to, String name, String tenantName, TenantRole role, String inviter, boolean companySignIn) {
        return new Mail(to, inviter + " invites you to " + tenantName + " on SmartWork Portal",
                "Hello " + name + ",\n\n" + inviter + " invited you to join " + tenantName + " on SmartWork Portal as "
                        + role.label() + ".\n\n"
                        + (companySignIn ? "If you have not signed in to SmartWork Portal before, your company's sign-in service "
                                + "sends you a separate e-mail to verify your address and choose a password.\n\n" : "")
                        + "Sign in to accept the invitation:\n" + portal.link("") + IGNORE);
    }

    Mail consultancyWelcome(String to, String name, PlatformRole role, String setupPath) {
        return new Mail(to, "Your SmartWork Portal account",
                "Hello " + name + ",\n\nYou have been given an account at SmartWork Portal as "
                        + (role == PlatformRole.ADMIN ? "an administrator" : "a consultant")
                        + ".\n\nOpen this link to choose your password (it works once, for 7 days):\n" + portal.link(setupPath) + IGNORE);
    }

    Mail consultancyCompanySignIn(String to, String name, PlatformRole role) {
        return new Mail(to, "Your SmartWork Portal account",
                "Hello " + name + ",\n\nYou have been given an account at SmartWork Portal as "
                        + (role == PlatformRole.ADMIN ? "an administrator" : "a consultant")
                        + ". Your company's sign-in service sends you a separate e-mail to verify your address and choose a "
                        + "password; then sign in at\n" + portal.link("") + IGNORE);
    }
}
