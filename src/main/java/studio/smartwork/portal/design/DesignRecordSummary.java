package studio.smartwork.portal.design;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A design record as lists show it. {@code reference} is "SDR-n". */
public record DesignRecordSummary(
        long id,
        int number,
        String title,
        SolutionType solutionType,
        DesignStatus status,
        int currentRevision,
        @Nullable Integer approvedRevision,
        @Nullable LocalDate liveSince,
        @Nullable Integer improvesNumber,
        Instant updatedAt) {

    public String reference() {
        return reference(number);
    }

    /** How people refer to the record of this number, in every language: "SDR-12". */
    public static String reference(int number) {
        return "SDR-" + number;
    }

    /** True when the content shown is not the revision the executive approved. */
    public boolean awaitsApproval() {
        return approvedRevision == null || approvedRevision != currentRevision;
    }
}
