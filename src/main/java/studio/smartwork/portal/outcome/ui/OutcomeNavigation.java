package studio.smartwork.portal.outcome.ui;

import studio.smartwork.portal.shell.ShellNavigation;

/** The outcome pages below a tenant's {@code /t/{slug}/}, by their view classes. */
final class OutcomeNavigation {

    static final String DASHBOARD = "outcomes";
    static final String MEASUREMENTS = "outcomes/measurements";

    private OutcomeNavigation() {
    }

    static String dashboardUrl(String slug) {
        return ShellNavigation.url(OutcomeDashboardView.class, ShellNavigation.inTenant(slug));
    }

    static void toMeasurements(String slug) {
        ShellNavigation.to(OutcomeMeasurementsView.class, ShellNavigation.inTenant(slug));
    }
}
