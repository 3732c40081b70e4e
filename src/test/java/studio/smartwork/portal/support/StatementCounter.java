package studio.smartwork.portal.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a piece of work sends, for tests that a page asks the same number
 * of questions however many items it shows. Imported by such a test class, it wraps the
 * application's DataSource; every statement prepared or created on a connection by the counting
 * thread is counted (JPA's and the JdbcClient's alike), other threads' (jobs, mail) are not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** How many statements {@code work} sent from this thread. */
    public static int count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** What {@code work} gave, with the number of statements it sent from this thread. */
    public static <T> Counted<T> counted(Supplier<T> work) {
        int[] count = {0};
        COUNTING.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNTING.remove();
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
            }
        };
    }

    /** The application's DataSource, handing out connections that count. */
    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                int[] count = COUNTING.get();
                if (count != null && STATEMENTS.contains(method.getName())) {
                    count[0]++;
                }
                return call(connection, method, args);
            };
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static Object call(Connection connection, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }
}
