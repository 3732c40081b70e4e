package studio.smartwork.portal.database;

/**
 * An expected reason why a dump or a restore does not happen — a missing file, a database
 * that already holds data, a database out of reach — with a message for the person who ran
 * the command, saying what to do. The commands print it without a stack trace.
 */
public class BackupRefusal extends RuntimeException {

    public BackupRefusal(String message) {
        super(message);
    }

    public BackupRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
