package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.ui.SolutionAlertsView;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

/** A solution's alert history as its people see it, and acknowledging an alert there with a note. */
@Import(OutcomeTestConfig.class)
@org.springframework.test.context.TestPropertySource(properties = "portal.demo-data.enabled=false")
class SolutionAlertsViewTests extends KaribuTests {

    @Autowired
    OutcomeService outcomes;

    OutcomeClients.Client client;
    LiveSolution voiceAgent;
    String alertsPath;

    /** A voice agent whose calls handled missed their target of 90 % in September and October. */
    @BeforeEach
    void aMissedTarget() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(false);
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        outcomes.recordMeasurement(client.id(), voiceAgent.kpis().getFirst().id(), LocalDate.of(2026, 9, 1), new BigDecimal("50"));
        outcomes.recordMeasurement(client.id(), voiceAgent.kpis().getFirst().id(), LocalDate.of(2026, 10, 1), new BigDecimal("60"));
        SignIn.out();
        alertsPath = "t/" + client.slug() + "/outcomes/alerts/" + voiceAgent.recordId();
    }

    @Test
    void theExecutiveReadsTheHistoryInSpanishAndAcknowledgesAnAlertWithANote() {
        signIn(client.executive());
        navigate("t/" + client.slug() + "/outcomes");
        // The dashboard's alert leads to the solution's alerts.
        _get(Anchor.class, spec -> spec.withText(voiceAgent.reference() + " · Calls handled without a person no ha alcanzado su objetivo dos periodos seguidos (desde el 1 sept 2026)")
                .withAttribute("href", alertsPath));
        navigate(alertsPath);
        _get(SolutionAlertsView.class);
        _get(H2.class, spec -> spec.withText("Alertas de " + voiceAgent.reference() + " · Voice agent for delivery calls"));
        assertThat(texts()).contains("Regla: el valor no ha alcanzado el objetivo de 90,0\u00a0% (más es mejor) en los dos últimos periodos cerrados.")
                .anyMatch(t -> t.startsWith("Valores: sept 2026: 50,0\u00a0% · oct 2026: 60,0\u00a0%"))
                .anyMatch(t -> t.startsWith("Resuelta sola el "));
        assertThat(_find(Span.class, spec -> spec.withText("Resuelta"))).as("September's value ended 'no data'").hasSize(1);

        List<Button> acknowledge = _find(Button.class, spec -> spec.withText("Marcar como vista"));
        assertThat(acknowledge).hasSize(2); // the missed target and the weekly KPI's "no data"
        _click(acknowledge.getFirst());
        _click(_get(Button.class, spec -> spec.withText("Guardar")));
        assertThat(_get(TextArea.class).getErrorMessage()).isEqualTo("Escribe una nota: qué se está haciendo al respecto.");
        _setValue(_get(TextArea.class), "Reentrenamos el agente con preguntas de entregas");
        _click(_get(Button.class, spec -> spec.withText("Guardar")));

        assertThat(texts()).anyMatch(t -> t.startsWith("Vista por Elena Ejecutiva el ") && t.endsWith(": Reentrenamos el agente con preguntas de entregas"));
        assertThat(_find(Button.class, spec -> spec.withText("Marcar como vista"))).hasSize(1);
        _get(Span.class, spec -> spec.withText("Vista"));
    }

    @Test
    void staffReadTheHistoryWithoutAcknowledging() {
        signIn(client.staff());
        navigate(alertsPath);
        _get(SolutionAlertsView.class);
        assertThat(_find(Span.class, spec -> spec.withText("Abierta"))).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withText("Marcar como vista"))).isEmpty();
    }

    private List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
