package studio.smartwork.portal.audit;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.Message;

/**
 * Reads the portal's own CSV of time entries ({@link AuditImport#HEADER}) into entries, line by
 * line. It judges only what it must to read a value (is it a date, a whole number); the rules of
 * the audit (the campaign's window, who is a member, ranges) are the import's.
 */
final class PortalCsv {

    private PortalCsv() {
    }

    static EntriesRead read(byte[] file) {
        return read(file, ImportProgress.NONE);
    }

    /** As {@link #read(byte[])}, telling {@code progress} how many of the file's characters are read. */
    static EntriesRead read(byte[] file, ImportProgress progress) {
        List<ImportResult.Problem> problems = new ArrayList<>();
        List<EntriesRead.ReadEntry> entries = new ArrayList<>();
        String text = utf8(file, problems);
        if (text == null) {
            return new EntriesRead(entries, problems);
        }
        List<String> header = AuditImport.HEADER;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean atHeader = true;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                lastLine = line;
                if (atHeader) {
                    atHeader = false;
                    if (!record.toList().equals(header)) {
                        problems.add(ImportResult.Problem.of(line, "audit.import.header", String.join(",", header)));
                        return new EntriesRead(List.of(), problems);
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(ImportResult.Problem.of(line, "audit.import.columns", header.size(), record.size()));
                    continue;
                }
                entries.add(entry(record, line));
                if (entries.size() % AuditImport.REPORT_EVERY == 0) {
                    progress.reached(ImportProgress.Step.READ, (int) Math.min(record.getCharacterPosition(), text.length()), text.length());
                }
            }
            progress.reached(ImportProgress.Step.READ, text.length(), text.length());
            if (atHeader) {
                problems.add(ImportResult.Problem.of(1, "audit.import.header.missing", String.join(",", header)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // The parser's own words say where the file breaks; they are given as they are.
            problems.add(ImportResult.Problem.of(lastLine + 1, "audit.import.not-csv"));
        }
        return new EntriesRead(entries, problems);
    }

    /** Text without a leading byte order mark, which spreadsheets write at the start of "CSV UTF-8". */
    static @Nullable String utf8(byte[] file, List<ImportResult.Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file);
        CharBuffer out = CharBuffer.allocate(file.length + 1);
        if (decoder.decode(in, out, true).isError()) {
            // A file that is not UTF-8 (a spreadsheet's "CSV" saved in Windows-1252, say) is refused at its first
            // line that is not, rather than imported with its accented letters replaced for good.
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (file[i] == '\n') {
                    line++;
                }
            }
            problems.add(ImportResult.Problem.of(line, "audit.import.not-utf8"));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static EntriesRead.ReadEntry entry(CSVRecord record, int line) {
        Map<String, Message> unreadable = new HashMap<>();
        if (!record.stream().allMatch(EnteredText::isProse)) {
            // PostgreSQL cannot store the NUL character in text.
            unreadable.put(AuditImport.TEXT, Message.of("audit.import.nul"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(record.get(0));
        } catch (DateTimeParseException e) {
            unreadable.put("date", Message.of("audit.import.date.invalid", record.get(0)));
        }
        Integer minutes = whole(record.get(4));
        if (minutes == null) {
            unreadable.put("minutes", Message.of("audit.import.minutes", record.get(4), TimeLog.MAX_MINUTES));
        }
        Integer occurrences = record.get(5).isEmpty() ? Integer.valueOf(1) : whole(record.get(5));
        if (occurrences == null) {
            unreadable.put("occurrences", Message.of("audit.import.occurrences", record.get(5)));
        }
        Integer[] ratings = new Integer[4];
        for (int i = 0; i < 4; i++) {
            String value = record.get(6 + i);
            if (!value.isEmpty()) {
                ratings[i] = whole(value);
                if (ratings[i] == null) {
                    unreadable.put(AuditImport.HEADER.get(6 + i), Message.of("audit.import.rating", AuditImport.HEADER.get(6 + i), value));
                }
            }
        }
        String note = record.get(10);
        ImportedTimeEntry entry = new ImportedTimeEntry(line, date, record.get(1), record.get(2), record.get(3), minutes, occurrences,
                ratings[0], ratings[1], ratings[2], ratings[3], note.isEmpty() ? null : note);
        return new EntriesRead.ReadEntry(entry, unreadable);
    }

    /** One to six digits 0-9 as a number, else none; by hand, as a pattern per value costs a big file seconds. */
    private static @Nullable Integer whole(String value) {
        int length = value.length();
        if (length < 1 || length > 6) {
            return null;
        }
        int number = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
