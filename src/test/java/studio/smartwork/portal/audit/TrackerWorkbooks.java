package studio.smartwork.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * How the XLSX files under src/test/resources/imports were made (run {@link #main} with that
 * folder). Kimai's workbook follows its spreadsheet export: a date cell (yyyy-mm-dd), begin and
 * end as times of day, the duration as a fraction of a day shown [hh]:mm, and a sum of the
 * durations in a last row that names nobody. The generic sheet is what a client keeps by hand.
 */
final class TrackerWorkbooks {

    private TrackerWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/imports");
        kimai(folder.resolve("kimai-timesheet.xlsx"));
        generic(folder.resolve("generic-sheet.xlsx"));
    }

    private static void kimai(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Kimai", "1.0");
            Worksheet sheet = workbook.newWorksheet("Worksheet");
            String[] header = {"Date", "Begin", "End", "Duration", "Price", "User", "Customer", "Project", "Activity", "Description",
                    "Exported", "Tags", "Hourly price", "Fixed price"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            // Pablo: 75 minutes of chat support; Marta: 30 minutes, then 12 minutes and 20 seconds (13 minutes) of callbacks.
            kimaiRow(sheet, 1, LocalDate.of(2026, 4, 9), 9 * 60, 75, "Pablo Gil", "Chat support", "Weekend chats");
            kimaiRow(sheet, 2, LocalDate.of(2026, 4, 10), 11 * 60, 30, "Marta Ruiz", "Callbacks", "");
            kimaiRow(sheet, 3, LocalDate.of(2026, 4, 10), 15 * 60, 12 + 20 / 60.0, "Marta Ruiz", "Callbacks", "One more");
            sheet.formula(4, 3, "SUM(D2:D4)");
            sheet.style(4, 3).format("[hh]:mm").bold().set();
            workbook.finish();
        }
    }

    private static void kimaiRow(Worksheet sheet, int row, LocalDate day, int beginMinute, double minutes, String user, String activity,
            String description) {
        sheet.value(row, 0, day);
        sheet.style(row, 0).format("yyyy-mm-dd").set();
        sheet.value(row, 1, beginMinute / 1440.0);
        sheet.style(row, 1).format("hh:mm").set();
        sheet.value(row, 2, (beginMinute + minutes) / 1440.0);
        sheet.style(row, 2).format("hh:mm").set();
        sheet.value(row, 3, minutes / 1440.0);
        sheet.style(row, 3).format("[hh]:mm").set();
        sheet.value(row, 4, 0);
        sheet.value(row, 5, user);
        sheet.value(row, 6, "Acme");
        sheet.value(row, 7, "Customer service");
        sheet.value(row, 8, activity);
        sheet.value(row, 9, description);
        sheet.value(row, 10, "Open");
    }

    private static void generic(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Sheet", "1.0");
            Worksheet sheet = workbook.newWorksheet("Time");
            String[] header = {"Person", "Day", "Process", "Task", "Minutes", "Note"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            Object[][] rows = {
                    {"eva@acme.example", LocalDate.of(2026, 4, 6), "Reporting", "Weekly KPI report", 120, "Copying figures by hand"},
                    {"eva@acme.example", LocalDate.of(2026, 4, 13), "Reporting", "Weekly KPI report", 95, ""},
                    {"diego@acme.example", LocalDate.of(2026, 4, 7), "Sales", "Update the CRM", 40, ""}};
            for (int r = 0; r < rows.length; r++) {
                sheet.value(r + 1, 0, (String) rows[r][0]);
                sheet.value(r + 1, 1, (LocalDate) rows[r][1]);
                sheet.style(r + 1, 1).format("dd/mm/yyyy").set();
                sheet.value(r + 1, 2, (String) rows[r][2]);
                sheet.value(r + 1, 3, (String) rows[r][3]);
                sheet.value(r + 1, 4, (Integer) rows[r][4]);
                sheet.value(r + 1, 5, (String) rows[r][5]);
            }
            workbook.finish();
        }
    }
}
