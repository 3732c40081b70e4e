package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.portfolio.PortfolioRow;
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * On the demo data, the stored open alerts are exactly what the rule says today
 * ({@link SavingsCalculator#alerts} on the recorded values), and the dashboard, the board and the
 * portfolio count them as before alerts were stored.
 */
@SpringBootTest
class StoredAlertsOnDemoDataTests {

    record Raised(long recordId, long kpiId, KpiAlert.Kind kind) {
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    KpiAlerts alerts;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theStoredOpenAlertsAreTheRulesOnEveryDemoTenant() {
        SignIn.as(context, DemoPeople.CARLA);
        int total = 0;
        for (String slug : List.of("acme", "brightsmile")) {
            TenantId tenant = DemoTenants.id(context, slug);
            List<Raised> calculated = calculated(tenant);
            assertThat(alerts.open(tenant).stream().map(a -> new Raised(a.recordId(), a.kpiId(), a.kind())).toList())
                    .as(slug).containsExactlyInAnyOrderElementsOf(calculated);
            assertThat(outcomes.dashboard(tenant).alerts()).hasSameSizeAs(calculated);
            assertThat(context.getBean(BoardService.class).cards(tenant).stream().mapToInt(c -> c.alerts().size()).sum())
                    .as("alerts on %s's board cards", slug).isEqualTo(calculated.size());
            total += calculated.size();
        }
        assertThat(context.getBean(PortfolioService.class).rows(CurrentActor.require()).stream()
                .filter(r -> List.of("acme", "brightsmile").contains(r.tenant().slug())).mapToInt(PortfolioRow::openAlerts).sum())
                .isEqualTo(total);
    }

    /** The alerts as they were worked out on every page view before they were stored. */
    private List<Raised> calculated(TenantId tenant) {
        LocalDate today = SavingsCalculator.today(clock, context.getBean(TenantService.class).find(tenant).orElseThrow().settings().timeZone());
        return outcomes.liveSolutions(tenant).stream().flatMap(solution -> {
            Map<Long, Map<LocalDate, BigDecimal>> values = outcomes.measurements(tenant, solution.recordId()).stream()
                    .collect(Collectors.groupingBy(Measurement::kpiId, Collectors.toMap(Measurement::periodStart, Measurement::value,
                            (a, b) -> b, TreeMap::new)));
            return solution.kpis().stream().flatMap(kpi -> SavingsCalculator.alerts(solution, kpi,
                    values.getOrDefault(kpi.id(), Map.of()), today).stream());
        }).map(a -> new Raised(a.recordId(), a.kpiId(), a.kind())).toList();
    }
}
