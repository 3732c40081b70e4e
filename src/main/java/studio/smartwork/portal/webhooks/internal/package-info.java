@NullMarked
package studio.smartwork.portal.webhooks.internal;

import org.jspecify.annotations.NullMarked;
