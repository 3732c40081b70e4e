package studio.smartwork.portal.integrations;

import java.util.Locale;

/** What a key lets an automation do through the HTTP API; a key carries at least one. */
public enum ApiKeyScope {
    INGEST_RUNS,
    INGEST_MEASUREMENTS,
    INGEST_TIME,
    READ_SAVINGS,
    READ_ANALYSIS;

    /** The key of the scope's short name among the portal's texts ("integrations.scope.ingest-runs"). */
    public String textKey() {
        return "integrations.scope." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The scope's name in the HTTP API and its description ("ingest_runs"). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The key of the sentence that says what the scope allows. */
    public String descriptionKey() {
        return textKey() + ".description";
    }
}
