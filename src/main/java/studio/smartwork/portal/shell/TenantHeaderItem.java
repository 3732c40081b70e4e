package studio.smartwork.portal.shell;

import com.vaadin.flow.component.Component;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * Something a feature shows in a tenant's header, at its end (the notifications bell). Features
 * declare it as a Spring bean, as they do their sections; the layout builds it anew on each
 * page of the tenant, so it shows the state of then.
 */
public interface TenantHeaderItem {

    Component create(TenantAccess access);
}
