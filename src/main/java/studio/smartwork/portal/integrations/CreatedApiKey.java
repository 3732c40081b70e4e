package studio.smartwork.portal.integrations;

/**
 * A key just created: the only moment its full text exists outside the automation that will
 * use it. The portal keeps only its hash, so this is shown once and never again.
 */
public record CreatedApiKey(ApiKey key, String secret) {

    /** Never the secret: a key written to a log would be a key given away. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key.prefix() + "…]";
    }
}
