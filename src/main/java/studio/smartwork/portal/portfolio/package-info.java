@NullMarked
package studio.smartwork.portal.portfolio;

import org.jspecify.annotations.NullMarked;
