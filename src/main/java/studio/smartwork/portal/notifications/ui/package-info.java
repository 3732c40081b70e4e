/** The bell in the tenant's header, the list of a person's notifications, and their mail choices. */
@NullMarked
package studio.smartwork.portal.notifications.ui;

import org.jspecify.annotations.NullMarked;
