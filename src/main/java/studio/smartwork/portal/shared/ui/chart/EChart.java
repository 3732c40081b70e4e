package studio.smartwork.portal.shared.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Objects;

/**
 * An Apache ECharts chart, rendered in the browser from an ECharts option given as JSON.
 *
 * <p>The option is sent as it is; it is the complete chart definition and replaces the
 * previous one. The label is the chart's accessible name, since screen readers see the
 * chart as a single image. The default height is 20rem; use {@link #setHeight(String)}
 * to change it.
 */
@Tag("echart-view")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/echart-view.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
    }

    public EChart(String label, String jsonOption) {
        setLabel(label);
        setOption(jsonOption);
    }

    /** Sets the ECharts option, a JSON object such as {@code {"series":[...]}}. */
    public void setOption(String jsonOption) {
        getElement().setProperty("option", Objects.requireNonNull(jsonOption, "jsonOption"));
    }

    public String getOption() {
        return getElement().getProperty("option", "");
    }

    /** Sets the accessible name of the chart, e.g. "Hours recovered per month". */
    public void setLabel(String label) {
        getElement().setProperty("label", Objects.requireNonNull(label, "label"));
    }

    public String getLabel() {
        return getElement().getProperty("label", "");
    }
}
