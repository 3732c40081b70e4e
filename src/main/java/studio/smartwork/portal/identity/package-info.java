@NullMarked
package studio.smartwork.portal.identity;

import org.jspecify.annotations.NullMarked;
