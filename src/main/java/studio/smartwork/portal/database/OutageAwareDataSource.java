package studio.smartwork.portal.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, told apart in its two states: while the database answers, a request waits
 * up to the pool's whole connection timeout for a connection (8 s: long enough for a restart or a
 * failover of a few seconds to pass unnoticed, as the pool reconnects with a backoff of up to 5 s);
 * once a wait has run out, the database is taken to be down and every later request waits a
 * quarter of a second at most, so a page says "try again in a moment" at once instead of after one
 * full wait for each thing it reads. The first connection the pool hands out again ends the outage.
 */
final class OutageAwareDataSource extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(OutageAwareDataSource.class);
    /** The shortest wait the pool accepts. */
    private static final long WAIT_WHILE_DOWN_MILLIS = 250;

    private final HikariDataSource pool;
    private volatile boolean knownDown;

    OutageAwareDataSource(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        HikariPool started = (HikariPool) pool.getHikariPoolMXBean();
        if (!knownDown || started == null) {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (!knownDown) {
                    knownDown = true;
                    log.warn("The database gave no connection within {} ms; until it does, requests wait {} ms at most",
                            pool.getConnectionTimeout(), WAIT_WHILE_DOWN_MILLIS);
                }
                throw timedOut;
            }
        }
        Connection connection = started.getConnection(WAIT_WHILE_DOWN_MILLIS);
        if (knownDown) {
            knownDown = false;
            log.info("The database gives connections again");
        }
        return connection;
    }

    /** Whether the last wait for a connection ran out and none has been handed out since. */
    boolean knownDown() {
        return knownDown;
    }

    @Configuration(proxyBeanMethods = false)
    static class Wrapping {

        @Bean
        static BeanPostProcessor outageAwarePool() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof HikariDataSource pool ? new OutageAwareDataSource(pool) : bean;
                }
            };
        }
    }
}
