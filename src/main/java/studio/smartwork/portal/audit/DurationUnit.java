package studio.smartwork.portal.audit;

/**
 * What a plain number in a sheet's duration column counts. Durations written as a clock
 * (1:30 or 01:30:00) are always hours, minutes and seconds.
 */
public enum DurationUnit {
    HOURS,
    MINUTES;

    public String textKey() {
        return "audit.import.unit." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
