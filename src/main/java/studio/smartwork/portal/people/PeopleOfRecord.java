package studio.smartwork.portal.people;

import java.util.Collection;
import java.util.Set;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * Where a feature's rows in a tenant say who did something: wrote a revision, decided, commented,
 * answered, was given an action item. Such people keep their name on the tenant's pages after they
 * have left it, so {@link PeopleService#displayNames} asks each feature which of the people asked
 * about its rows name.
 */
public interface PeopleOfRecord {

    /** Those of these people whom the feature's rows in the session's tenant name. */
    Set<Long> namedAmong(TenantSession session, Collection<Long> personIds);
}
