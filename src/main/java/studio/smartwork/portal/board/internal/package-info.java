@NullMarked
package studio.smartwork.portal.board.internal;

import org.jspecify.annotations.NullMarked;
