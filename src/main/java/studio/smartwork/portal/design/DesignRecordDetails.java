package studio.smartwork.portal.design;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Everything the page of one design record shows. */
public record DesignRecordDetails(
        DesignRecordSummary summary,
        DesignContent content,
        List<CandidateFacts> candidates,
        List<Revision> revisions,
        List<Review> reviews,
        List<Comment> comments) {

    public record Revision(int revision, String author, Instant createdAt) {
    }

    public record Review(int revision, boolean approved, String comment, String decidedBy, Instant decidedAt) {
    }

    public record Comment(long id, @Nullable Long parentId, String author, String body, Instant createdAt) {
    }
}
