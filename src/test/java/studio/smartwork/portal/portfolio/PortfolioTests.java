package studio.smartwork.portal.portfolio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.design.DesignStatus;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.readiness.ReadinessSign;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenant.TenantSummary;

class PortfolioTests extends KaribuTests {

    @Test
    void completionCountsLoggedDaysOfTheWorkingDaysSoFarOverAllParticipants() {
        // 8 of 10 days and 10 (capped) of 10 days: 18 of 20.
        assertThat(PortfolioService.completion(List.of(new ParticipantProgress(1, "A", 8, 10),
                new ParticipantProgress(2, "B", 12, 10)))).isEqualByComparingTo("0.9");
        assertThat(PortfolioService.completion(List.of(new ParticipantProgress(1, "A", 0, 0)))).isNull();
        assertThat(PortfolioService.completion(List.of())).isNull();
    }

    @Test
    void carlasPortfolioShowsWhereEachOfHerClientsStands() {
        signIn(DemoPeople.CARLA);
        List<PortfolioRow> rows = context.getBean(PortfolioService.class).rows(CurrentActor.require());
        assertThat(rows).extracting(r -> r.tenant().slug()).containsExactlyInAnyOrder("acme", "brightsmile");

        PortfolioRow acme = rows.stream().filter(r -> r.tenant().slug().equals("acme")).findFirst().orElseThrow();
        assertThat(acme.phase()).isEqualTo(Phase.OUTCOMES);
        assertThat(acme.liveSolutions()).isGreaterThanOrEqualTo(1);
        assertThat(acme.recordsByStatus()).containsKeys(DesignStatus.LIVE, DesignStatus.APPROVED, DesignStatus.DRAFT);
        assertThat(acme.candidates()).isGreaterThanOrEqualTo(3);
        assertThat(acme.moneySavedLast3Months()).isNotNull().isGreaterThan(BigDecimal.ZERO);
        // Other tests open campaigns in acme, so only the range is certain here; the journey test checks the figure.
        if (acme.auditCompletion() != null) {
            assertThat(acme.auditCompletion()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
        assertThat(acme.lastActivity()).isNotNull();

        PortfolioRow brightsmile = rows.stream().filter(r -> r.tenant().slug().equals("brightsmile")).findFirst().orElseThrow();
        assertThat(brightsmile.phase()).isIn(Phase.AUDIT, Phase.DESIGN);
        assertThat(brightsmile.moneySavedLast3Months()).isNull();
    }

    @Test
    void thePortfolioPageListsOnlyTheConsultantsOwnClients() {
        signIn(DemoPeople.TOM);
        navigate("portfolio");
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0).getFirst()).isEqualTo("Acme Logistics");
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo(Texts.t("portfolio.phase.outcomes"));
    }

    /** A consultant whose only client is Spanish reads Spanish, the last activity included. */
    @Test
    @SuppressWarnings("unchecked")
    void aConsultantOfASpanishClientReadsThePortfolioAndItsLastActivityInSpanish() {
        TenantSummary client = FreshClient.tenant(context, "Portfolio client", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"));
        String executive = "exec-" + client.slug() + "@client.example";
        String consultant = "consultant-" + client.slug() + "@smartwork.studio";
        TestPeople.member(context, client.id(), executive, "Elisa Ejecutiva", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(ConsultantAssignments.class).assignConsultant(client.id(),
                TestPeople.consultancyPerson(context, consultant, "Pablo Consultor", PlatformRole.CONSULTANT).personId());
        SignIn.as(context, executive);
        context.getBean(ReadinessService.class).answer(client.id(), EnumSet.of(ReadinessSign.SAVING_UNKNOWN));

        signIn(consultant);
        PortfolioRow row = context.getBean(PortfolioService.class).rows(CurrentActor.require()).getFirst();
        assertThat(row.lastActivity()).isNotNull();
        assertThat(row.lastActivity().message()).isEqualTo(Message.of("readiness.activity.answered", "Elisa Ejecutiva", "1"));

        navigate("portfolio");
        _get(H2.class, spec -> spec.withText("Cartera"));
        Grid<PortfolioRow> grid = _get(Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0).get(1)).isEqualTo("Puesta en marcha");
        Grid.Column<PortfolioRow> lastActivity = grid.getColumns().stream()
                .filter(c -> "Última actividad".equals(c.getHeaderText())).findFirst().orElseThrow();
        assertThat(lastActivity.getTooltipGenerator().apply(GridKt._get(grid, 0)))
                .isEqualTo("Elisa Ejecutiva ha respondido al autodiagnóstico (1 de 6 señales de alarma)");
    }
}
