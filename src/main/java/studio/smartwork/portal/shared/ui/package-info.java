@NullMarked
package studio.smartwork.portal.shared.ui;

import org.jspecify.annotations.NullMarked;
