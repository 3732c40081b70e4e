@NullMarked
package studio.smartwork.portal.shell.ui;

import org.jspecify.annotations.NullMarked;
