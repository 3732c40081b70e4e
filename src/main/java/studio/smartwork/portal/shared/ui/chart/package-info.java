/** Chart components for the portal's views, exposed like the rest of the views' kit. */
@NullMarked
@NamedInterface("ui-chart")
package studio.smartwork.portal.shared.ui.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
