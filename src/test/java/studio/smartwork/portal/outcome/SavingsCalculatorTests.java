package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;

/** Every formula of outcome measurement against cases worked out by hand. */
class SavingsCalculatorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant RECORDED = Instant.parse("2026-11-01T10:00:00Z");

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static LiveSolution runsSolution(YearMonth liveSince, YearMonth retiredIn, String buildCost, List<KpiDefinition> kpis) {
        return new LiveSolution(1, "SDR-1", "Voice agent", liveSince, retiredIn, d(buildCost), d("300"), d("38"),
                SavingsMethod.RUNS, null, d("4"), d("0.5"), BigDecimal.ZERO, kpis);
    }

    static LiveSolution hoursSolution(KpiDefinition hoursKpi) {
        return new LiveSolution(2, "SDR-2", "Inbox triage", YearMonth.of(2026, 8), null, d("2000"), d("100"), d("34"),
                SavingsMethod.HOURS_KPI, hoursKpi.id(), BigDecimal.ZERO, BigDecimal.ZERO, d("120"), List.of(hoursKpi));
    }

    static KpiDefinition kpi(long id, KpiDirection direction, String baseline, String target, KpiCadence cadence) {
        return new KpiDefinition(id, "KPI " + id, KpiUnit.COUNT, direction, d(baseline), d(target), cadence);
    }

    static RunTotal runs(int month, int runs, int succeeded) {
        return new RunTotal(1, YearMonth.of(2026, month), runs, succeeded, runs - succeeded, "Carla", RECORDED);
    }

    @Nested
    class HoursAndMoney {

        @Test
        void hoursFromRunsCountSucceededRunsAtTheBaselineLessReviewOfEveryRun() {
            // 940 × 4 / 60 − 0.5 × 1000 / 60 = (3760 − 500) / 60 = 54.333…
            BigDecimal hours = SavingsCalculator.hoursFromRuns(1000, 940, d("4"), d("0.5"));
            assertThat(hours).isEqualByComparingTo("54.3333333333");
            // 54.333… × 38 = 2064.666… → 2064.67
            assertThat(SavingsCalculator.money(hours, d("38"))).isEqualByComparingTo("2064.67");
        }

        @Test
        void reviewCanOutweighTheSavingAndThenHoursAreNegative() {
            // 10 × 1 / 60 − 5 × 100 / 60 = (10 − 500) / 60 = −8.1666…
            assertThat(SavingsCalculator.hoursFromRuns(100, 10, d("1"), d("5"))).isEqualByComparingTo("-8.1666666667");
        }

        @Test
        void hoursFromAnHoursKpiAreBaselineLessMeasured() {
            BigDecimal hours = SavingsCalculator.hoursFromKpi(d("120"), d("45.5"));
            assertThat(hours).isEqualByComparingTo("74.5");
            assertThat(SavingsCalculator.money(hours, d("34"))).isEqualByComparingTo("2533.00");
        }

        @Test
        void aWeeklyHoursKpiBecomesMonthlyHoursAsTheMeanWeekTimes52Over12() {
            Map<LocalDate, BigDecimal> weeks = Map.of(
                    LocalDate.of(2026, 10, 5), d("10"), LocalDate.of(2026, 10, 12), d("12"),
                    LocalDate.of(2026, 9, 28), d("99"));
            // weeks starting in October: (10 + 12) / 2 = 11; 11 × 52 / 12 = 47.666…
            assertThat(SavingsCalculator.measuredMonthlyHours(KpiCadence.WEEKLY, weeks, YearMonth.of(2026, 10)))
                    .isEqualByComparingTo("47.6666666667");
            assertThat(SavingsCalculator.measuredMonthlyHours(KpiCadence.WEEKLY, weeks, YearMonth.of(2026, 8))).isNull();
        }
    }

    @Nested
    class Months {

        // Live since August 2026, running cost 300, 38 per hour; today 25 November: Aug, Sep, Oct count.
        //   Aug: 1000 runs, 940 ok → 54.333 h → 2064.67; net 1764.67; cumulative 1764.67
        //   Sep: no data          → 0 h     → 0.00;    net −300;    cumulative 1464.67
        //   Oct: 1200 runs, 1150 ok → (4600 − 600) / 60 = 66.667 h → 2533.33; net 2233.33; cumulative 3698.00
        private final LiveSolution solution = runsSolution(YearMonth.of(2026, 8), null, "5000", List.of());
        private final SolutionOutcome outcome = SavingsCalculator.outcome(solution,
                List.of(runs(8, 1000, 940), runs(10, 1200, 1150), runs(11, 500, 500)), List.of(), TODAY);

        @Test
        void monthsRunFromLiveSinceToTheLastCompleteMonthAndAMonthWithoutDataStillCostsItsRunningCost() {
            assertThat(outcome.months()).extracting(MonthlySaving::month)
                    .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
            assertThat(outcome.months()).extracting(MonthlySaving::moneySaved)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("2064.67"), d("0"), d("2533.33"));
            assertThat(outcome.months()).extracting(MonthlySaving::netSaving)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("1764.67"), d("-300"), d("2233.33"));
            assertThat(outcome.months()).extracting(MonthlySaving::cumulativeNetSaving)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("1764.67"), d("1464.67"), d("3698.00"));
            assertThat(outcome.months()).extracting(MonthlySaving::hasData).containsExactly(true, false, true);
        }

        @Test
        void lastThreeMonthsAddUpHoursAndMoney() {
            // 54.333… + 0 + 66.666… = 121; 2064.67 + 2533.33 = 4598.00
            assertThat(outcome.hoursLastThreeMonths()).isEqualByComparingTo("121");
            assertThat(outcome.moneyLastThreeMonths()).isEqualByComparingTo("4598.00");
        }

        @Test
        void roiToDateIsNetOfRunningAndBuildCostOverWhatWasInvested() {
            // (4598 − 900 − 5000) / (5000 + 900) = −1302 / 5900 = −0.220678
            assertThat(outcome.roiToDate()).isEqualByComparingTo("-0.220678");
            assertThat(SavingsCalculator.roi(d("10000"), d("1000"), d("4000"))).isEqualByComparingTo("1");
            assertThat(SavingsCalculator.roi(d("10"), d("0"), d("0"))).isNull();
        }

        @Test
        void paybackIsTheFirstMonthWhoseCumulativeNetSavingReachesTheBuildCost() {
            assertThat(outcome.paybackMonth()).as("5000 not reached by 3698").isNull();
            assertThat(SavingsCalculator.paybackMonth(outcome.months(), d("3000"))).isEqualTo(YearMonth.of(2026, 10));
            assertThat(SavingsCalculator.paybackMonth(outcome.months(), d("1764.67"))).as("equal counts").isEqualTo(YearMonth.of(2026, 8));
            assertThat(SavingsCalculator.paybackMonth(outcome.months(), d("1764.68"))).isEqualTo(YearMonth.of(2026, 10));
        }

        @Test
        void aRetiredSolutionCountsUpToAndIncludingItsRetirementMonth() {
            LiveSolution retired = runsSolution(YearMonth.of(2026, 8), YearMonth.of(2026, 9), "5000", List.of());
            assertThat(SavingsCalculator.countedMonths(retired, YearMonth.of(2026, 10)))
                    .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        }

        @Test
        void theHoursKpiMethodCountsBaselineLessMeasuredAndNothingForAMonthWithoutMeasurement() {
            KpiDefinition hoursKpi = kpi(20, KpiDirection.LOWER_IS_BETTER, "120", "40", KpiCadence.MONTHLY);
            LiveSolution solution = hoursSolution(hoursKpi);
            SolutionOutcome result = SavingsCalculator.outcome(solution, List.of(), List.of(
                    new Measurement(2, 20, LocalDate.of(2026, 8, 1), d("45.5"), "Carla", RECORDED),
                    new Measurement(2, 20, LocalDate.of(2026, 10, 1), d("60"), "Carla", RECORDED)), TODAY);
            // Aug 74.5 h × 34 = 2533.00; Sep none → 0; Oct 60 h × 34 = 2040.00
            assertThat(result.months()).extracting(MonthlySaving::hoursRecovered)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("74.5"), d("0"), d("60"));
            assertThat(result.months()).extracting(MonthlySaving::moneySaved)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("2533.00"), d("0"), d("2040.00"));
            // (4573 − 300 − 2000) / (2000 + 300) = 2273 / 2300 = 0.988261 (0.98826086…)
            assertThat(result.roiToDate()).isEqualByComparingTo("0.988261");
            // cumulative net 2433, 2333, 4273: 2433 ≥ 2000 in August
            assertThat(result.paybackMonth()).isEqualTo(YearMonth.of(2026, 8));
        }

        @Test
        void theDashboardAddsSolutionsMonthByMonthAndCountsEveryBuildCost() {
            KpiDefinition hoursKpi = kpi(20, KpiDirection.LOWER_IS_BETTER, "120", "40", KpiCadence.MONTHLY);
            SolutionOutcome other = SavingsCalculator.outcome(hoursSolution(hoursKpi), List.of(), List.of(
                    new Measurement(2, 20, LocalDate.of(2026, 10, 1), d("60"), "Carla", RECORDED)), TODAY);
            SavingsDashboard dashboard = SavingsCalculator.dashboard(List.of(outcome, other), TODAY);
            // Money: Aug 2064.67, Sep 0, Oct 2533.33 + 2040.00; running 400 a month
            assertThat(dashboard.moneyLastThreeMonths()).isEqualByComparingTo("6638.00");
            assertThat(dashboard.hoursLastThreeMonths()).isEqualByComparingTo("181");
            assertThat(dashboard.months()).extracting(MonthlySaving::cumulativeNetSaving)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(d("1664.67"), d("1264.67"), d("5438.00"));
            // (6638 − 1200 − 7000) / (7000 + 1200) = −1562 / 8200 = −0.190488 (−0.19048780…)
            assertThat(dashboard.roiToDate()).isEqualByComparingTo("-0.190488");
            assertThat(dashboard.paybackMonth()).isNull();
        }
    }

    @Nested
    class LastThreeMonths {

        @Test
        void theMonthsAreTheThreeMostRecentCompleteOnesInTheTenantsTimeZone() {
            // 23:30 UTC on 30 November is already 1 December in Madrid: November has ended there.
            Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
            assertThat(SavingsCalculator.lastThreeMonths(SavingsCalculator.today(clock, ZoneId.of("Europe/Madrid"))))
                    .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
            assertThat(SavingsCalculator.lastThreeMonths(SavingsCalculator.today(clock, ZoneOffset.UTC)))
                    .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        }

        @Test
        void theLastDayOfAMonthStillBelongsToIt() {
            assertThat(SavingsCalculator.lastThreeMonths(LocalDate.of(2026, 11, 30)))
                    .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
            assertThat(SavingsCalculator.lastThreeMonths(LocalDate.of(2027, 1, 1)))
                    .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        }
    }

    @Nested
    class Attainment {

        @Test
        void lowerIsBetterMeasuresTheWayFromBaselineDownToTarget() {
            // (10 − 4) / (10 − 2) = 0.75
            assertThat(SavingsCalculator.attainment(kpi(1, KpiDirection.LOWER_IS_BETTER, "10", "2", KpiCadence.MONTHLY), d("4")))
                    .isEqualByComparingTo("0.75");
            // worse than baseline: (10 − 12) / 8 = −0.25
            assertThat(SavingsCalculator.attainment(kpi(1, KpiDirection.LOWER_IS_BETTER, "10", "2", KpiCadence.MONTHLY), d("12")))
                    .isEqualByComparingTo("-0.25");
        }

        @Test
        void higherIsBetterIsTheMirror() {
            // (81 − 60) / (90 − 60) = 0.7; beyond target (95 − 60) / 30 = 1.166667
            KpiDefinition conversion = kpi(1, KpiDirection.HIGHER_IS_BETTER, "60", "90", KpiCadence.MONTHLY);
            assertThat(SavingsCalculator.attainment(conversion, d("81"))).isEqualByComparingTo("0.7");
            assertThat(SavingsCalculator.attainment(conversion, d("95"))).isEqualByComparingTo("1.166667");
        }

        @Test
        void noAttainmentWhenBaselineEqualsTarget() {
            assertThat(SavingsCalculator.attainment(kpi(1, KpiDirection.HIGHER_IS_BETTER, "5", "5", KpiCadence.MONTHLY), d("7")))
                    .isNull();
        }
    }

    @Nested
    class Alerts {

        // Live since June 2026; on 25 November the ended months are June to October.
        private final KpiDefinition waiting = kpi(7, KpiDirection.LOWER_IS_BETTER, "10", "2", KpiCadence.MONTHLY);
        private final LiveSolution solution = runsSolution(YearMonth.of(2026, 6), null, "0", List.of(waiting));

        private List<KpiAlert.Kind> kinds(Map<LocalDate, BigDecimal> values) {
            return SavingsCalculator.alerts(solution, waiting, values, TODAY).stream().map(KpiAlert::kind).toList();
        }

        private static LocalDate month(int month) {
            return LocalDate.of(2026, month, 1);
        }

        @Test
        void onTargetAndImprovingRaisesNothing() {
            assertThat(kinds(Map.of(month(8), d("3"), month(9), d("2"), month(10), d("1.5")))).isEmpty();
        }

        @Test
        void missingTheTargetInTheLastTwoEndedPeriodsRaisesAnAlert() {
            assertThat(kinds(Map.of(month(9), d("3"), month(10), d("2.5")))).containsExactly(KpiAlert.Kind.MISSED_TARGET);
            assertThat(kinds(Map.of(month(9), d("3"), month(10), d("2")))).as("meeting it in October").isEmpty();
        }

        @Test
        void gettingWorseTwoPeriodsInARowRaisesAnAlertEvenOnTarget() {
            // 1 → 1.5 → 2: worse twice but never above the target of 2
            assertThat(kinds(Map.of(month(8), d("1"), month(9), d("1.5"), month(10), d("2"))))
                    .containsExactly(KpiAlert.Kind.GETTING_WORSE);
            // 2.5 → 3 → 4 misses the target too
            assertThat(kinds(Map.of(month(8), d("2.5"), month(9), d("3"), month(10), d("4"))))
                    .containsExactlyInAnyOrder(KpiAlert.Kind.MISSED_TARGET, KpiAlert.Kind.GETTING_WORSE);
        }

        @Test
        void higherIsBetterGetsWorseWhenItFalls() {
            KpiDefinition rate = kpi(8, KpiDirection.HIGHER_IS_BETTER, "60", "90", KpiCadence.MONTHLY);
            List<KpiAlert> alerts = SavingsCalculator.alerts(solution, rate,
                    Map.of(month(8), d("95"), month(9), d("93"), month(10), d("91")), TODAY);
            assertThat(alerts).extracting(KpiAlert::kind).containsExactly(KpiAlert.Kind.GETTING_WORSE);
            assertThat(alerts.getFirst().since()).isEqualTo(month(8));
        }

        @Test
        void noDataForTwoEndedPeriodsRaisesAnAlertAndTheMonthInProgressDoesNotCount() {
            List<KpiAlert> alerts = SavingsCalculator.alerts(solution, waiting,
                    Map.of(month(8), d("1"), month(11), d("1")), TODAY);
            assertThat(alerts).extracting(KpiAlert::kind).containsExactly(KpiAlert.Kind.NO_DATA);
            assertThat(alerts.getFirst().since()).isEqualTo(month(9));
            assertThat(alerts.getFirst().solutionReference()).isEqualTo("SDR-1");
        }

        @Test
        void weeklyKpisCountEndedWeeksFromTheFirstMondayOfTheLiveMonth() {
            KpiDefinition weekly = kpi(9, KpiDirection.LOWER_IS_BETTER, "10", "2", KpiCadence.WEEKLY);
            LiveSolution november = runsSolution(YearMonth.of(2026, 11), null, "0", List.of(weekly));
            // 1 November 2026 is a Sunday: weeks of 2, 9 and 16 November have ended by Wednesday 25th.
            assertThat(SavingsCalculator.endedPeriods(KpiCadence.WEEKLY, november.liveSince(), null, TODAY))
                    .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16));
            assertThat(SavingsCalculator.alerts(november, weekly, Map.of(LocalDate.of(2026, 11, 2), d("3")), TODAY))
                    .extracting(KpiAlert::kind, KpiAlert::since)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(KpiAlert.Kind.NO_DATA, LocalDate.of(2026, 11, 9)));
            assertThat(SavingsCalculator.periodStart(KpiCadence.WEEKLY, LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 23));
        }

        @Test
        void aSolutionLiveForLessThanTwoPeriodsOrRetiredRaisesNothing() {
            LiveSolution recent = runsSolution(YearMonth.of(2026, 10), null, "0", List.of(waiting));
            assertThat(SavingsCalculator.alerts(recent, waiting, Map.of(), TODAY)).isEmpty();
            LiveSolution retired = runsSolution(YearMonth.of(2026, 6), YearMonth.of(2026, 9), "0", List.of(waiting));
            assertThat(SavingsCalculator.alerts(retired, waiting, Map.of(), TODAY)).isEmpty();
        }
    }

    @Nested
    class RunEventMonths {

        // The voice agent of "Months": August and October typed in. The automation reported
        // September (30 runs, 24 ok) and October (10 runs, 9 ok), and a November not yet ended.
        //   Aug: total 1000 / 940 → 54.333 h → 2064.67
        //   Sep: events 30 / 24 → (24 × 4 − 0.5 × 30) / 60 = 81 / 60 = 1.35 h → 51.30
        //   Oct: events 10 / 9, not the total 1200 / 1150 → (36 − 5) / 60 = 0.516667 h → 19.63
        private final LiveSolution solution = runsSolution(YearMonth.of(2026, 8), null, "5000", List.of());
        private final SolutionOutcome outcome = SavingsCalculator.outcome(solution,
                List.of(runs(8, 1000, 940), runs(10, 1200, 1150)),
                List.of(events(9, 30, 24, null), events(10, 10, 9, d("1500")), events(11, 5, 5, d("900"))), List.of(), TODAY);

        private static RunEventMonth events(int month, int runs, int succeeded, BigDecimal medianMs) {
            return new RunEventMonth(1, YearMonth.of(2026, month), runs, succeeded, runs - succeeded, 0, medianMs);
        }

        @Test
        void aMonthWithEventsCountsThemAndAMonthWithoutKeepsItsRunTotal() {
            assertThat(outcome.months()).extracting(MonthlySaving::moneySaved).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(d("2064.67"), d("51.30"), d("19.63"));
            assertThat(outcome.months()).extracting(MonthlySaving::hasData).containsExactly(true, true, true);
            assertThat(outcome.moneyLastThreeMonths()).isEqualByComparingTo("2135.60");
        }

        @Test
        void onlyCountedMonthsKeepTheirEventFigures() {
            assertThat(outcome.runEventMonths()).extracting(RunEventMonth::month)
                    .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
            assertThat(outcome.hasRunEvents()).isTrue();
            assertThat(SavingsCalculator.outcome(solution, List.of(runs(8, 1000, 940)), List.of(), TODAY).hasRunEvents()).isFalse();
        }
    }
}
