package studio.smartwork.portal.tenancy;

/** The database identity of a tenant; carried through services instead of a bare number. */
public record TenantId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
