@NullMarked
package studio.smartwork.portal.tenantdata;

import org.jspecify.annotations.NullMarked;
