package studio.smartwork.portal.design.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import studio.smartwork.portal.shared.ui.AddressParameters;
import studio.smartwork.portal.shell.ShellNavigation;

/** The design record pages, by their view classes and the parameters of their addresses. */
final class DesignNavigation {

    static final String NUMBER_PARAMETER = "number";

    private DesignNavigation() {
    }

    static RouteParameters record(String slug, int number) {
        return ShellNavigation.inTenant(slug, NUMBER_PARAMETER, Integer.toString(number));
    }

    static void toRecord(String slug, int number) {
        ShellNavigation.to(DesignRecordView.class, record(slug, number));
    }

    static void toEditor(String slug, int number) {
        ShellNavigation.to(DesignEditorView.class, record(slug, number));
    }

    /** A live or retired solution's alert history (outcome's page, which builds on design: so by its address). */
    static String alertHistoryPath(String slug, long recordId) {
        return ShellNavigation.solutionAlertsPath(slug, recordId);
    }

    /** The record's number in the address; anything that is not a record's number is not found. */
    static int number(BeforeEnterEvent event) {
        return AddressParameters.smallNumber(event, NUMBER_PARAMETER);
    }
}
