@NullMarked
package studio.smartwork.portal.tenant;

import org.jspecify.annotations.NullMarked;
