package studio.smartwork.portal.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL of a test run, restarted, stopped and started from outside as an
 * operator's restart or a failover does it, with its own {@code pg_ctl}, and its sessions ended as
 * an administrator ends them. The server keeps its data directory and port, so the portal's pool
 * points at the same address throughout.
 */
final class EmbeddedPostgresControl {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDirectory;
    private final Path bin;
    private final int port;
    private final List<String> serverOptions;
    private final Path log;

    EmbeddedPostgresControl(Path dataDirectory) throws IOException {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        List<String> pidFile = Files.readAllLines(this.dataDirectory.resolve("postmaster.pid"));
        long pid = Long.parseLong(pidFile.get(0).strip());
        this.port = Integer.parseInt(pidFile.get(3).strip());
        // The binaries the test run unpacked: where the running server's program is.
        this.bin = Path.of("/proc/" + pid + "/exe").toRealPath().getParent();
        this.serverOptions = optionsOf(Files.readString(this.dataDirectory.resolve("postmaster.opts")), this.dataDirectory);
        this.log = this.dataDirectory.resolveSibling(this.dataDirectory.getFileName() + "-server.log");
    }

    int port() {
        return port;
    }

    void stop() {
        pgCtl("-m", "fast", "stop");
    }

    void start() {
        pgCtl("-l", log.toString(), "-o", String.join(" ", serverOptions), "start");
    }

    /** Ends every session of the portal's role, as {@code pg_terminate_backend} by an administrator; returns how many. */
    int endPortalSessions() throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement statement = admin.createStatement();
                ResultSet ended = statement.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) from pg_stat_activity"
                        + " where usename = 'smartwork_app' and pid <> pg_backend_pid()")) {
            ended.next();
            return ended.getInt(1);
        }
    }

    private Duration pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; in a user namespace of its own it is not root (as the embedded server starts).
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-w", "-t", "60"));
        command.addAll(List.of(arguments));
        long started = System.nanoTime();
        try {
            Path output = Files.createTempFile("pg_ctl", ".out");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed: "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(output);
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's own options from postmaster.opts (port, settings), without its program and data directory. */
    private static List<String> optionsOf(String postmasterOpts, Path dataDirectory) {
        List<String> words = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(postmasterOpts);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-D")) {
                i++;
            } else if (!Path.of(word).isAbsolute() || !word.endsWith("postgres")) {
                options.add(word.contains(" ") || word.contains("=") ? "'" + word + "'" : word);
            }
        }
        return options;
    }
}
