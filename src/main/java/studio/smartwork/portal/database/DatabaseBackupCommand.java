package studio.smartwork.portal.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar smartwork-portal.jar dump <file>} and {@code ... restore <file>}: the
 * embedded and hand-run shapes' backup (docs/operations/backups.md). Which database is read
 * the portal's own settings say, so the commands take the same {@code --name=value} arguments
 * and environment variables as the portal:
 * <ul>
 * <li>Embedded (no {@code SPRING_DATASOURCE_URL}): the data directory
 * ({@code PORTAL_DATA_DIRECTORY}, default .data/postgres). A dump reads it while the portal
 * runs (through the port in its postmaster.pid) or, with the portal stopped, starts the
 * embedded server on it for the dump and stops it after. A restore needs the portal stopped
 * and a directory without data: a new one is created with the portal's roles.</li>
 * <li>External ({@code SPRING_DATASOURCE_URL}): a superuser given by
 * {@code PORTAL_BACKUP_USERNAME} (default postgres) and {@code PORTAL_BACKUP_PASSWORD}; a
 * restore creates the schema as the owner given by {@code SPRING_LIQUIBASE_USER} and
 * {@code SPRING_LIQUIBASE_PASSWORD}, as the {@code migrate} command does.</li>
 * </ul>
 * An expected failure (no file, a database with data, one out of reach) ends with a message
 * and exit status 1, without a stack trace.
 */
public final class DatabaseBackupCommand {

    private DatabaseBackupCommand() {
    }

    public static boolean handles(String command) {
        return DatabaseDump.COMMAND.equals(command) || DatabaseRestore.COMMAND.equals(command);
    }

    /** Runs {@code dump} or {@code restore} from the command line and ends the JVM, which stops an embedded server it started. */
    public static void main(String[] args) {
        List<String> quiet = new ArrayList<>(List.of(args));
        // Only the outcome matters on a terminal; Spring's and PostgreSQL's start-up lines would bury it.
        quiet.add("--logging.level.root=warn");
        System.exit(run(quiet.toArray(String[]::new), System.out, System.err));
    }

    /** {@code args}: the command, the dump file, then the portal's {@code --name=value} settings. Returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        List<String> settings = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String arg : List.of(args).subList(1, args.length)) {
            (arg.startsWith("--") ? settings : files).add(arg);
        }
        if (files.size() != 1) {
            err.println("Usage: java -jar smartwork-portal.jar " + command + " <file> [--name=value ...]");
            return 2;
        }
        Path file = Path.of(files.getFirst()).toAbsolutePath();
        try {
            if (command.equals(DatabaseDump.COMMAND)) {
                dump(file, settings, out);
            } else {
                restore(file, settings, out);
            }
            return 0;
        } catch (BackupRefusal refusal) {
            err.println(refusal.getMessage());
            return 1;
        }
    }

    private static void dump(Path file, List<String> settings, PrintStream out) {
        Database database = Database.locate(settings, false);
        try (Connection connection = database.superuser()) {
            DumpManifest dump = DatabaseDump.write(connection, file);
            out.printf("Dumped %s: %d tables, %d rows, %d sequences, %d clients (%s), as it was at %s, to %s (%d bytes).%n",
                    database.description(), dump.tables().size(), dump.rows(), dump.sequences().size(), dump.tenants().size(),
                    String.join(", ", dump.tenants().stream().map(DumpManifest.Tenant::slug).toList()), dump.takenAt(), file,
                    Files.size(file));
        } catch (SQLException e) {
            throw new BackupRefusal("The dump failed, and no file was written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BackupRefusal("Could not write the dump to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void restore(Path file, List<String> settings, PrintStream out) {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefusal("There is no dump at " + file + ".");
        }
        Database database = Database.locate(settings, true);
        try (Connection connection = database.superuser()) {
            DatabaseRestore.Restored restored = DatabaseRestore.restore(file, connection, database::createSchema);
            DumpManifest dump = restored.manifest();
            out.printf("Restored %s from %s, as it was at %s: %d tables, %d rows, %d sequences, %d clients (%s)%s.%n",
                    database.description(), file, dump.takenAt(), dump.tables().size(), dump.rows(), dump.sequences().size(),
                    dump.tenants().size(), String.join(", ", dump.tenants().stream().map(DumpManifest.Tenant::slug).toList()),
                    restored.schemaCreated() ? "; the tables were created by this portal's database changes first" : "");
        } catch (SQLException e) {
            throw new BackupRefusal("The restore failed and wrote no rows (" + e.getMessage() + "). If the target had no tables, it "
                    + "now holds the portal's empty tables: running the restore again uses them.", e);
        } catch (IOException e) {
            throw new BackupRefusal("Could not read the dump " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where the portal's database is, as its settings say, and how to reach it past row-level security. */
    private record Database(String url, String user, String password, String owner, String ownerPassword, String description,
            List<String> logging) {

        static Database locate(List<String> settings, boolean forRestore) {
            ConfigurableEnvironment environment = portalSettings(settings);
            List<String> logging = settings.stream().filter(s -> s.startsWith("--logging.")).toList();
            String url = environment.getProperty("spring.datasource.url");
            if (StringUtils.hasText(url)) {
                return new Database(url, environment.getProperty("portal.backup.username", "postgres"),
                        environment.getProperty("portal.backup.password", ""),
                        environment.getProperty("spring.liquibase.user", environment.getProperty("spring.datasource.username", "")),
                        environment.getProperty("spring.liquibase.password", environment.getProperty("spring.datasource.password", "")),
                        "the database at " + url, logging);
            }
            Path directory = Path.of(environment.getProperty("portal.database.embedded.data-directory", ".data/postgres")).toAbsolutePath();
            Integer runningPort = runningServerPort(directory);
            if (runningPort != null) {
                if (forRestore) {
                    throw new BackupRefusal("The embedded PostgreSQL in " + directory + " is running (port " + runningPort + "): stop the "
                            + "portal first. A restore goes into a new data directory: give one with "
                            + "--portal.database.embedded.data-directory (or PORTAL_DATA_DIRECTORY), then start the portal on it.");
                }
                return new Database(embeddedUrl(runningPort), "postgres", "", "", "",
                        "the embedded database in " + directory + " (the running portal's, port " + runningPort + ")", logging);
            }
            if (!forRestore && !Files.isRegularFile(directory.resolve("PG_VERSION"))) {
                throw new BackupRefusal("There is no embedded database in " + directory + ": nothing to dump. Give the portal's data "
                        + "directory with --portal.database.embedded.data-directory (or PORTAL_DATA_DIRECTORY).");
            }
            startEmbedded(environment);
            return new Database(environment.getProperty("portal.database.embedded.jdbc-url"), "postgres", "",
                    environment.getProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"),
                    "the embedded database in " + directory, logging);
        }

        Connection superuser() {
            Properties properties = new Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("connectTimeout", "10");
            try {
                return DriverManager.getConnection(url, properties);
            } catch (SQLException e) {
                throw new BackupRefusal("Could not reach " + description + " as " + user + ": " + e.getMessage(), e);
            }
        }

        void createSchema() {
            if (!StringUtils.hasText(owner)) {
                throw new BackupRefusal("The target database has no tables yet, and the tables' owner is not given: set "
                        + "SPRING_LIQUIBASE_USER and SPRING_LIQUIBASE_PASSWORD (as for the migrate command). Nothing was changed.");
            }
            List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.liquibase.url=" + url,
                    "--spring.liquibase.user=" + owner, "--spring.liquibase.password=" + ownerPassword,
                    "--portal.mail.embedded.enabled=false", "--spring.main.banner-mode=off"));
            args.addAll(logging);
            DatabaseMigration.migrate(args.toArray(String[]::new));
        }

        /** The port of the embedded server that holds {@code directory}, if one answers there. */
        private static Integer runningServerPort(Path directory) {
            Path pidFile = directory.resolve("postmaster.pid");
            List<String> lines;
            try {
                lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.UTF_8) : List.of();
            } catch (IOException e) {
                return null;
            }
            if (lines.size() < 4 || !lines.get(3).trim().matches("\\d+")) {
                return null;
            }
            int port = Integer.parseInt(lines.get(3).trim());
            // A server that crashed leaves its postmaster.pid behind; only one that answers is running.
            Properties properties = new Properties();
            properties.setProperty("user", "postgres");
            properties.setProperty("connectTimeout", "5");
            try (Connection probe = DriverManager.getConnection(embeddedUrl(port), properties)) {
                return port;
            } catch (SQLException e) {
                return null;
            }
        }

        private static String embeddedUrl(int port) {
            return "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresEnvironment.DATABASE;
        }

        /** Starts the embedded server on the data directory as the portal would; it stops when the JVM ends. */
        private static void startEmbedded(ConfigurableEnvironment environment) {
            environment.getPropertySources().addFirst(new MapPropertySource("backupStartsEmbedded",
                    Map.of("portal.database.embedded.enabled", true, "portal.database.embedded.clean", false)));
            try {
                new EmbeddedPostgresEnvironment(new DeferredLogs()).postProcessEnvironment(environment, new SpringApplication());
            } catch (RuntimeException e) {
                throw new BackupRefusal("Could not start the embedded PostgreSQL on "
                        + environment.getProperty("portal.database.embedded.data-directory") + ": " + rootMessage(e)
                        + ". Is another process using that directory?", e);
            }
        }

        /** The portal's settings (application.properties, environment, arguments) without starting anything of the portal. */
        private static ConfigurableEnvironment portalSettings(List<String> settings) {
            List<String> args = new ArrayList<>(settings);
            // This command decides itself whether and where an embedded server starts; no mail server is needed.
            args.add("--portal.database.embedded.enabled=false");
            args.add("--portal.mail.embedded.enabled=false");
            SpringApplication application = new SpringApplication(NothingToStart.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
            application.setLogStartupInfo(false);
            try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
                return context.getEnvironment();
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NothingToStart {
    }
}
