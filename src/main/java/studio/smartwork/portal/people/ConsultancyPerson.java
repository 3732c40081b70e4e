package studio.smartwork.portal.people;

import studio.smartwork.portal.identity.PlatformRole;

/** A person of the consultancy itself, as administrators list them. */
public record ConsultancyPerson(long personId, String displayName, String email, PlatformRole role, boolean accountReady) {
}
