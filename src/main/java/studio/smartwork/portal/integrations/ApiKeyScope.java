package studio.smartwork.portal.integrations;

import java.util.Locale;
import studio.smartwork.portal.identity.TenantRole;

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

    /**
     * Whether a person of this role may give a key this scope. A key acts for its creator
     * (decision 0101), so it is only offered what they can do themselves: executives read the
     * savings; sending runs, measurements and time, and reading a campaign's analysis, are the
     * consultancy's.
     */
    public boolean grantableBy(TenantRole role) {
        return this == READ_SAVINGS ? role.managesPeople() : role.isConsultancy();
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
