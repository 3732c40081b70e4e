@NullMarked
package studio.smartwork.portal.people;

import org.jspecify.annotations.NullMarked;
