package studio.smartwork.portal.people;

import org.jspecify.annotations.Nullable;

/**
 * How an invited person gets into the portal. With the portal's own sign-in the inviter
 * either sets a first password or gets a one-time link to pass on; with a company
 * identity provider the person signs in there with the invited e-mail address.
 */
public record AccountSetup(Method method, @Nullable String password) {

    public enum Method {
        PASSWORD,
        ONE_TIME_LINK,
        IDENTITY_PROVIDER
    }

    public static AccountSetup password(String password) {
        return new AccountSetup(Method.PASSWORD, password);
    }

    public static AccountSetup oneTimeLink() {
        return new AccountSetup(Method.ONE_TIME_LINK, null);
    }

    public static AccountSetup identityProvider() {
        return new AccountSetup(Method.IDENTITY_PROVIDER, null);
    }
}
