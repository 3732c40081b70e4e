package studio.smartwork.portal.people;

import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Accounts when people sign in through the company's identity provider (profile
 * {@code keycloak}): the portal stores no password; the invited person signs in there with
 * the invited e-mail address and is linked on first sign-in once that address is verified.
 */
@Service
@Profile("keycloak")
class IdentityProviderAccounts implements AccountProvisioning {

    @Override
    public List<AccountSetup.Method> methods() {
        return List.of(AccountSetup.Method.IDENTITY_PROVIDER);
    }

    @Override
    public Optional<String> provision(NewAccount account, AccountSetup setup) {
        if (setup.method() != AccountSetup.Method.IDENTITY_PROVIDER) {
            throw InvalidInputException.of("setup", "People sign in with their company account here; the portal keeps no passwords.");
        }
        return Optional.empty();
    }
}
