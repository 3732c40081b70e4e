@NullMarked
package studio.smartwork.portal.tenant.ui;

import org.jspecify.annotations.NullMarked;
