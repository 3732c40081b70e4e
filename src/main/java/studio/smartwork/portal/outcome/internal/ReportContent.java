package studio.smartwork.portal.outcome.internal;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the monthly report says, every word and figure already written in the reader's language
 * and the tenant's formats: the PDF only lays it out, so it cannot count or round differently
 * from the dashboard.
 *
 * @param chart null while no month has ended since the first solution went live
 */
public record ReportContent(
        String title,
        String madeOn,
        String headlineTitle,
        List<Figure> headline,
        @Nullable Chart chart,
        String solutionsTitle,
        List<SolutionSection> solutions,
        String alertsTitle,
        List<String> alerts,
        String howTitle,
        List<String> how) {

    /** A headline figure: what it is, the figure, and over which months. */
    public record Figure(String label, String value, String note) {
    }

    /**
     * The monthly chart: hours recovered as bars on the left axis, the cumulative net saving as
     * a line on the right one. Each axis's ticks run from its lowest to its highest value.
     */
    public record Chart(String title, String hoursLegend, String netLegend, List<ChartMonth> months, List<Tick> hoursTicks,
            List<Tick> netTicks) {
    }

    /** A value on an axis and how it reads. */
    public record Tick(BigDecimal value, String text) {
    }

    /** A month of the chart: its raw values to draw, and its figures as the dashboard writes them. */
    public record ChartMonth(String label, BigDecimal hours, BigDecimal net, String hoursText, String netText) {
    }

    /** A live solution: its heading, a table of the report's month, and a table of its KPIs. */
    public record SolutionSection(String heading, Table month, Table kpis) {
    }

    /** A table: its column headings and its rows, each as wide as the headings. */
    public record Table(List<String> headings, List<List<String>> rows) {
    }
}
