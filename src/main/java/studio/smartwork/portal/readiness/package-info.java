@NullMarked
package studio.smartwork.portal.readiness;

import org.jspecify.annotations.NullMarked;
