package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.List;
import studio.smartwork.portal.audit.Analysis;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.audit.TraitAverages;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * The analysis's "How we calculate": its formulas in plain words (docs/product.md, "Analysis")
 * and a worked example filled from the campaign's top task, each step with the figures the
 * grid shows for that task. Nothing is computed here: the example writes out the analysis's
 * own figures, so it can never disagree with the grid. Suitability is written to four decimals,
 * as the export does, so its two steps can be followed by hand.
 */
final class HowWeCalculate {

    private static final List<String> FORMULAS = List.of("audit.glance.how.monthly-hours", "audit.glance.how.monthly-cost",
            "audit.glance.how.suitability", "audit.glance.how.automatable", "audit.glance.how.ranking",
            "audit.glance.how.provisional");

    private HowWeCalculate() {
    }

    static Details of(Analysis analysis, TenantAccess access) {
        Div text = new Div();
        for (String key : FORMULAS) {
            text.add(new Paragraph(Texts.t(key)));
        }
        text.add(new Paragraph(Texts.t("audit.glance.how.groups", Analysis.SMALLEST_GROUP_SHOWN)));
        text.add(new Paragraph(Texts.t("audit.glance.how.precision")));
        if (analysis.tasks().isEmpty()) {
            text.add(new Paragraph(Texts.t("audit.glance.example.none")));
        } else {
            TaskAnalysis top = analysis.tasks().getFirst();
            text.add(new H4(Texts.t("audit.glance.example.title", top.label())), example(analysis, top, access));
        }
        Details details = new Details(Texts.t("audit.glance.how.title"), text);
        details.setId("how-we-calculate");
        details.addClassName("how-we-calculate");
        return details;
    }

    /** The top task's figures step by step, each as the grid writes it. */
    private static OrderedList example(Analysis analysis, TaskAnalysis task, TenantAccess access) {
        TenantFormat format = AuditUi.format(access);
        String minutes = format.number(BigDecimal.valueOf(task.minutesTotal()), 0);
        String days = format.number(BigDecimal.valueOf(analysis.workingDaysInWindow()), 0);
        String perMonth = format.number(BigDecimal.valueOf(analysis.workingDaysPerMonth()), 0);
        String hours = AuditUi.hours(access, task.monthlyHours());
        String suitability = format.number(task.suitability(), 4);
        OrderedList steps = new OrderedList();
        steps.setId("worked-example");
        steps.add(new ListItem(task.people() == null
                ? Texts.t("audit.glance.example.logged-in-groups", minutes, days, perMonth)
                : Texts.t("audit.glance.example.logged", minutes, Texts.count("audit.glance.example.people", task.people()), days, perMonth)));
        steps.add(new ListItem(Texts.t("audit.glance.example.hours", minutes, perMonth, days, hours)));
        steps.add(new ListItem(Texts.t("audit.glance.example.cost", format.money(task.monthlyCost()), format.money(task.hourlyCost()))));
        TraitAverages traits = task.traits();
        steps.add(new ListItem(traits == null ? Texts.t("audit.glance.example.not-rated")
                : Texts.t("audit.glance.example.suitability", format.number(traits.repetitive(), 2), format.number(traits.ruleBased(), 2),
                        format.number(traits.predictable(), 2), suitability, format.number(task.suitability(), 2))));
        steps.add(new ListItem(Texts.t("audit.glance.example.automatable-hours", hours, suitability,
                AuditUi.hours(access, task.automatableHoursPerMonth()))));
        steps.add(new ListItem(Texts.t("audit.glance.example.value", format.money(task.monthlyCost()), suitability,
                format.money(task.automatableValuePerMonth()))));
        return steps;
    }
}
