package studio.smartwork.portal.outcome.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import studio.smartwork.portal.design.KpiDefinition;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.outcome.KpiAlerts;
import studio.smartwork.portal.outcome.OutcomeService;
import studio.smartwork.portal.outcome.StoredKpiAlert;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * A live solution's KPI alerts, newest first: open, acknowledged and resolved, each with the rule
 * and the values that raised it, dates in the tenant's time zone and the acknowledgement's note.
 * Everyone in the tenant reads it (the alert notification links here); consultants and executives
 * acknowledge an open alert with a note.
 */
@Route(value = SolutionAlertsView.ROUTE, layout = TenantLayout.class)
@PermitAll
public class SolutionAlertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String RECORD_PARAMETER = "record";
    static final String ROUTE = "outcomes/alerts/:" + RECORD_PARAMETER + "([0-9]{1,18})";

    private final OutcomeService outcomes;
    private final KpiAlerts alerts;
    private TenantAccess access;
    private LiveSolution solution;

    SolutionAlertsView(OutcomeService outcomes, KpiAlerts alerts) {
        this.outcomes = outcomes;
        this.alerts = alerts;
        setPadding(false);
        addClassName("outcome-alert-history");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("outcome.alerts.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        long recordId = event.getRouteParameters().get(RECORD_PARAMETER).map(Long::parseLong).orElseThrow(TenantNotFoundException::new);
        solution = outcomes.liveSolutions(access.tenant().id()).stream().filter(s -> s.recordId() == recordId).findFirst()
                .orElseThrow(TenantNotFoundException::new);
        refresh();
    }

    private void refresh() {
        removeAll();
        TenantFormat format = access.tenant().formatFor(getLocale());
        Anchor back = new Anchor(OutcomeNavigation.dashboardUrl(access.tenant().slug()), getTranslation("outcome.alerts.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("outcome.alerts.title", solution.reference(), solution.title())));
        List<StoredKpiAlert> history = alerts.history(access.tenant().id(), solution.recordId());
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("outcome.alerts.empty")));
            return;
        }
        Map<Long, KpiDefinition> kpis = solution.kpis().stream().collect(Collectors.toMap(KpiDefinition::id, k -> k));
        history.forEach(alert -> add(entry(alert, kpis.get(alert.kpiId()), format)));
    }

    private Div entry(StoredKpiAlert alert, KpiDefinition kpi, TenantFormat format) {
        String status = alert.isOpen() ? alert.isAcknowledged() ? "outcome.alerts.status.acknowledged" : "outcome.alerts.status.open"
                : "outcome.alerts.status.resolved";
        Span badge = new Span(getTranslation(status));
        badge.getElement().getThemeList().add(alert.isOpen() ? alert.isAcknowledged() ? "badge contrast" : "badge error" : "badge success");
        Div entry = new Div(new H4(getTranslation(alert.asAlert().message().key(), alert.kpiName())), badge);
        entry.addClassName("outcome-alert");
        entry.add(new Paragraph(getTranslation("outcome.alerts.raised", format.dateTime(alert.raisedAt()),
                OutcomeFigures.period(format, alert.cadence(), alert.since()))));
        entry.add(new Paragraph(switch (alert.kind()) {
            case MISSED_TARGET -> getTranslation("outcome.alerts.rule.missed-target", OutcomeFigures.value(format, kpi, alert.target()),
                    getTranslation(alert.direction() == KpiDefinition.KpiDirection.LOWER_IS_BETTER
                            ? "outcome.direction.lower-is-better" : "outcome.direction.higher-is-better"));
            case GETTING_WORSE -> getTranslation("outcome.alerts.rule.getting-worse", getTranslation(
                    alert.direction() == KpiDefinition.KpiDirection.LOWER_IS_BETTER
                            ? "outcome.direction.lower-is-better" : "outcome.direction.higher-is-better"));
            case NO_DATA -> getTranslation("outcome.alerts.rule.no-data");
        }));
        entry.add(new Paragraph(getTranslation("outcome.alerts.values", alert.evidence().stream()
                .map(v -> getTranslation("outcome.alerts.value", OutcomeFigures.period(format, alert.cadence(), v.periodStart()),
                        v.value() == null ? getTranslation("outcome.alerts.no-value") : OutcomeFigures.value(format, kpi, v.value())))
                .collect(Collectors.joining(" · ")))));
        if (alert.isAcknowledged()) {
            Paragraph acknowledged = new Paragraph(getTranslation("outcome.alerts.acknowledged", alert.acknowledgedBy(),
                    format.dateTime(alert.acknowledgedAt()), alert.note()));
            acknowledged.addClassName("outcome-alert-note");
            entry.add(acknowledged);
        }
        if (alert.resolvedAt() != null) {
            entry.add(new Paragraph(getTranslation("outcome.alerts.resolved", format.dateTime(alert.resolvedAt()))));
        }
        if (alert.isOpen() && !alert.isAcknowledged() && KpiAlerts.mayAcknowledge(access.role())) {
            entry.add(new Button(getTranslation("outcome.alerts.acknowledge"), click -> acknowledge(alert)));
        }
        return entry;
    }

    private void acknowledge(StoredKpiAlert alert) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("outcome.alerts.acknowledge.title", getTranslation(alert.asAlert().message().key(), alert.kpiName())));
        TextArea note = new TextArea(getTranslation("outcome.alerts.acknowledge.note"));
        note.setMaxLength(KpiAlerts.NOTE_LENGTH);
        note.setWidthFull();
        dialog.add(note);
        Button save = new Button(getTranslation("outcome.alerts.acknowledge.save"), click -> {
            if (FieldErrors.attempt(Map.of("note", note), () -> alerts.acknowledge(access.tenant().id(), alert.id(), note.getValue()))) {
                Notifications.success(getTranslation("outcome.alerts.acknowledge.done"));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("outcome.alerts.acknowledge.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
