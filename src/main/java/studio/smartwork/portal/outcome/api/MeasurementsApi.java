package studio.smartwork.portal.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.integrations.ApiCaller;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiNotFound;
import studio.smartwork.portal.integrations.AuthenticatedKey;
import studio.smartwork.portal.outcome.Measurement;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.RunTotal;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Message;

/**
 * KPI values and monthly run totals sent by the client's tools, through the same rules as the
 * measurements page: a value for a period already measured replaces it, and who recorded it
 * names the key.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Measurements", description = "KPI values and monthly run totals of live solutions (scope ingest_measurements).")
class MeasurementsApi {

    private final OutcomeService outcomes;

    MeasurementsApi(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * @param kpiId the KPI's id, as {@code GET /api/v1/solutions} lists it
     * @param date  a day of the period measured: its month, or its week for weekly KPIs
     * @param value the value in the KPI's unit (hours, minutes, a count, a percent 0–100, money)
     */
    record MeasurementRequest(@Nullable Long kpiId, @Nullable LocalDate date, @Nullable BigDecimal value) {
    }

    record MeasurementAnswer(long kpiId, LocalDate periodStart, BigDecimal value, String recordedBy, Instant recordedAt) {
    }

    record RunTotalRequest(@Nullable String solution, @Nullable YearMonth month, @Nullable Integer runs, @Nullable Integer succeeded,
            @Nullable Integer failed) {
    }

    record RunTotalAnswer(String solution, YearMonth month, int runs, int succeeded, int failed, String recordedBy, Instant recordedAt) {
    }

    @PostMapping("/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a KPI's value for a period", description = "A value already there for the period is replaced.")
    MeasurementAnswer measurement(@RequestBody MeasurementRequest request) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.INGEST_MEASUREMENTS);
        if (request.kpiId() == null) {
            throw InvalidInputException.of("kpiId", "integrations.api.field.missing");
        }
        try {
            Measurement saved = outcomes.recordMeasurement(key.tenant(), request.kpiId(), request.date(), request.value());
            return new MeasurementAnswer(saved.kpiId(), saved.periodStart(), saved.value().stripTrailingZeros(), saved.recordedBy(),
                    saved.recordedAt());
        } catch (InvalidInputException refused) {
            // The page calls the day's field "period"; the API calls it "date".
            Map<String, Message> renamed = new LinkedHashMap<>();
            refused.problems().forEach((field, reason) -> renamed.put(field.equals("period") ? "date" : field, reason));
            throw new InvalidInputException(renamed);
        }
    }

    @PostMapping("/run-totals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a solution's runs in a month",
            description = "For solutions counted from runs, when the automation reports monthly totals rather than each run.")
    RunTotalAnswer runTotal(@RequestBody RunTotalRequest request) {
        AuthenticatedKey key = ApiCaller.require(ApiKeyScope.INGEST_MEASUREMENTS);
        if (request.solution() == null) {
            throw InvalidInputException.of("solution", "integrations.api.field.missing");
        }
        LiveSolution solution = outcomes.liveSolutions(key.tenant()).stream()
                .filter(s -> s.reference().toUpperCase(Locale.ROOT).equals(request.solution().trim().toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(ApiNotFound::new);
        RunTotal saved = outcomes.recordRunTotal(key.tenant(), solution.recordId(), request.month(), request.runs(), request.succeeded(),
                request.failed());
        return new RunTotalAnswer(solution.reference(), saved.month(), saved.runs(), saved.succeeded(), saved.failed(), saved.recordedBy(),
                saved.recordedAt());
    }
}
