package studio.smartwork.portal.shared.ui;

import java.security.SecureRandom;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

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
        FailureReference reference = new FailureReference(id.toString(), databaseUnreachable(failure));
        log.error("{} [reference {}{}]", where, reference.id(), reference.databaseUnreachable() ? ", database unreachable" : "", failure);
        return reference;
    }

    /** Whether the failure, or what caused it, is the database being out of reach rather than a fault of ours. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException
                    || current instanceof TransientDataAccessException || current instanceof SQLTransientConnectionException
                    || current instanceof SQLRecoverableException) {
                return true;
            }
            // PostgreSQL's driver says "connection" problems with SQL states of class 08, and "the
            // administrator shut the server down" (a restart) with 57P01–57P03.
            if (current instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState().toUpperCase(Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }
}
