@NullMarked
package studio.smartwork.portal.outcome.ui;

import org.jspecify.annotations.NullMarked;
