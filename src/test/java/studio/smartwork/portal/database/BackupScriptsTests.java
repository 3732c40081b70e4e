package studio.smartwork.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose shape of scripts/db-dump.sh and scripts/db-restore.sh, run against a stand-in
 * {@code docker} that records what it is asked and answers as the compose postgres service
 * would: the commands it runs in the container, what reaches pg_restore, and the refusals.
 * (The embedded shape is the jar's own commands, which {@link DatabaseBackupTests} runs.)
 */
class BackupScriptsTests {

    @TempDir
    Path folder;

    Path calls;

    Path restored;

    @BeforeEach
    void standInDocker() throws IOException {
        calls = folder.resolve("calls.txt");
        restored = folder.resolve("restored.bin");
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path docker = bin.resolve("docker");
        // Each call: its arguments one a line, then a line "--". What a command in the container reads is kept.
        Files.writeString(docker, """
                #!/usr/bin/env bash
                printf '%s\\n' "$@" >>"$CALLS"; echo -- >>"$CALLS"
                all="$*"
                case "$all" in
                  *"ps --status running --services"*) printf '%s' "${RUNNING:-}" ;;
                  *pg_dump*) printf 'PGDMP pretend custom-format dump' ;;
                  *pg_restore*) cat >"$RESTORED" ;;
                  *"-tA"*) echo "${TABLES:-0}" ;;
                  *psql*) cat >>"$RESTORED.psql" ;;
                esac
                """);
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void composeDumpRunsPgDumpAsThePostgresSuperuserInItsContainer() throws Exception {
        Path dump = folder.resolve("nightly.pgdump");
        Run run = run(Map.of(), "scripts/db-dump.sh", "--compose", dump.toString());
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(Files.readString(dump)).isEqualTo("PGDMP pretend custom-format dump");
        assertThat(calls()).singleElement().satisfies(call -> {
            assertThat(call.subList(0, 4)).containsExactly("compose", "exec", "-T", "postgres");
            assertThat(String.join(" ", call)).contains("PGPASSWORD=\"$POSTGRES_PASSWORD\" pg_dump -U postgres -Fc smartwork");
        });

        Run again = run(Map.of(), "scripts/db-dump.sh", "--compose", dump.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.output()).contains("already exists");
        assertThat(calls()).as("docker was not asked again").hasSize(1);
    }

    @Test
    void composeRestoreGoesIntoAnEmptyDatabaseInOneTransaction() throws Exception {
        Path dump = folder.resolve("nightly.pgdump");
        Files.writeString(dump, "PGDMP the dump's bytes");
        Run run = run(Map.of("TABLES", "0"), "scripts/db-restore.sh", "--compose", dump.toString());
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(Files.readString(restored)).isEqualTo("PGDMP the dump's bytes");
        assertThat(String.join(" ", calls().getLast()))
                .contains("exec -T postgres", "pg_restore -U postgres -d smartwork --single-transaction --exit-on-error");
    }

    @Test
    void composeRestoreRefusesADatabaseWithTablesOrARunningPortal() throws Exception {
        Path dump = folder.resolve("nightly.pgdump");
        Files.writeString(dump, "PGDMP");
        Run filled = run(Map.of("TABLES", "49"), "scripts/db-restore.sh", "--compose", dump.toString());
        assertThat(filled.status()).isEqualTo(1);
        assertThat(filled.output()).contains("already holds 49 tables", "--set-aside-current");
        Run running = run(Map.of("RUNNING", "postgres\nportal\n"), "scripts/db-restore.sh", "--compose", dump.toString());
        assertThat(running.status()).isEqualTo(1);
        assertThat(running.output()).contains("The portal is running", "docker compose stop portal");
        assertThat(calls()).noneMatch(call -> String.join(" ", call).contains("pg_restore"));
        assertThat(restored).doesNotExist();

        Run missing = run(Map.of(), "scripts/db-restore.sh", "--compose", folder.resolve("nowhere.pgdump").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.output()).contains("There is no dump at");
    }

    /** The current database is renamed, never dropped, and the new one gets the grants of deploy/postgres/init-roles.sql. */
    @Test
    void composeRestoreCanSetTheCurrentDatabaseAside() throws Exception {
        Path dump = folder.resolve("nightly.pgdump");
        Files.writeString(dump, "PGDMP");
        Run run = run(Map.of("TABLES", "0"), "scripts/db-restore.sh", "--compose", dump.toString(), "--set-aside-current");
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("kept as smartwork_before_\\d{14}");
        List<String> all = calls().stream().map(c -> String.join(" ", c)).toList();
        assertThat(all).anySatisfy(c -> assertThat(c).containsPattern("alter database smartwork rename to smartwork_before_\\d{14}")
                .contains("create database smartwork owner smartwork_owner"));
        assertThat(all).noneMatch(c -> c.contains("drop database"));
        assertThat(Files.readString(Path.of(restored + ".psql")))
                .startsWith("\\connect smartwork")
                .contains("grant usage on schema public to smartwork_app", "alter default privileges for role smartwork_owner");
        assertThat(Files.readString(restored)).isEqualTo("PGDMP");
    }

    @Test
    void composeRunsThePostgresImageTheScriptsExpect() throws IOException {
        String compose = Files.readString(Path.of("docker-compose.yml"));
        // pg_dump and pg_restore come from the service's image: the same PostgreSQL 18 as the server they talk to.
        assertThat(compose).containsPattern("(?m)^  postgres:\\n    image: postgres:18\\.\\d+").contains("POSTGRES_PASSWORD:");
    }

    private Run run(Map<String, String> answers, String... command) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("PATH", folder.resolve("bin") + ":" + System.getenv("PATH"));
        process.environment().put("CALLS", calls.toString());
        process.environment().put("RESTORED", restored.toString());
        process.environment().putAll(answers);
        Process started = process.start();
        started.getOutputStream().close();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(started.exitValue(), output);
    }

    private List<List<String>> calls() throws IOException {
        List<List<String>> all = new ArrayList<>();
        if (!Files.exists(calls)) {
            return all;
        }
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(calls)) {
            if (line.equals("--")) {
                // Whether the portal runs is asked every time; the calls that matter are the others.
                if (!(current.size() > 1 && current.get(1).equals("ps"))) {
                    all.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return all;
    }

    private record Run(int status, String output) {
    }
}
