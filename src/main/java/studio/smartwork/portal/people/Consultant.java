package studio.smartwork.portal.people;

/** A consultancy person who can be assigned to client tenants. */
public record Consultant(long personId, String displayName, String email) {
}
