package studio.smartwork.portal.outcome.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.chart.EChart;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dashboard's chart: hours recovered per month as bars, the cumulative net saving as a
 * line on a second axis for money. The figures in the tooltips are formatted on the server
 * in the tenant's locale and currency and travel in the dataset, because an option sent as
 * JSON cannot carry formatter functions.
 */
final class SavingsChart {

    static final String HOURS = "Hours recovered";
    static final String NET = "Cumulative net saving";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SavingsChart() {
    }

    static EChart of(SavingsDashboard dashboard, TenantFormat format) {
        EChart chart = new EChart("Hours recovered per month and cumulative net saving", option(dashboard, format));
        chart.setHeight("22rem");
        return chart;
    }

    static String option(SavingsDashboard dashboard, TenantFormat format) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("aria").put("enabled", true);
        option.putObject("tooltip").put("trigger", "axis");
        ObjectNode legend = option.putObject("legend").put("top", 0);
        legend.putArray("data").add(HOURS).add(NET);
        option.putObject("grid").put("containLabel", true).put("top", 56).put("left", 16).put("right", 16).put("bottom", 8);

        ObjectNode dataset = option.putObject("dataset");
        ArrayNode dimensions = dataset.putArray("dimensions");
        dimensions.addObject().put("name", "month").put("type", "ordinal");
        dimensions.addObject().put("name", "hours").put("type", "number");
        dimensions.addObject().put("name", "net").put("type", "number");
        dimensions.addObject().put("name", HOURS).put("type", "ordinal");
        dimensions.addObject().put("name", NET).put("type", "ordinal");
        ArrayNode source = dataset.putArray("source");
        for (MonthlySaving month : dashboard.months()) {
            source.addArray()
                    .add(format.shortMonth(month.month()))
                    .add(month.hoursRecovered().setScale(1, RoundingMode.HALF_UP))
                    .add(month.cumulativeNetSaving().setScale(2, RoundingMode.HALF_UP))
                    .add(OutcomeFigures.hours(format, month.hoursRecovered()))
                    .add(format.money(month.cumulativeNetSaving()));
        }

        option.putObject("xAxis").put("type", "category");
        ArrayNode yAxes = option.putArray("yAxis");
        yAxes.addObject().put("type", "value").put("name", "Hours")
                .putObject("axisLabel").put("formatter", "{value} h");
        yAxes.addObject().put("type", "value").put("name", format.currency().getSymbol(format.locale()))
                .putObject("axisLabel").put("formatter", moneyTemplate(format));

        ArrayNode series = option.putArray("series");
        ObjectNode bars = series.addObject().put("type", "bar").put("name", HOURS).put("yAxisIndex", 0);
        bars.putObject("encode").put("x", "month").put("y", "hours").putArray("tooltip").add(HOURS);
        ObjectNode line = series.addObject().put("type", "line").put("name", NET).put("yAxisIndex", 1);
        line.putObject("encode").put("x", "month").put("y", "net").putArray("tooltip").add(NET);
        return JSON.writeValueAsString(option);
    }

    /** "{value} €" or "€{value}": where the tenant writes the currency symbol. */
    private static String moneyTemplate(TenantFormat format) {
        int digits = Math.max(format.currency().getDefaultFractionDigits(), 0);
        return format.money(BigDecimal.ONE).replace(format.number(BigDecimal.ONE, digits), "{value}");
    }
}
