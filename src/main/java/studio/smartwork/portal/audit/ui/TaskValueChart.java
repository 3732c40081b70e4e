package studio.smartwork.portal.audit.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.ValueRanking;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.chart.EChart;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The analysis at a glance: the campaign's tasks as horizontal bars of automatable value per
 * month, highest at the top, each with its friction written beside it. The bars are the
 * analysis's own figures ({@link Analysis#ranking}): the first {@link #TASKS_SHOWN} tasks, the
 * tasks after them in one bar, and for executives the folded "Other" line as one bar, never
 * opened. Figures are formatted on the server in the tenant's way and travel in the dataset,
 * since an option sent as JSON cannot carry formatter functions; the description for screen
 * readers is written in the page's language, since ECharts would write its own in English.
 */
final class TaskValueChart {

    static final int TASKS_SHOWN = 10;

    /** The dataset's columns, by name; what people read is their display name or the bar's label. */
    private static final String NAME = "name";
    private static final String VALUE = "value";
    private static final String VALUE_TEXT = "valueText";
    private static final String FRICTION_TEXT = "frictionText";
    private static final String BAR_LABEL = "barLabel";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One bar: what it stands for, its value, and its friction where it has one. */
    private record Bar(String name, BigDecimal value, @Nullable BigDecimal friction) {
    }

    private TaskValueChart() {
    }

    /** The chart of an analysis that has at least one task or folded line to show. */
    static EChart of(Analysis analysis, TenantFormat format) {
        List<Bar> bars = bars(analysis.ranking(TASKS_SHOWN));
        EChart chart = new EChart(Texts.t("audit.glance.chart.label"), option(bars, format));
        chart.setId("analysis-chart");
        chart.setHeight((4 + 2.25 * bars.size()) + "rem");
        return chart;
    }

    private static List<Bar> bars(ValueRanking ranking) {
        List<Bar> bars = new ArrayList<>();
        for (TaskAnalysis task : ranking.first()) {
            bars.add(new Bar(task.label(), task.automatableValuePerMonth(), task.friction()));
        }
        if (!ranking.rest().isEmpty()) {
            bars.add(new Bar(Texts.count("audit.glance.chart.rest", ranking.rest().size()), ranking.restValue(), null));
        }
        if (ranking.folded() != null) {
            bars.add(new Bar(AuditUi.label(ranking.folded()), ranking.folded().automatableValuePerMonth(), null));
        }
        return bars;
    }

    private static String option(List<Bar> bars, TenantFormat format) {
        String valueName = Texts.t("audit.analysis.automatable-value");
        ObjectNode option = JSON.createObjectNode();
        option.putObject("aria").put("enabled", true).putObject("label").put("description", description(bars, format));
        option.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        option.putObject("grid").put("containLabel", true).put("top", 8).put("left", 8).put("right", 150).put("bottom", 8);

        ObjectNode dataset = option.putObject("dataset");
        ArrayNode dimensions = dataset.putArray("dimensions");
        dimensions.addObject().put("name", NAME).put("type", "ordinal");
        dimensions.addObject().put("name", VALUE).put("type", "number");
        dimensions.addObject().put("name", VALUE_TEXT).put("displayName", valueName).put("type", "ordinal");
        dimensions.addObject().put("name", FRICTION_TEXT).put("displayName", Texts.t("audit.analysis.friction")).put("type", "ordinal");
        dimensions.addObject().put("name", BAR_LABEL).put("type", "ordinal");
        ArrayNode source = dataset.putArray("source");
        for (Bar bar : bars) {
            String money = format.money(bar.value());
            source.addArray()
                    .add(bar.name())
                    .add(bar.value().setScale(2, RoundingMode.HALF_UP))
                    .add(money)
                    .add(bar.friction() == null ? "—" : friction(format, bar.friction()))
                    .add(bar.friction() == null ? money : Texts.t("audit.glance.chart.bar-label", money, friction(format, bar.friction())));
        }

        // Highest at the top: a category axis runs bottom-up unless inverted.
        ObjectNode yAxis = option.putObject("yAxis").put("type", "category").put("inverse", true);
        yAxis.putObject("axisLabel").put("width", 220).put("overflow", "truncate");
        option.putObject("xAxis").put("type", "value").putObject("axisLabel").put("formatter", moneyTemplate(format));

        ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("name", valueName);
        series.putObject("encode").put("x", VALUE).put("y", NAME).putArray("tooltip").add(VALUE_TEXT).add(FRICTION_TEXT);
        series.putObject("label").put("show", true).put("position", "right").put("formatter", "{@" + BAR_LABEL + "}");
        return JSON.writeValueAsString(option);
    }

    /** Friction as the analysis grid writes it, one decimal. */
    private static String friction(TenantFormat format, BigDecimal friction) {
        return format.number(friction, 1);
    }

    /** Every bar in words, highest first, so a screen reader hears what the chart shows. */
    private static String description(List<Bar> bars, TenantFormat format) {
        List<String> items = bars.stream()
                .map(bar -> bar.friction() == null
                        ? Texts.t("audit.glance.chart.item", bar.name(), format.money(bar.value()))
                        : Texts.t("audit.glance.chart.item-with-friction", bar.name(), format.money(bar.value()), friction(format, bar.friction())))
                .toList();
        return Texts.t("audit.glance.chart.description", String.join("; ", items));
    }

    /** "{value} €" or "€{value}": where the tenant writes the currency symbol. */
    private static String moneyTemplate(TenantFormat format) {
        int digits = Math.max(format.currency().getDefaultFractionDigits(), 0);
        return format.money(BigDecimal.ONE).replace(format.number(BigDecimal.ONE, digits), "{value}");
    }
}
