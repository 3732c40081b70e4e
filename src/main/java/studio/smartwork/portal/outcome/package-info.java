@NullMarked
package studio.smartwork.portal.outcome;

import org.jspecify.annotations.NullMarked;
