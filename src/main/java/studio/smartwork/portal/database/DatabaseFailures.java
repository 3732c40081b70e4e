package studio.smartwork.portal.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure says about the database: whether it was out of reach (a restart, a failover, a
 * network fault — trying again in a moment helps), and, narrower, whether the connection a piece of
 * work held broke under it, so that a read may be tried once more on a fresh connection.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether the failure, or what caused it, is the database being out of reach rather than a fault of ours. */
    public static boolean unreachable(Throwable failure) {
        for (Throwable current = failure; current != null; current = causeOf(current)) {
            if (current instanceof CannotCreateTransactionException || current instanceof DataAccessResourceFailureException
                    || current instanceof TransientDataAccessException || current instanceof SQLTransientConnectionException
                    || brokenConnection(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is a connection that broke: the server went away under it (PostgreSQL's
     * driver says so with SQL states of class 08) or shut it down (57P01–57P03: a restart, a
     * failover, an administrator ending sessions). Not a pool that waited in vain for a connection:
     * that wait has already been spent, and trying again would only double it.
     */
    public static boolean connectionBroken(Throwable failure) {
        for (Throwable current = failure; current != null; current = causeOf(current)) {
            if (current instanceof SQLTransientConnectionException) {
                // The pool waited for a connection in vain (its cause says why: refused, say); not one that broke.
                return false;
            }
            if (brokenConnection(current)) {
                return true;
            }
        }
        return false;
    }

    private static boolean brokenConnection(Throwable failure) {
        if (failure instanceof SQLRecoverableException) {
            return true;
        }
        // HikariCP's word for a connection it has already found broken and closed under the work that held it
        // (its rollback, say, after the statement that broke): no SQL state, only this message.
        if (failure instanceof SQLException closed && closed.getSQLState() == null && "Connection is closed".equals(closed.getMessage())) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState().toUpperCase(Locale.ROOT);
            return state.startsWith("08") || state.startsWith("57P0");
        }
        return false;
    }

    private static Throwable causeOf(Throwable failure) {
        return failure.getCause() == failure ? null : failure.getCause();
    }
}
