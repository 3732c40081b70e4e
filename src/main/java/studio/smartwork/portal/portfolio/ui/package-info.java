@NullMarked
package studio.smartwork.portal.portfolio.ui;

import org.jspecify.annotations.NullMarked;
