package studio.smartwork.portal.identity;

/** Roles of the consultancy's own people, valid across all tenants. */
public enum PlatformRole {
    ADMIN,
    CONSULTANT
}
