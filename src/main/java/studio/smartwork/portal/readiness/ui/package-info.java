@NullMarked
package studio.smartwork.portal.readiness.ui;

import org.jspecify.annotations.NullMarked;
