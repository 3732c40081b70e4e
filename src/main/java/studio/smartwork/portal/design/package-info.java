@NullMarked
package studio.smartwork.portal.design;

import org.jspecify.annotations.NullMarked;
