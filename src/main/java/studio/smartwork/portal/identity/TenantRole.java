package studio.smartwork.portal.identity;

/**
 * What a signed-in person is inside one tenant. Client people hold a membership
 * (EXECUTIVE or STAFF); consultancy people reach a tenant through an assignment
 * (CONSULTANT) or the platform role (ADMIN).
 */
public enum TenantRole {
    ADMIN,
    CONSULTANT,
    EXECUTIVE,
    STAFF;

    /** The key of the role's name among the portal's texts ("identity.role.staff"). */
    public String textKey() {
        return "identity.role." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isClient() {
        return this == EXECUTIVE || this == STAFF;
    }

    /** The consultancy's side of a tenant: its assigned consultants, and administrators. */
    public boolean isConsultancy() {
        return this == CONSULTANT || this == ADMIN;
    }

    /** Consultancy people and client executives manage a tenant's people and teams. */
    public boolean managesPeople() {
        return this != STAFF;
    }
}
