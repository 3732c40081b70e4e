package studio.smartwork.portal.tenancy;

/**
 * A tenant, or something inside one, that the current person may not see. Deliberately
 * indistinguishable from "does not exist": a person of one tenant learns nothing about
 * another tenant by guessing its address.
 */
public class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException() {
        // The key of what the person reads, as the other refusals carry theirs; the page and the API put it in words.
        super("shared.error.not-found");
    }
}
