package studio.smartwork.portal.audit;

/** Whose export a file of time entries is, told from its header row (see {@link TrackerImports}). */
public enum SheetFormat {
    /** The portal's own CSV ({@link AuditImport#HEADER}), with occurrences and ratings. */
    PORTAL,
    /** Toggl Track's detailed report, CSV. */
    TOGGL,
    /** Clockify's detailed report, CSV. */
    CLOCKIFY,
    /** Kimai's timesheet export, CSV or XLSX. */
    KIMAI,
    /** Any other sheet with a header row; its columns are guessed from their names and confirmed by the person. */
    SHEET;

    public String textKey() {
        return "audit.import.format." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
