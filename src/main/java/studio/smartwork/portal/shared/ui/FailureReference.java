package studio.smartwork.portal.shared.ui;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.smartwork.portal.database.DatabaseFailures;

/**
 * An unexpected failure as a person is told of it: a short reference they can quote, written
 * to the log with the whole failure, and whether it was the database that could not be reached
 * (a restart or a failover: trying again in a moment helps) or anything else.
 */
public record FailureReference(String id, boolean databaseUnreachable) {

    private static final Logger log = LoggerFactory.getLogger(FailureReference.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    // No 0/O or 1/I/L: a reference is read out over the phone.
    private static final String LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** Logs the failure with a new reference and says what kind it was. */
    public static FailureReference logged(String where, Throwable failure) {
        StringBuilder id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        FailureReference reference = new FailureReference(id.toString(), DatabaseFailures.unreachable(failure));
        log.error("{} [reference {}{}]", where, reference.id(), reference.databaseUnreachable() ? ", database unreachable" : "", failure);
        return reference;
    }
}
