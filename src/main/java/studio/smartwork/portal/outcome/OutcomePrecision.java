package studio.smartwork.portal.outcome;

/**
 * How precisely outcome figures are shown: the dashboard, the exports and the API round to
 * these digits (with {@code TenantFormat}'s rounding), so the three give the same figure.
 */
public final class OutcomePrecision {

    /** Hours recovered: one decimal (12.5 h). */
    public static final int HOURS = 1;
    /** Median response time in seconds: one decimal (4.2 s). */
    public static final int RESPONSE_SECONDS = 1;
    /** Return on investment, as a percentage: whole percents (235 %). */
    public static final int ROI_PERCENT = 0;
    /** KPI attainment, as a percentage: whole percents (80 %). */
    public static final int ATTAINMENT_PERCENT = 0;

    private OutcomePrecision() {
    }
}
