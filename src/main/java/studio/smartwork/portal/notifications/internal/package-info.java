/** Who hears of what: listeners to other features' events that tell the people concerned. */
@NullMarked
package studio.smartwork.portal.notifications.internal;

import org.jspecify.annotations.NullMarked;
