@NullMarked
package studio.smartwork.portal.overview.ui;

import org.jspecify.annotations.NullMarked;
