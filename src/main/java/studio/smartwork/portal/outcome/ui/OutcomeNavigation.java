package studio.smartwork.portal.outcome.ui;

/** Addresses of the outcome pages below a tenant's {@code /t/{slug}/}. */
final class OutcomeNavigation {

    static final String DASHBOARD = "outcomes";
    static final String MEASUREMENTS = "outcomes/measurements";

    private OutcomeNavigation() {
    }

    static String dashboard(String slug) {
        return "t/" + slug + "/" + DASHBOARD;
    }

    static String measurements(String slug) {
        return "t/" + slug + "/" + MEASUREMENTS;
    }
}
