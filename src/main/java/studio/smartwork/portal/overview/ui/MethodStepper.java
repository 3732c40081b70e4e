package studio.smartwork.portal.overview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import studio.smartwork.portal.portfolio.PortfolioRow.Phase;
import studio.smartwork.portal.portfolio.PortfolioRow.StepState;

/**
 * A client's place on the method's three steps (time audit, solution design, outcome
 * measurement), each done, current or next, and what comes next; from the portfolio's phase rule.
 */
class MethodStepper extends Div {

    MethodStepper(Phase phase) {
        setId("method-stepper");
        addClassName("overview-card");
        add(new H3(getTranslation("portfolio.method.title")));
        OrderedList steps = new OrderedList();
        steps.addClassName("method-steps");
        for (Phase step : Phase.STEPS) {
            StepState state = phase.stateOf(step);
            ListItem item = new ListItem(getTranslation("portfolio.method.step.label", getTranslation(step.textKey()),
                    getTranslation(state.textKey())));
            item.addClassName("method-step-" + state.name().toLowerCase(java.util.Locale.ROOT));
            if (state == StepState.CURRENT) {
                item.getElement().setAttribute("aria-current", "step");
            }
            steps.add(item);
        }
        Paragraph next = new Paragraph(getTranslation(phase.nextKey()));
        next.setId("method-next");
        add(steps, next);
    }
}
