@NullMarked
package studio.smartwork.portal.shell;

import org.jspecify.annotations.NullMarked;
