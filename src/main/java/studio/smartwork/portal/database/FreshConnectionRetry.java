package studio.smartwork.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read that fails because its connection broke under it is tried once more on a fresh one; so is
 * a write that is idempotent, one that stores nothing twice however often it runs (a run event
 * carries its sender's id, and a repeat is left out).
 *
 * <p>After PostgreSQL restarts or fails over, every connection the pool holds is dead, and the pool
 * only finds out one connection at a time, as each is used — so without this, one page load in ten
 * would fail for as long as the pool took to use them all. The first broken connection is taken as
 * news that all of them are: the pool is told to replace every connection it holds, and the read
 * runs again, waiting (up to the pool's connection timeout) for the database to answer.
 *
 * <p>Any other write is never tried again here: one whose connection broke may or may not have been
 * committed, so the person is told to try again themselves, and {@link #renewIfBroken} makes sure
 * their second try finds fresh connections. And only the outermost piece of
 * work: inside a transaction that is already running, the failure belongs to that transaction's
 * owner.
 */
@Component
public class FreshConnectionRetry {

    private static final Logger log = LoggerFactory.getLogger(FreshConnectionRetry.class);
    private static final long RENEW_AT_MOST_EVERY_MILLIS = 1_000;

    /** A read to run, which may throw what the method it stands for throws. */
    @FunctionalInterface
    public interface Read<T> {
        T run() throws Throwable;
    }

    private final DataSource dataSource;
    private final AtomicLong lastRenewal = new AtomicLong();

    FreshConnectionRetry(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the read, and once more if its connection broke; {@code again} is the same read, ready to run a second time. */
    public <T> T once(Read<T> read, Read<T> again) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return read.run();
        }
        try {
            return read.run();
        } catch (Throwable failure) {
            if (!DatabaseFailures.connectionBroken(failure)) {
                throw failure;
            }
            log.warn("Work failed on a broken database connection ({}); the pool's connections are replaced and the work tried once more",
                    rootMessage(failure));
            renewConnections();
            return again.run();
        }
    }

    /** {@link #once(Read, Read)} for a read that can simply be run again and throws no checked exception. */
    public <T> T once(java.util.function.Supplier<T> read) {
        try {
            return once(read::get, read::get);
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** After a write failed: if its connection broke, the pool's others are as suspect and are replaced too. */
    public void renewIfBroken(RuntimeException failure) {
        if (DatabaseFailures.connectionBroken(failure)) {
            renewConnections();
        }
    }

    private void renewConnections() {
        long now = System.currentTimeMillis();
        long last = lastRenewal.get();
        // Many requests find their broken connections at the same moment; one renewal serves them all.
        if (now - last < RENEW_AT_MOST_EVERY_MILLIS || !lastRenewal.compareAndSet(last, now)) {
            return;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException notAPool) {
            log.debug("The data source is not a connection pool; nothing to renew", notAPool);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
