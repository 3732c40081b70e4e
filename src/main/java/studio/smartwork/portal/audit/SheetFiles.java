package studio.smartwork.portal.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV or an XLSX file into a header and rows of text, whoever wrote it. A spreadsheet's
 * dates become 2026-04-06 and its durations (a number of days shown as [h]:mm) become 1:30:00,
 * so that both kinds of file reach the import as the same text.
 */
final class SheetFiles {

    /** A table read from a file, or the problems that kept it from being read. */
    record Table(List<String> header, List<SheetRow> rows, List<ImportResult.Problem> problems) {
    }

    private SheetFiles() {
    }

    /** An XLSX workbook, by its first bytes; fastexcel's check needs eight, and a shorter file is no workbook anyway. */
    static boolean isWorkbook(byte[] file) {
        return file.length >= 8 && ReadableWorkbook.isOOXMLZipHeader(file);
    }

    static Table read(String fileName, byte[] file) {
        if (isWorkbook(file)) {
            return xlsx(file);
        }
        if (file.length >= 8 && ReadableWorkbook.isOLE2Header(file)) {
            return refused(1, "audit.import.sheet.old-excel");
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return refused(1, "audit.import.sheet.not-xlsx");
        }
        return csv(file);
    }

    private static Table refused(int line, String key, Object... args) {
        return new Table(List.of(), List.of(), List.of(ImportResult.Problem.of(line, key, args)));
    }

    private static Table csv(byte[] file) {
        List<ImportResult.Problem> problems = new ArrayList<>();
        String text = PortalCsv.utf8(file, problems);
        if (text == null) {
            return new Table(List.of(), List.of(), problems);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).setTrim(true).get();
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                lastLine = line;
                if (header == null) {
                    header = record.toList();
                } else if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(new SheetRow(line, record.toList()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own words are English and technical; the line tells the person where to look.
            return refused(lastLine + 1, "audit.import.not-csv");
        }
        if (header == null || header.stream().allMatch(String::isBlank)) {
            return refused(1, "audit.import.sheet.no-header");
        }
        return new Table(header, rows, List.of());
    }

    /** Spreadsheets set to a European locale save "CSV" with semicolons; the header line tells which. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static Table xlsx(byte[] file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file), new ReadingOptions(true, false));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : (Iterable<Row>) sheet::iterator) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getCellCount(); column++) {
                    cells.add(text(row.getCell(column)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new SheetRow(row.getRowNum(), cells));
                }
            }
            if (header == null) {
                return refused(1, "audit.import.sheet.no-header");
            }
            return new Table(header, rows, List.of());
        } catch (IOException | RuntimeException e) {
            // fastexcel's own words are English and technical ("[Content_Types].xml not found"); the person needs what to do.
            return refused(1, "audit.import.sheet.unreadable");
        }
    }

    /** A cell as the text a CSV export would have written for it. */
    private static String text(@Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        if (cell.getType() == CellType.STRING || cell.getType() == CellType.BOOLEAN) {
            return cell.getText().trim();
        }
        String raw = cell.getRawValue();
        if (raw == null || raw.isBlank()) {
            return "";
        }
        BigDecimal number;
        try {
            number = new BigDecimal(raw.trim());
        } catch (NumberFormatException notANumber) {
            return raw.trim();
        }
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT)
                .replaceAll("\"[^\"]*\"|\\[\\$[^]]*]", "");
        if (format.contains("y") || format.contains("d")) {
            // A date: days since 1899-12-30, as spreadsheets count them.
            return java.time.LocalDate.of(1899, 12, 30).plusDays(number.setScale(0, RoundingMode.FLOOR).longValue()).toString();
        }
        if (format.contains("h") || format.contains("s")) {
            // A duration (or time of day): a fraction of a day, written as a clock of whole seconds.
            long seconds = number.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
            return "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
