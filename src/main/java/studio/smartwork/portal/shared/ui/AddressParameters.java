package studio.smartwork.portal.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import studio.smartwork.portal.tenancy.TenantNotFoundException;

/**
 * The parameters of a page's address, read one way on every page. A number that is missing,
 * is not a number or is too large for one (campaign 99999999999999999999, record "abc") is
 * "not found", as an id of another tenant is: the page ends on the same error view.
 */
public final class AddressParameters {

    private AddressParameters() {
    }

    /** A positive whole number in the address, such as a campaign's id or a record's number. */
    public static long number(BeforeEnterEvent event, String name) {
        String text = event.getRouteParameters().get(name).orElse("");
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TenantNotFoundException();
        }
        long number = Long.parseLong(text);
        if (number < 1) {
            throw new TenantNotFoundException();
        }
        return number;
    }

    /** As {@link #number}, for numbers counted in ints (a design record's number in its tenant). */
    public static int smallNumber(BeforeEnterEvent event, String name) {
        long number = number(event, name);
        if (number > Integer.MAX_VALUE) {
            throw new TenantNotFoundException();
        }
        return (int) number;
    }

    /** A word in the address, such as a tenant's address or a link's token; empty when missing. */
    public static String text(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).orElse("");
    }
}
