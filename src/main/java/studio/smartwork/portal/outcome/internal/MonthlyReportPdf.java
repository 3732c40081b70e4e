package studio.smartwork.portal.outcome.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import studio.smartwork.portal.outcome.internal.ReportContent.Chart;
import studio.smartwork.portal.outcome.internal.ReportContent.ChartMonth;
import studio.smartwork.portal.outcome.internal.ReportContent.Figure;
import studio.smartwork.portal.outcome.internal.ReportContent.SolutionSection;
import studio.smartwork.portal.outcome.internal.ReportContent.Table;
import studio.smartwork.portal.outcome.internal.ReportContent.Tick;

/**
 * Lays the monthly report out on A4 pages with PDFBox: text, tables and the chart drawn as
 * vector graphics, so no browser and no image library is involved. It writes what
 * {@link ReportContent} says and nothing else. The font (Liberation Sans, shipped inside
 * PDFBox) is embedded, so accents, "ñ", "€" and the non-breaking spaces of Spanish figures print
 * on any reader; a figure is never broken across lines (only the explanations wrap).
 */
public final class MonthlyReportPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float CHART_HEIGHT = 190;
    private static final float[] INK = {0.13f, 0.16f, 0.2f};
    private static final float[] GREY = {0.42f, 0.45f, 0.5f};
    private static final float[] RULE = {0.85f, 0.87f, 0.9f};
    private static final float[] BARS = {0.2f, 0.45f, 0.8f};
    private static final float[] LINE = {0.9f, 0.5f, 0.1f};

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream page;
    private float y;

    private MonthlyReportPdf(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
            }
            this.font = PDType0Font.load(document, in, true);
        }
    }

    /** The report as a PDF file, titled with its title and in the reader's language. */
    public static byte[] write(ReportContent content, String languageCode) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(content.title());
            document.getDocumentCatalog().setLanguage(languageCode);
            MonthlyReportPdf pdf = new MonthlyReportPdf(document);
            pdf.newPage();
            pdf.layOut(content);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layOut(ReportContent content) throws IOException {
        text(MARGIN, y - 18, 18, INK, content.title());
        y -= 34;
        text(MARGIN, y - 9, 9, GREY, content.madeOn());
        y -= 26;

        heading(content.headlineTitle());
        for (Figure figure : content.headline()) {
            List<String> label = lines(figure.label(), 10, 200);
            List<String> note = lines(figure.note(), 9, WIDTH - 320);
            room(18 + 12 * (Math.max(label.size(), note.size()) - 1));
            text(MARGIN + 205, y - 11, 12, INK, figure.value());
            for (int i = 0; i < label.size(); i++) {
                text(MARGIN, y - 11 - 12 * i, 10, INK, label.get(i));
            }
            for (int i = 0; i < note.size(); i++) {
                text(MARGIN + 320, y - 11 - 12 * i, 9, GREY, note.get(i));
            }
            y -= 18 + 12 * (Math.max(label.size(), note.size()) - 1);
        }
        y -= 10;

        if (content.chart() != null) {
            chart(content.chart());
        }

        heading(content.solutionsTitle());
        for (SolutionSection solution : content.solutions()) {
            room(80);
            text(MARGIN, y - 12, 12, INK, fit(solution.heading(), 12, WIDTH));
            y -= 20;
            table(solution.month(), new float[] {1, 1, 1.2f, 1, 1, 1});
            y -= 4;
            table(solution.kpis(), new float[] {2.2f, 1.2f, 1.1f, 1, 1.8f, 1});
            y -= 10;
        }

        heading(content.alertsTitle());
        for (String alert : content.alerts()) {
            paragraph(alert, 10, INK);
        }
        y -= 8;

        heading(content.howTitle());
        for (String explanation : content.how()) {
            paragraph(explanation, 9, INK);
            y -= 4;
        }
    }

    private void heading(String heading) throws IOException {
        room(60);
        text(MARGIN, y - 13, 13, INK, heading);
        y -= 17;
        page.setStrokingColor(RULE[0], RULE[1], RULE[2]);
        page.setLineWidth(0.8f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
        y -= 8;
    }

    /** A table whose columns share the width by weight; a cell too long for its column shrinks, and is cut only at the smallest size. */
    private void table(Table table, float[] weights) throws IOException {
        float total = 0;
        for (int i = 0; i < table.headings().size(); i++) {
            total += weights[i];
        }
        float[] x = new float[table.headings().size() + 1];
        x[0] = MARGIN;
        for (int i = 0; i < table.headings().size(); i++) {
            x[i + 1] = x[i] + WIDTH * weights[i] / total;
        }
        room(30);
        row(table.headings(), x, 8, GREY);
        for (List<String> cells : table.rows()) {
            row(cells, x, 9, INK);
        }
    }

    /** A row whose first cell (a name) wraps, while a figure shrinks to fit its column rather than break. */
    private void row(List<String> cells, float[] x, float size, float[] color) throws IOException {
        List<String> first = lines(cells.getFirst(), size, x[1] - x[0] - 6);
        room((size + 3) * first.size() + 4);
        for (int i = 0; i < first.size(); i++) {
            text(x[0], y - size - 1 - (size + 3) * i, size, color, first.get(i));
        }
        for (int i = 1; i < cells.size(); i++) {
            float room = x[i + 1] - x[i] - 6;
            String cell = printable(cells.get(i));
            float fitted = size;
            while (fitted > 6 && width(cell, fitted) > room) {
                fitted -= 0.5f;
            }
            text(x[i], y - size - 1, fitted, color, fit(cell, fitted, room));
        }
        y -= (size + 3) * first.size() + 4;
    }

    private void chart(Chart chart) throws IOException {
        room(CHART_HEIGHT + 70);
        text(MARGIN, y - 12, 12, INK, chart.title());
        y -= 22;
        legend(MARGIN, BARS, chart.hoursLegend(), true);
        legend(MARGIN + 200, LINE, chart.netLegend(), false);
        y -= 18;

        float axisWidth = 70;
        float left = MARGIN + axisWidth;
        float right = MARGIN + WIDTH - axisWidth;
        float bottom = y - CHART_HEIGHT;
        Scale hours = new Scale(chart.hoursTicks(), bottom, CHART_HEIGHT);
        Scale net = new Scale(chart.netTicks(), bottom, CHART_HEIGHT);

        page.setLineWidth(0.5f);
        page.setStrokingColor(RULE[0], RULE[1], RULE[2]);
        for (Tick tick : chart.hoursTicks()) {
            float at = hours.at(tick.value());
            page.moveTo(left, at);
            page.lineTo(right, at);
            page.stroke();
            String label = printable(tick.text());
            text(left - 6 - width(label, 8), at - 3, 8, GREY, label);
        }
        for (Tick tick : chart.netTicks()) {
            text(right + 6, net.at(tick.value()) - 3, 8, GREY, tick.text());
        }

        List<ChartMonth> months = chart.months();
        float slot = (right - left) / months.size();
        page.setNonStrokingColor(BARS[0], BARS[1], BARS[2]);
        for (int i = 0; i < months.size(); i++) {
            float zero = hours.at(BigDecimal.ZERO);
            float top = hours.at(months.get(i).hours());
            page.addRect(left + i * slot + slot * 0.2f, Math.min(zero, top), slot * 0.6f, Math.abs(top - zero));
        }
        page.fill();

        page.setStrokingColor(LINE[0], LINE[1], LINE[2]);
        page.setLineWidth(1.8f);
        List<float[]> points = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            points.add(new float[] {left + i * slot + slot / 2, net.at(months.get(i).net())});
        }
        page.moveTo(points.getFirst()[0], points.getFirst()[1]);
        for (float[] point : points.subList(1, points.size())) {
            page.lineTo(point[0], point[1]);
        }
        page.stroke();
        page.setNonStrokingColor(LINE[0], LINE[1], LINE[2]);
        for (float[] point : points) {
            page.addRect(point[0] - 2, point[1] - 2, 4, 4);
        }
        page.fill();

        // Every other month's name when they would touch.
        int step = months.size() > 8 ? 2 : 1;
        for (int i = 0; i < months.size(); i += step) {
            String label = printable(months.get(i).label());
            text(left + i * slot + (slot - width(label, 8)) / 2, bottom - 12, 8, GREY, label);
        }
        y = bottom - 30;
    }

    private void legend(float x, float[] color, String label, boolean bar) throws IOException {
        page.setNonStrokingColor(color[0], color[1], color[2]);
        page.addRect(x, y - 9, bar ? 10 : 14, bar ? 9 : 3);
        page.fill();
        text(x + 18, y - 9, 9, INK, label);
    }

    /** A paragraph wrapped at spaces to the page's width. */
    private void paragraph(String paragraph, float size, float[] color) throws IOException {
        for (String line : lines(paragraph, size, WIDTH)) {
            room(size + 4);
            text(MARGIN, y - size, size, color, line);
            y -= size + 4;
        }
    }

    /** A text broken at spaces into lines that fit; non-breaking spaces, as in "1.234,56 €", hold. A word too long for a line is cut. */
    private List<String> lines(String text, float size, float room) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (width(longer, size) > room && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(fit(line.toString(), size, room));
        return lines;
    }

    private void text(float x, float baseline, float size, float[] color, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(color[0], color[1], color[2]);
        page.newLineAtOffset(x, baseline);
        page.showText(printable(text));
        page.endText();
    }

    /** Starts a new page when less than {@code needed} points are left on this one. */
    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            page.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = TOP;
    }

    private String fit(String text, float size, float room) throws IOException {
        String shown = printable(text);
        if (width(shown, size) <= room) {
            return shown;
        }
        while (!shown.isEmpty() && width(shown + "…", size) > room) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /** The text with line breaks as spaces and any character the font lacks as "?", which PDFBox would refuse. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(' ');
            } else if (printable.computeIfAbsent(c, this::hasGlyph)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Where a value sits on an axis whose ticks run from its lowest to its highest value. */
    private record Scale(List<Tick> ticks, float bottom, float height) {

        float at(BigDecimal value) {
            double low = ticks.getFirst().value().doubleValue();
            double high = ticks.getLast().value().doubleValue();
            double share = high == low ? 0 : (value.doubleValue() - low) / (high - low);
            return (float) (bottom + share * height);
        }
    }
}
