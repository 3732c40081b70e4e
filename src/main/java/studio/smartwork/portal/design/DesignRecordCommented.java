package studio.smartwork.portal.design;

import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Someone commented on a design record's own page, or replied there to a comment. Published
 * inside the tenant's transaction of the comment, so a listener's rows are kept only with it.
 *
 * @param parentAuthorId who wrote the comment this one replies to; null for a comment that is not a reply
 */
public record DesignRecordCommented(TenantId tenant, long recordId, int number, String title, long commentId, long authorId,
        @Nullable Long parentAuthorId) {

    public String reference() {
        return DesignRecordSummary.reference(number);
    }
}
