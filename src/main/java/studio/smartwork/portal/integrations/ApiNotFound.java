package studio.smartwork.portal.integrations;

/** Nothing under this address of the API; answered as "not found", like another tenant's data. */
public class ApiNotFound extends RuntimeException {

    public ApiNotFound() {
        // Answered, not logged: no message or stack trace to keep.
        super(null, null, false, false);
    }
}
