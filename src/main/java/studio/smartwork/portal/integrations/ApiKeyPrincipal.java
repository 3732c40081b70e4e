package studio.smartwork.portal.integrations;

import java.time.Instant;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.SignedInPerson;

/**
 * Who acts on an API call: the key's creator, named after the key so the activity log and the
 * measurements' "recorded by" say that an automation did it. Services see an ordinary actor
 * and ask the tenant's access policy for its role, as for a person in the browser; the key's
 * scopes narrow that further before a service is called.
 */
record ApiKeyPrincipal(AuthenticatedKey key, Instant signedInAt) implements SignedInPerson {

    @Override
    public Actor actor() {
        return key.actor();
    }
}
