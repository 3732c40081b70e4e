@NullMarked
package studio.smartwork.portal.shared;

import org.jspecify.annotations.NullMarked;
