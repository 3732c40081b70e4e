@NullMarked
package studio.smartwork.portal.clients.ui;

import org.jspecify.annotations.NullMarked;
