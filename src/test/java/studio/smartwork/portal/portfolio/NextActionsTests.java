package studio.smartwork.portal.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.board.ActionItem;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.outcome.KpiAlert;
import studio.smartwork.portal.portfolio.NextAction.Kind;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The next-actions rules with a fixed clock. The clock stands at 23:30 UTC on Sunday
 * 6 December 2026, which is already Monday 7 December, 00:30, in Madrid (UTC+1 in winter): the
 * client's week is Monday 7 to Sunday 13 December, not the UTC week that ends that Sunday.
 */
class NextActionsTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Clock SUNDAY_NIGHT_UTC = Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC);
    private static final TenantSummary ACME = client("Acme", "acme", MADRID, "EUR");
    private static final TenantSummary BRIGHT = client("Bright", "bright", ZoneId.of("Europe/Dublin"), "EUR");

    private final NextActions rules = new NextActions(SUNDAY_NIGHT_UTC, 5);

    @Test
    void todayIsTheClientsDateNotTheServers() {
        assertThat(rules.today(ACME)).isEqualTo(LocalDate.of(2026, 12, 7));
        // Dublin is on UTC in winter: still Sunday there.
        assertThat(rules.today(BRIGHT)).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aRecordWithChangesRequestedWaitsForTheConsultantFromTheDayItWasSentBack() {
        List<NextAction> actions = rules.of(ACME, List.of(
                record(3, DesignStatus.CHANGES_REQUESTED, "2026-12-06T22:00:00Z"),
                record(4, DesignStatus.DRAFT, "2026-11-01T10:00:00Z"),
                record(5, DesignStatus.APPROVED, "2026-11-01T10:00:00Z")), List.of(), List.of(), Map.of());

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(Kind.CHANGES_REQUESTED);
            assertThat(action.target()).isEqualTo(3);
            assertThat(action.reference()).isEqualTo("SDR-3");
            // 22:00 UTC on the 6th is 23:00 in Madrid: sent back on the 6th, one day ago.
            assertThat(action.date()).isEqualTo(LocalDate.of(2026, 12, 6));
            assertThat(action.days()).isEqualTo(1);
        });
    }

    @Test
    void anApprovalIsChasedOnlyAfterMoreThanNDaysInTheClientsCalendar() {
        List<NextAction> actions = rules.of(ACME, List.of(
                // Submitted Wednesday 2 December 00:30 Madrid (still the 1st in UTC): 7 − 2 = 5 days, exactly N, not yet.
                record(10, DesignStatus.IN_REVIEW, "2026-12-01T23:30:00Z"),
                // Submitted Tuesday 1 December 12:00 Madrid: 6 days, more than 5.
                record(11, DesignStatus.IN_REVIEW, "2026-12-01T11:00:00Z"),
                // Submitted today: 0 days.
                record(12, DesignStatus.IN_REVIEW, "2026-12-06T23:15:00Z")), List.of(), List.of(), Map.of());

        assertThat(actions).extracting(NextAction::kind, NextAction::target, NextAction::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.APPROVAL_WAITING, 11L, 6L));
    }

    @Test
    void nIsASetting() {
        NextActions sooner = new NextActions(SUNDAY_NIGHT_UTC, 4);
        // The record submitted 5 days ago is now more than 4 days old.
        assertThat(sooner.of(ACME, List.of(record(10, DesignStatus.IN_REVIEW, "2026-12-01T23:30:00Z")), List.of(), List.of(), Map.of()))
                .extracting(NextAction::target).containsExactly(10L);
        assertThat(sooner.approvalWaitingDays()).isEqualTo(4);
    }

    @Test
    void aCampaignEndsThisWeekFromTheClientsMondayToItsSunday() {
        // Madrid's week: Monday 7 to Sunday 13 December.
        assertThat(rules.endsThisWeek(ACME, campaign(1, "2026-12-06", true))).as("last Sunday, although it is Sunday in UTC").isFalse();
        assertThat(rules.endsThisWeek(ACME, campaign(2, "2026-12-07", true))).as("today, Monday").isTrue();
        assertThat(rules.endsThisWeek(ACME, campaign(3, "2026-12-13", true))).as("Sunday").isTrue();
        assertThat(rules.endsThisWeek(ACME, campaign(4, "2026-12-14", true))).as("next Monday").isFalse();
        assertThat(rules.endsThisWeek(ACME, campaign(5, "2026-12-10", false))).as("closed").isFalse();
        // Dublin's week is still Monday 30 November to Sunday 6 December.
        assertThat(rules.endsThisWeek(BRIGHT, campaign(1, "2026-12-06", true))).isTrue();
        assertThat(rules.endsThisWeek(BRIGHT, campaign(2, "2026-12-07", true))).isFalse();
    }

    @Test
    void aCampaignEndingThisWeekIsLowBelowSixtyPercent() {
        Map<Campaign, @Nullable BigDecimal> completions = new LinkedHashMap<>();
        // 12 of 20 working days logged: 60 %, not low.
        completions.put(campaign(1, "2026-12-11", true), new BigDecimal("0.6000"));
        // 11 of 20: 55 %, low.
        completions.put(campaign(2, "2026-12-11", true), new BigDecimal("0.5500"));
        // Low, but ends next week.
        completions.put(campaign(3, "2026-12-14", true), new BigDecimal("0.1000"));
        // No working day has passed yet: nothing to judge.
        completions.put(campaign(4, "2026-12-13", true), null);
        List<NextAction> actions = rules.of(ACME, List.of(), List.of(), List.of(), completions);

        assertThat(actions).singleElement().satisfies(action -> {
            assertThat(action.kind()).isEqualTo(Kind.CAMPAIGN_ENDING);
            assertThat(action.target()).isEqualTo(2);
            assertThat(action.date()).isEqualTo(LocalDate.of(2026, 12, 11));
            assertThat(action.days()).as("days left").isEqualTo(4);
            assertThat(action.completion()).isEqualByComparingTo("0.55");
        });
        assertThat(NextActions.LOW_COMPLETION).isEqualByComparingTo("0.60");
    }

    @Test
    void everyOpenAlertAndEveryOverdueItemIsAnAction() {
        List<NextAction> actions = rules.of(ACME, List.of(),
                List.of(new KpiAlert(7, "SDR-7", 70, "Calls answered", KpiAlert.Kind.MISSED_TARGET, LocalDate.of(2026, 10, 1))),
                List.of(item(1, "Send the call log", "2026-12-06", false, true),
                        item(2, "Sign the data agreement", "2026-12-07", false, false),
                        item(3, "Check the web form", "2026-11-01", true, false)),
                Map.of());

        assertThat(actions).extracting(NextAction::kind, NextAction::target, NextAction::subject, NextAction::days).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.KPI_ALERT, 7L, "Calls answered", 67L),
                org.assertj.core.groups.Tuple.tuple(Kind.OVERDUE_ITEM, 1L, "Send the call log", 1L));
    }

    @Test
    void actionsAreOrderedByKindThenByHowLongTheyWaitThenByClient() {
        List<NextAction> acme = rules.of(ACME,
                List.of(record(1, DesignStatus.IN_REVIEW, "2026-11-20T10:00:00Z"),
                        record(2, DesignStatus.CHANGES_REQUESTED, "2026-12-03T10:00:00Z"),
                        record(3, DesignStatus.CHANGES_REQUESTED, "2026-11-28T10:00:00Z")),
                List.of(new KpiAlert(9, "SDR-9", 90, "Hours saved", KpiAlert.Kind.NO_DATA, LocalDate.of(2026, 11, 1))),
                List.of(item(5, "Call back", "2026-12-01", false, true)),
                Map.of(campaign(8, "2026-12-09", true), new BigDecimal("0.2")));
        List<NextAction> bright = rules.of(BRIGHT, List.of(record(4, DesignStatus.CHANGES_REQUESTED, "2026-11-28T10:00:00Z")),
                List.of(), List.of(), Map.of());
        List<NextAction> all = java.util.stream.Stream.concat(acme.stream(), bright.stream()).sorted(NextActions.BY_URGENCY).toList();

        assertThat(all).extracting(a -> a.client().slug() + " " + a.kind() + " " + a.target()).containsExactly(
                "acme CHANGES_REQUESTED 3",
                "bright CHANGES_REQUESTED 4",
                "acme CHANGES_REQUESTED 2",
                "acme CAMPAIGN_ENDING 8",
                "acme KPI_ALERT 9",
                "acme OVERDUE_ITEM 5",
                "acme APPROVAL_WAITING 1");
    }

    static TenantSummary client(String name, String slug, ZoneId zone, String currency) {
        return new TenantSummary(new TenantId(slug.hashCode()), new TenantSettings(name, slug, Locale.forLanguageTag("es-ES"), zone,
                Currency.getInstance(currency), new BigDecimal("40"), 21, new BigDecimal("8")), TenantStatus.ACTIVE, null);
    }

    private static DesignRecordSummary record(int number, DesignStatus status, String updatedAt) {
        return new DesignRecordSummary(number * 100L, number, "Record " + number, SolutionType.OTHER, status, 2, null, null, null,
                Instant.parse(updatedAt));
    }

    private static Campaign campaign(long id, String endsOn, boolean open) {
        LocalDate end = LocalDate.parse(endsOn);
        return new Campaign(id, "Campaign " + id, end.minusDays(27), end, open);
    }

    /** The board tells whether an item is overdue; these are as it says on Monday 7 December in Madrid. */
    private static ActionItem item(long id, String title, String dueOn, boolean done, boolean overdue) {
        return new ActionItem(id, title, 1, "Sam", LocalDate.parse(dueOn), done ? Instant.parse("2026-11-02T10:00:00Z") : null, overdue,
                true, true);
    }
}
