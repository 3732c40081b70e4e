package studio.smartwork.portal.webhooks;

/**
 * An endpoint with its signing secret, at the only moments the secret is shown: when the
 * endpoint is created and when its secret is rotated.
 */
public record EndpointSecret(WebhookEndpoint endpoint, String secret) {

    /** Never the secret: one written to a log would let anyone sign calls as the portal. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + endpoint.id() + "]";
    }
}
