@NullMarked
package studio.smartwork.portal.tenancy;

import org.jspecify.annotations.NullMarked;
