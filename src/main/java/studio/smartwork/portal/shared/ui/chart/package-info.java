/** Chart components for the portal's views. */
@org.jspecify.annotations.NullMarked
package studio.smartwork.portal.shared.ui.chart;
