package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The dashboard's monthly report and CSV, downloaded as people click them, on the demo clients:
 * every figure of the PDF is read back from its text and compared with the figure the
 * dashboard shows next to the link, and every CSV value with the dashboard's own data.
 */
class MonthlyReportViewTests extends KaribuTests {

    @Autowired
    OutcomeService outcomes;

    @Autowired
    TenantService tenants;

    record Downloaded(byte[] bytes, String title, String text) {
    }

    @Test
    void evaDownloadsAcmesLastMonthInSpanishWithTheDashboardsFigures() throws IOException {
        signIn(DemoPeople.EVA);
        navigate("t/acme/outcomes");
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        SavingsDashboard dashboard = outcomes.dashboard(acme.id());
        YearMonth month = dashboard.lastCompleteMonth();
        @SuppressWarnings("unchecked")
        Select<YearMonth> chosen = _get(Select.class, spec -> spec.withLabel(Texts.t("outcome.report.month")));
        assertThat(chosen.getValue()).as("the last full month is chosen first").isEqualTo(month);

        Anchor link = _get(Anchor.class, spec -> spec.withId("monthly-report-pdf"));
        assertThat(link.getText()).isEqualTo("Informe mensual (PDF)");
        Downloaded pdf = download(link);
        // Kept for a look at the layout (pdftoppm target/monthly-report-acme-es.pdf).
        java.nio.file.Files.write(java.nio.file.Path.of("target", "monthly-report-acme-es.pdf"), pdf.bytes());

        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String title = acme.name() + " — informe de ahorro, " + acme.formatFor(java.util.Locale.forLanguageTag("es")).month(month);
        assertThat(pdf.title()).isEqualTo(title);
        assertThat(pdf.text()).contains(title, "Cifras principales", "Cómo calculamos", "Horas recuperadas en el mes");
        assertThat(pdf.text()).as("the same figures as the dashboard's").contains(shownFigures(acme.formatFor(Texts.locale()), month));
        assertThat(unwrapped(pdf.text())).contains(shownNames());
        assertThat(unwrapped(pdf.text())).contains(Texts.t("outcome.how.roi"), Texts.t("outcome.report.how.year-to-date"));
    }

    @Test
    void anotherMonthIsAnotherFileWithThatMonthsFigures() throws IOException {
        signIn(DemoPeople.EVA);
        navigate("t/acme/outcomes");
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        SavingsDashboard dashboard = outcomes.dashboard(acme.id());
        List<YearMonth> months = MonthlyReport.months(dashboard);
        YearMonth earlier = months.getLast();
        @SuppressWarnings("unchecked")
        Select<YearMonth> chosen = _get(Select.class, spec -> spec.withLabel(Texts.t("outcome.report.month")));
        chosen.setValue(earlier);

        Downloaded pdf = download(_get(Anchor.class, spec -> spec.withId("monthly-report-pdf")));
        TenantFormat format = acme.formatFor(java.util.Locale.forLanguageTag("es"));
        MonthlySaving ofMonth = dashboard.months().stream().filter(m -> m.month().equals(earlier)).findFirst().orElseThrow();
        assertThat(pdf.title()).endsWith(format.month(earlier));
        assertThat(pdf.text()).contains(format.money(ofMonth.moneySaved()),
                format.number(ofMonth.hoursRecovered(), OutcomePrecision.HOURS) + " h");
    }

    @Test
    void carlaReadsAcmesReportInEnglishWithAcmesMoneyAndNumbers() throws IOException {
        signIn(DemoPeople.CARLA);
        navigate("t/acme/outcomes");
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        YearMonth month = outcomes.dashboard(acme.id()).lastCompleteMonth();
        Downloaded pdf = download(_get(Anchor.class, spec -> spec.withText("Monthly report (PDF)")));

        String title = acme.name() + " — savings report, " + acme.formatFor(java.util.Locale.ENGLISH).month(month);
        assertThat(pdf.title()).isEqualTo(title);
        assertThat(pdf.text()).contains("Headline figures", "How we calculate", "Hours recovered in the month");
        assertThat(pdf.text()).contains(shownFigures(acme.formatFor(Texts.locale()), month));
        assertThat(unwrapped(pdf.text())).contains(shownNames());
        assertThat(pdf.text()).as("euros written the Spanish way").containsPattern("\\d,\\d\\d\u00a0€");
    }

    @Test
    void brightsmileWithoutALiveSolutionHasNoReportToDownload() {
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile/outcomes");
        assertThat(_find(Anchor.class, spec -> spec.withId("monthly-report-pdf"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("monthly-figures-csv"))).isEmpty();
    }

    @Test
    void theCsvHasTheDashboardsFiguresOfEveryMonthValueByValue() throws IOException {
        signIn(DemoPeople.EVA);
        navigate("t/acme/outcomes");
        TenantSummary acme = tenants.findBySlug("acme").orElseThrow();
        SavingsDashboard dashboard = outcomes.dashboard(acme.id());
        TenantFormat format = acme.format();
        Anchor link = _get(Anchor.class, spec -> spec.withId("monthly-figures-csv"));
        assertThat(link.getText()).isEqualTo("Cifras mensuales (CSV)");
        String csv = new String(DownloadKt._download(link), StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        assertThat(records.getFirst().toList()).isEqualTo(MonthlyReport.CSV_HEADER);
        List<List<String>> expected = new ArrayList<>();
        for (MonthlySaving month : dashboard.months()) {
            expected.add(row(format, month, "all", null));
            for (SolutionOutcome solution : dashboard.solutions()) {
                solution.months().stream().filter(m -> m.month().equals(month.month())).forEach(own -> expected.add(row(format, own,
                        solution.solution().reference(), solution.runEventMonths().stream()
                                .filter(r -> r.month().equals(month.month())).findFirst().orElse(null))));
            }
        }
        assertThat(records.subList(1, records.size()).stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
        assertThat(expected).as("the demo has months to compare").hasSizeGreaterThan(2);
        // A figure as the dashboard's chart writes it, the dot decimal of the machine format.
        MonthlySaving last = dashboard.months().getLast();
        assertThat(csv).contains(last.month() + ",all," + TenantFormat.asShown(last.hoursRecovered(), 1).toPlainString() + ",");
    }

    /** What the CSV should say: the dashboard's value rounded as shown, written by hand here from the dashboard's data. */
    private static List<String> row(TenantFormat format, MonthlySaving month, String solution, RunEventMonth runs) {
        List<String> row = new ArrayList<>(List.of(month.month().toString(), solution,
                month.hoursRecovered().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(),
                month.moneySaved().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                month.runningCost().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                month.netSaving().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                month.cumulativeNetSaving().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        row.add(runs == null ? "" : String.valueOf(runs.runs()));
        row.add(runs == null ? "" : String.valueOf(runs.failed()));
        row.add(runs == null || runs.medianDurationMs() == null ? ""
                : runs.medianDurationMs().movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        return row;
    }

    /**
     * Every figure the dashboard page shows that the report repeats: the headline cards, each
     * KPI row's figures, and the report month's row of each solution's runs.
     */
    private static List<String> shownFigures(TenantFormat format, YearMonth month) {
        List<String> figures = new ArrayList<>(_find(Span.class, spec -> spec.withClasses("headline-figure")).stream()
                .map(Span::getText).toList());
        assertThat(figures).hasSize(4);
        for (Grid<?> grid : grids()) {
            boolean runs = grid.hasClassName("outcome-runs");
            for (int i = 0; i < GridKt._size(grid); i++) {
                List<String> cells = GridKt._getFormattedRow(grid, i);
                if (!runs) {
                    figures.addAll(cells.subList(2, cells.size()));
                } else if (cells.get(1).equals(format.shortMonth(month))) {
                    figures.addAll(cells.subList(1, cells.size()));
                }
            }
        }
        assertThat(figures).hasSizeGreaterThan(8);
        return figures;
    }

    /** The words around the figures, which the report may wrap: each solution and KPI name, and each alert. */
    private static List<String> shownNames() {
        List<String> names = new ArrayList<>();
        for (Grid<?> grid : grids()) {
            for (int i = 0; i < GridKt._size(grid); i++) {
                List<String> cells = GridKt._getFormattedRow(grid, i);
                names.addAll(grid.hasClassName("outcome-runs") ? cells.subList(0, 1) : cells.subList(0, 2));
            }
        }
        _find(ListItem.class).stream()
                .filter(item -> item.getParent().flatMap(Component::getParent)
                        .filter(box -> box instanceof HasStyle styled && styled.hasClassName("outcome-alerts")).isPresent())
                .forEach(item -> names.add(item.getText()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Grid<?>> grids() {
        return (List<Grid<?>>) (List<?>) _find(Grid.class);
    }

    /** The text with its line breaks as spaces, as a long name may be wrapped. */
    private static String unwrapped(String text) {
        return text.replaceAll("[ \\r\\n]+", " ");
    }

    private static Downloaded download(Anchor link) throws IOException {
        byte[] bytes = DownloadKt._download(link);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new Downloaded(bytes, document.getDocumentInformation().getTitle(), new PDFTextStripper().getText(document));
        }
    }
}
