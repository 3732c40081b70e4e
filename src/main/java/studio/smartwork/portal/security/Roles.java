package studio.smartwork.portal.security;

/** The role names views and services check; client roles inside a tenant come from memberships. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String CONSULTANT = "CONSULTANT";
    /** Any client person; what they may do inside a tenant depends on their membership there. */
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }
}
