package studio.smartwork.portal.tenantdata;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.shared.SpreadsheetCells;

/**
 * Writes the files of a tenant's data export into its zip archive, one CSV file at a time, as
 * rows arrive from the database: a tenant of a million time entries is never held in memory.
 * Every file is UTF-8 CSV with a header line; text that a spreadsheet would run as a formula is
 * neutralised; dates are ISO dates, moments ISO instants in UTC, amounts dot-decimal.
 */
public final class ExportWriter {

    /** Rows fetched from PostgreSQL at a time: streaming, not loading the result. */
    static final int FETCH_SIZE = 1_000;

    private final ZipOutputStream zip;
    private final JdbcClient jdbc;
    private final Map<String, Long> rowsPerFile = new LinkedHashMap<>();

    ExportWriter(ZipOutputStream zip, JdbcClient jdbc) {
        this.zip = zip;
        this.jdbc = jdbc;
    }

    /**
     * Writes the result of a query as one file, its column labels as the header: the query's
     * {@code as} names are the file's column names.
     */
    public void query(String fileName, String sql, Map<String, ?> parameters) {
        try {
            zip.putNextEntry(new ZipEntry(fileName));
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            long[] rows = {0};
            jdbc.sql(sql).params(parameters).withFetchSize(FETCH_SIZE).query(rs -> {
                ResultSetMetaData columns = rs.getMetaData();
                if (rows[0] == 0) {
                    List<String> header = new ArrayList<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        header.add(columns.getColumnLabel(c));
                    }
                    printRecord(csv, header);
                }
                List<String> values = new ArrayList<>(columns.getColumnCount());
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    values.add(cell(value));
                }
                printRecord(csv, values);
                rows[0]++;
            });
            if (rows[0] == 0) {
                // No rows: the header still says what the file would hold.
                printRecord(csv, headerOf(sql, parameters));
            }
            csv.flush();
            zip.closeEntry();
            rowsPerFile.put(fileName, rows[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain text file of the archive, such as its README. */
    void text(String fileName, String content) {
        try {
            zip.putNextEntry(new ZipEntry(fileName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Long> rowsPerFile() {
        return rowsPerFile;
    }

    private List<String> headerOf(String sql, Map<String, ?> parameters) {
        return jdbc.sql("select * from (" + sql + ") as q limit 0").params(parameters).query(rs -> {
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                header.add(rs.getMetaData().getColumnLabel(c));
            }
            return header;
        });
    }

    /** Numbers, dates and flags as they are; text (and JSON) as text a spreadsheet will not run. */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Timestamp moment) {
            return moment.toInstant().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.sql.Date) {
            return value.toString();
        }
        return SpreadsheetCells.text(value.toString());
    }

    private static void printRecord(CSVPrinter csv, List<String> values) {
        try {
            csv.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
