package studio.smartwork.portal.tenantdata;

import studio.smartwork.portal.tenancy.TenantSession;

/**
 * Where a feature keeps a person's name or e-mail address in its own rows (free text that may
 * name them, names copied for the record). When a person is erased, each feature replaces them
 * with the erased person's label, tenant by tenant, inside a system transaction of that tenant.
 */
public interface PersonalData {

    void erase(TenantSession session, ErasedPerson person);
}
