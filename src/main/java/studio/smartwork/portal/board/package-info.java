@NullMarked
package studio.smartwork.portal.board;

import org.jspecify.annotations.NullMarked;
