package studio.smartwork.portal.tenant;

public enum TenantStatus {
    ACTIVE,
    ARCHIVED
}
