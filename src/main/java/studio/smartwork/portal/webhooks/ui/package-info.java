@NullMarked
package studio.smartwork.portal.webhooks.ui;

import org.jspecify.annotations.NullMarked;
