package studio.smartwork.portal.design;

import java.time.Instant;

/**
 * A template of the consultancy's library at one version: its current one in lists, an older one
 * in its history. A retired template is kept, with its versions, but no longer offered.
 *
 * @param changedBy who wrote this version; empty for the built-in versions the portal came with
 */
public record DesignTemplate(long id, int version, DesignTemplateContent content, boolean retired, String changedBy,
        Instant changedAt) {

    /** The template version a design record was started from. */
    public record Origin(long templateId, int version) {
    }

    public Origin origin() {
        return new Origin(id, version);
    }

    public SolutionType solutionType() {
        return content.solutionType();
    }
}
