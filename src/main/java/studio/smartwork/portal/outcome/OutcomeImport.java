package studio.smartwork.portal.outcome;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * A consultant's CSV of a live solution's KPI measurements ({@link #MEASUREMENTS_HEADER}) or of
 * its monthly run totals ({@link #RUN_TOTALS_HEADER}). Each row is recorded through the same
 * rules as the typed-in forms ({@link OutcomeService#recordMeasurement},
 * {@link OutcomeService#recordRunTotal}), all rows in one transaction: a file with any bad row is
 * refused with every bad row listed by its line, and nothing is recorded. A later row for the
 * same period replaces an earlier one, as a correction typed in does.
 */
@Service
public class OutcomeImport {

    public static final List<String> MEASUREMENTS_HEADER = List.of("kpi", "date", "value");
    public static final List<String> RUN_TOTALS_HEADER = List.of("month", "runs", "succeeded", "failed");

    private final OutcomeService outcomes;
    private final TenantScope tenantScope;

    OutcomeImport(OutcomeService outcomes, TenantScope tenantScope) {
        this.outcomes = outcomes;
        this.tenantScope = tenantScope;
    }

    /** Refusal of the whole file: thrown to roll back what the good rows recorded, caught below. */
    private static final class Refused extends RuntimeException {
        private final transient List<OutcomeImportResult.Problem> problems;

        Refused(List<OutcomeImportResult.Problem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** Measurements of the solution's KPIs, each named by its name within the solution; dates as 2026-10-31. */
    public OutcomeImportResult importMeasurements(TenantId tenant, long recordId, byte[] file) {
        return inOneTransaction(tenant, recordId, file, MEASUREMENTS_HEADER, (solution, record, reasons) -> {
            KpiDefinition kpi = solution.kpis().stream().filter(k -> k.name().equalsIgnoreCase(record.get(0).trim())).findFirst().orElse(null);
            if (kpi == null) {
                reasons.add(Message.of("outcome.import.kpi.unknown", record.get(0), solution.reference()));
            }
            LocalDate day = day(record.get(1), reasons);
            BigDecimal value = decimal(record.get(2), reasons);
            if (kpi != null && reasons.isEmpty()) {
                recorded(reasons, () -> outcomes.recordMeasurement(tenant, kpi.id(), day, value));
            }
        });
    }

    /** Run totals of a solution whose savings count runs; months as 2026-10. */
    public OutcomeImportResult importRunTotals(TenantId tenant, long recordId, byte[] file) {
        return inOneTransaction(tenant, recordId, file, RUN_TOTALS_HEADER, (solution, record, reasons) -> {
            YearMonth month = month(record.get(0), reasons);
            Integer runs = count(record.get(1), "runs", reasons);
            Integer succeeded = count(record.get(2), "succeeded", reasons);
            Integer failed = count(record.get(3), "failed", reasons);
            if (reasons.isEmpty()) {
                recorded(reasons, () -> outcomes.recordRunTotal(tenant, solution.recordId(), month, runs, succeeded, failed));
            }
        });
    }

    @FunctionalInterface
    private interface RowRecorder {
        void record(LiveSolution solution, CSVRecord record, List<Message> reasons);
    }

    private OutcomeImportResult inOneTransaction(TenantId tenant, long recordId, byte[] file, List<String> header, RowRecorder recorder) {
        try {
            return tenantScope.write(tenant, session -> {
                if (!OutcomeService.mayRecord(session.role())) {
                    throw new NotAllowedException("outcome.refusal.record-not-allowed");
                }
                LiveSolution solution = outcomes.liveSolutions(tenant).stream().filter(s -> s.recordId() == recordId).findFirst()
                        .orElseThrow(TenantNotFoundException::new);
                List<OutcomeImportResult.Problem> problems = new ArrayList<>();
                int recorded = read(file, header, problems, record -> {
                    List<Message> reasons = new ArrayList<>();
                    recorder.record(solution, record, reasons);
                    if (!reasons.isEmpty()) {
                        problems.add(new OutcomeImportResult.Problem((int) record.getRecordNumber(), reasons));
                    }
                });
                if (!problems.isEmpty()) {
                    throw new Refused(problems);
                }
                if (recorded == 0) {
                    throw new Refused(List.of(OutcomeImportResult.Problem.of(1, "outcome.import.no-rows")));
                }
                return new OutcomeImportResult(recorded, List.of());
            });
        } catch (Refused refused) {
            return new OutcomeImportResult(0, refused.problems);
        }
    }

    /** Hands each row below a matching header to {@code row}; returns how many rows there were. */
    private static int read(byte[] file, List<String> header, List<OutcomeImportResult.Problem> problems, Consumer<CSVRecord> row) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            problems.add(OutcomeImportResult.Problem.of(1, "outcome.import.not-utf8"));
            return 0;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int rows = 0;
        int lastLine = 1;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean atHeader = true;
            for (CSVRecord record : parser) {
                lastLine = (int) record.getRecordNumber();
                if (atHeader) {
                    atHeader = false;
                    if (!record.toList().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList().equals(header)) {
                        problems.add(OutcomeImportResult.Problem.of(lastLine, "outcome.import.header", String.join(",", header)));
                        return 0;
                    }
                } else if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                } else if (record.size() != header.size()) {
                    problems.add(OutcomeImportResult.Problem.of(lastLine, "outcome.import.columns", header.size(), record.size()));
                    rows++;
                } else {
                    row.accept(record);
                    rows++;
                }
            }
            if (atHeader) {
                problems.add(OutcomeImportResult.Problem.of(1, "outcome.import.header", String.join(",", header)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own words say where the file breaks; they are given as they are.
            problems.add(OutcomeImportResult.Problem.of(lastLine + 1, "outcome.import.not-csv"));
        }
        return rows;
    }

    /** Records a row through the service; its refusal becomes the row's reasons. */
    private static void recorded(List<Message> reasons, Runnable recording) {
        try {
            recording.run();
        } catch (InvalidInputException refused) {
            reasons.addAll(refused.problems().values());
        }
    }

    private static @Nullable LocalDate day(String text, List<Message> reasons) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reasons.add(Message.of("outcome.import.date.invalid", text));
            return null;
        }
    }

    private static @Nullable YearMonth month(String text, List<Message> reasons) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            reasons.add(Message.of("outcome.import.month.invalid", text));
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(String text, List<Message> reasons) {
        if (!text.matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
            reasons.add(Message.of("outcome.import.value.invalid", text));
            return null;
        }
        return new BigDecimal(text);
    }

    private static @Nullable Integer count(String text, String column, List<Message> reasons) {
        if (!text.matches("\\d{1,9}")) {
            reasons.add(Message.of("outcome.import.count.invalid", column, text));
            return null;
        }
        return Integer.valueOf(text);
    }
}
