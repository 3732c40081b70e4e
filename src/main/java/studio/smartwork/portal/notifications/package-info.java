/**
 * What the portal tells people without being asked: notifications under the bell, the same by
 * e-mail for the kinds each person chooses, and the mails that come on a schedule (reminders,
 * the weekly digest, the monthly report). Features say who should hear of what through
 * {@link studio.smartwork.portal.notifications.Notifications}; this feature decides how.
 */
@NullMarked
package studio.smartwork.portal.notifications;

import org.jspecify.annotations.NullMarked;
