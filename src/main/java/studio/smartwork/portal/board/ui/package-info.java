@NullMarked
package studio.smartwork.portal.board.ui;

import org.jspecify.annotations.NullMarked;
