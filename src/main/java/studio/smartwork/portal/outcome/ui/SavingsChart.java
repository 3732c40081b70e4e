package studio.smartwork.portal.outcome.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import studio.smartwork.portal.outcome.MonthlySaving;
import studio.smartwork.portal.outcome.SavingsCalculator;
import studio.smartwork.portal.outcome.SavingsDashboard;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shared.ui.chart.EChart;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dashboard's chart: hours recovered per month as bars, the cumulative net saving as a
 * line on a second axis for money. The figures in the tooltips are formatted on the server
 * in the tenant's locale and currency and travel in the dataset, because an option sent as
 * JSON cannot carry formatter functions. Its words come in the page's language; the chart's
 * description for screen readers is given too, since ECharts would write its own in English.
 */
final class SavingsChart {

    /** The dataset's columns of formatted figures, by name; what people read is their display name. */
    private static final String HOURS_TEXT = "hoursText";
    private static final String NET_TEXT = "netText";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SavingsChart() {
    }

    /** A chart of the dashboard's months; there is at least one. */
    static EChart of(SavingsDashboard dashboard, TenantFormat format) {
        EChart chart = new EChart(Texts.t("outcome.chart.label"), option(dashboard, format));
        chart.setHeight("22rem");
        return chart;
    }

    static String option(SavingsDashboard dashboard, TenantFormat format) {
        String hours = Texts.t("outcome.chart.hours");
        String net = Texts.t("outcome.chart.net");
        ObjectNode option = JSON.createObjectNode();
        option.putObject("aria").put("enabled", true).putObject("label").put("description", description(dashboard, format));
        option.putObject("tooltip").put("trigger", "axis");
        ObjectNode legend = option.putObject("legend").put("top", 0);
        legend.putArray("data").add(hours).add(net);
        option.putObject("grid").put("containLabel", true).put("top", 56).put("left", 16).put("right", 16).put("bottom", 8);

        ObjectNode dataset = option.putObject("dataset");
        ArrayNode dimensions = dataset.putArray("dimensions");
        dimensions.addObject().put("name", "month").put("type", "ordinal");
        dimensions.addObject().put("name", "hours").put("type", "number");
        dimensions.addObject().put("name", "net").put("type", "number");
        dimensions.addObject().put("name", HOURS_TEXT).put("displayName", hours).put("type", "ordinal");
        dimensions.addObject().put("name", NET_TEXT).put("displayName", net).put("type", "ordinal");
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
        yAxes.addObject().put("type", "value").put("name", Texts.t("outcome.chart.hours-axis"))
                .putObject("axisLabel").put("formatter", "{value} h");
        yAxes.addObject().put("type", "value").put("name", format.currency().getSymbol(format.locale()))
                .putObject("axisLabel").put("formatter", moneyTemplate(format));

        ArrayNode series = option.putArray("series");
        ObjectNode bars = series.addObject().put("type", "bar").put("name", hours).put("yAxisIndex", 0);
        bars.putObject("encode").put("x", "month").put("y", "hours").putArray("tooltip").add(HOURS_TEXT);
        ObjectNode line = series.addObject().put("type", "line").put("name", net).put("yAxisIndex", 1);
        line.putObject("encode").put("x", "month").put("y", "net").putArray("tooltip").add(NET_TEXT);
        return JSON.writeValueAsString(option);
    }

    /** What the chart shows, in a sentence or two: the months it covers, the hours in all, where the net saving ended. */
    private static String description(SavingsDashboard dashboard, TenantFormat format) {
        List<MonthlySaving> months = dashboard.months();
        BigDecimal hours = SavingsCalculator.hoursIn(months, months.stream().map(MonthlySaving::month).toList());
        return Texts.t("outcome.chart.description", format.shortMonth(months.getFirst().month()),
                format.shortMonth(months.getLast().month()), OutcomeFigures.hours(format, hours),
                format.money(months.getLast().cumulativeNetSaving()));
    }

    /** "{value} €" or "€{value}": where the tenant writes the currency symbol. */
    private static String moneyTemplate(TenantFormat format) {
        int digits = Math.max(format.currency().getDefaultFractionDigits(), 0);
        return format.money(BigDecimal.ONE).replace(format.number(BigDecimal.ONE, digits), "{value}");
    }
}
