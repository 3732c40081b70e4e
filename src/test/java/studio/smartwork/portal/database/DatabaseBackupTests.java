package studio.smartwork.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import studio.smartwork.portal.database.DumpManifest.Changeset;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.FreshClient;

/**
 * The embedded shape's backup: the test database (the demo clients and a fresh client of this
 * test) is dumped with the jar's {@code dump} command while the portal runs, restored with
 * {@code restore} into a second, fresh database on the same server, and every table holds, per
 * client, the same rows as the original; new rows get ids the dump has not used, the portal's
 * own role reads each client's rows there, and Liquibase finds nothing left to apply.
 */
@SpringBootTest
class DatabaseBackupTests {

    /** The totals the database keeps by triggers: restored as dumped, never counted a second time. */
    private static final List<String> DERIVED_TOTALS = List.of("audit_logged_day", "audit_task_person_total", "run_event_month");

    @Autowired
    ApplicationContext context;

    @Value("${portal.database.embedded.jdbc-url}")
    String url;

    @Value("${portal.database.embedded.data-directory}")
    String dataDirectory;

    @TempDir
    Path folder;

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsEveryClientsRowsAndNewRowsGetNewIds() throws Exception {
        FreshClient fresh = FreshClient.withPeople(context, "Backup");
        Path dump = folder.resolve("portal.dump.zip");
        Map<String, Map<String, String>> original = dumpWhileNothingChanges(dump);

        String restored = freshDatabase();
        Outcome outcome = command("restore", dump.toString(), "--spring.datasource.url=" + urlOf(restored),
                "--spring.liquibase.user=smartwork_owner", "--spring.liquibase.password=smartwork-owner");
        assertThat(outcome.status()).as(outcome.err()).isZero();
        assertThat(outcome.out()).contains("Restored", "acme", "brightsmile", fresh.slug(), "the tables were created");

        Map<String, Map<String, String>> copy = fingerprint(superuser(restored));
        assertThat(copy).isEqualTo(original);
        // Every client's rows are there, the demo clients' and this test's; the totals came over as they were.
        for (long tenant : List.of(DemoTenants.id(context, "acme").value(), DemoTenants.id(context, "brightsmile").value(),
                fresh.id().value())) {
            assertThat(copy.get("membership")).as("client %s", tenant).containsKey(String.valueOf(tenant));
        }
        String acme = String.valueOf(DemoTenants.id(context, "acme").value());
        assertThat(DERIVED_TOTALS).allSatisfy(t -> assertThat(copy.get(t)).as(t).containsKey(acme));

        assertNewRowsGetNewIds(superuser(restored));
        assertThePortalsRoleReadsEachClientsRows(restored, acme, copy.get("audit_campaign").get(acme));

        int applied = changesets(superuser(restored));
        DatabaseMigration.migrate(new String[] {"--spring.datasource.url=" + urlOf(restored), "--spring.liquibase.user=smartwork_owner",
                "--spring.liquibase.password=smartwork-owner", "--portal.mail.embedded.enabled=false"});
        assertThat(changesets(superuser(restored))).as("Liquibase accepts the restored record of changes").isEqualTo(applied);
    }

    /** The restore's check reads the jar's changelog without a database: it must find exactly what Liquibase applied. */
    @Test
    void thisPortalsChangesetsAreTheOnesLiquibaseApplied() {
        List<String> applied = JdbcClient.create(superuser("smartwork"))
                .sql("select author || ':' || id from databasechangelog order by orderexecuted").query(String.class).list();
        assertThat(PortalChangesets.ofThisPortal()).extracting(Changeset::key).containsExactlyElementsOf(applied);
    }

    @Test
    void aDatabaseThatHoldsDataIsNotRestoredInto() throws Exception {
        Path dump = folder.resolve("portal.dump.zip");
        dumpWhileNothingChanges(dump);
        String filled = freshDatabase();
        assertThat(command("restore", dump.toString(), "--spring.datasource.url=" + urlOf(filled),
                "--spring.liquibase.user=smartwork_owner", "--spring.liquibase.password=smartwork-owner").status()).isZero();
        Map<String, Map<String, String>> before = fingerprint(superuser(filled));

        Outcome again = command("restore", dump.toString(), "--spring.datasource.url=" + urlOf(filled));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("already holds data", "fresh database", "Nothing was changed").doesNotContain("Exception", "\tat ");
        assertThat(fingerprint(superuser(filled))).isEqualTo(before);

        // The running portal's own embedded directory: a restore wants the portal stopped and a new directory.
        Outcome intoRunning = command("restore", dump.toString(), "--portal.database.embedded.data-directory=" + dataDirectory);
        assertThat(intoRunning.status()).isEqualTo(1);
        assertThat(intoRunning.err()).contains("is running", "stop the portal first", "new data directory");
    }

    @Test
    void aDumpOfOtherDatabaseChangesIsRefusedBeforeTheTargetIsTouched() throws Exception {
        Path dump = folder.resolve("portal.dump.zip");
        dumpWhileNothingChanges(dump);
        String target = freshDatabase();

        Path newer = withManifest(dump, "newer.dump.zip", m -> withChangesets(m, append(m.changesets(),
                new Changeset("999-from-a-newer-portal", "smartwork", "db/changelog/features/999-from-a-newer-portal.sql"))));
        Outcome fromNewer = command("restore", newer.toString(), "--spring.datasource.url=" + urlOf(target),
                "--spring.liquibase.user=smartwork_owner", "--spring.liquibase.password=smartwork-owner");
        assertThat(fromNewer.status()).isEqualTo(1);
        assertThat(fromNewer.err()).contains("does not know the dump's changes smartwork:999-from-a-newer-portal",
                "Restore the dump with portal version", "smartwork:999-from-a-newer-portal", "Nothing was changed");

        Path older = withManifest(dump, "older.dump.zip",
                m -> withChangesets(m, m.changesets().subList(0, m.changesets().size() - 1)));
        Outcome fromOlder = command("restore", older.toString(), "--spring.datasource.url=" + urlOf(target),
                "--spring.liquibase.user=smartwork_owner", "--spring.liquibase.password=smartwork-owner");
        assertThat(fromOlder.status()).isEqualTo(1);
        String last = PortalChangesets.ofThisPortal().getLast().key();
        assertThat(fromOlder.err()).contains("lacks this portal's changes " + last, "then start this version on the restored database");

        assertThat(JdbcClient.create(superuser(target)).sql("select count(*) from pg_tables where schemaname = 'public'")
                .query(Integer.class).single()).as("no table was created").isZero();
    }

    @Test
    void expectedFailuresEndWithAMessageAndNoStackTrace() throws Exception {
        Outcome missing = command("restore", folder.resolve("nowhere.zip").toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no dump at", "nowhere.zip");

        Path cut = folder.resolve("cut.zip");
        Path whole = folder.resolve("whole.zip");
        dumpWhileNothingChanges(whole);
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Outcome damaged = command("restore", cut.toString(), "--spring.datasource.url=" + urlOf(freshDatabase()));
        assertThat(damaged.status()).isEqualTo(1);
        assertThat(damaged.err()).contains("is not a complete portal dump", "Nothing was changed");

        Outcome exists = command("dump", whole.toString(), "--portal.database.embedded.data-directory=" + dataDirectory);
        assertThat(exists.status()).isEqualTo(1);
        assertThat(exists.err()).contains("already exists");

        Outcome unreachable = command("dump", folder.resolve("never.zip").toString(),
                "--spring.datasource.url=jdbc:postgresql://localhost:1/smartwork");
        assertThat(unreachable.status()).isEqualTo(1);
        assertThat(unreachable.err()).contains("Could not reach the database at jdbc:postgresql://localhost:1/smartwork");

        Outcome heldByRowLevelSecurity = command("dump", folder.resolve("empty.zip").toString(), "--spring.datasource.url=" + url,
                "--portal.backup.username=smartwork_app", "--portal.backup.password=smartwork-app");
        assertThat(heldByRowLevelSecurity.status()).isEqualTo(1);
        assertThat(heldByRowLevelSecurity.err()).contains("smartwork_app", "row-level security", "superuser");
        assertThat(Files.exists(folder.resolve("empty.zip"))).isFalse();

        for (Outcome outcome : List.of(missing, damaged, exists, unreachable, heldByRowLevelSecurity)) {
            assertThat(outcome.err()).doesNotContain("Exception", "\tat ");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no unfinished dump is left behind").noneMatch(f -> f.endsWith(".partial"));
        }
    }

    /**
     * Dumps the running test database and returns its fingerprint as the dump holds it: the job queue's scheduler and
     * mail may write between two reads, so the dump counts only when the database read the same before and after it.
     */
    private Map<String, Map<String, String>> dumpWhileNothingChanges(Path dump) throws Exception {
        DataSource source = superuser("smartwork");
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, Map<String, String>> before = fingerprint(source);
            Outcome outcome = command("dump", dump.toString(), "--portal.database.embedded.data-directory=" + dataDirectory);
            assertThat(outcome.status()).as(outcome.err()).isZero();
            assertThat(outcome.out()).contains("Dumped", "the running portal's");
            if (fingerprint(source).equals(before)) {
                return before;
            }
            Files.delete(dump);
            Thread.sleep(200);
        }
        throw new AssertionError("the test database kept changing while it was dumped");
    }

    /** Per table and per client (or "all" for a table without tenant_id): row count and an md5 of the rows in order. */
    private static Map<String, Map<String, String>> fingerprint(DataSource database) throws SQLException {
        Map<String, Map<String, String>> tables = new TreeMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, List<String>> table : DatabaseDump.tablesAndColumns(connection).entrySet()) {
                String group = table.getValue().contains("tenant_id") ? "t.tenant_id::text" : "'all'";
                Map<String, String> byTenant = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery("select " + group + ", count(*), md5(string_agg(t::text, E'\\n' order by t::text)) "
                        + "from " + DatabaseDump.qualified(table.getKey()) + " t group by 1")) {
                    while (rows.next()) {
                        byTenant.put(rows.getString(1), rows.getLong(2) + " rows, md5 " + rows.getString(3));
                    }
                }
                tables.put(table.getKey(), byTenant);
            }
        }
        return tables;
    }

    /** Every identity column's sequence hands out a number above the highest restored id, and a new row is taken. */
    private static void assertNewRowsGetNewIds(DataSource restored) {
        JdbcClient jdbc = JdbcClient.create(restored);
        List<Map<String, Object>> identities = jdbc.sql("""
                select c.relname as table_name, a.attname as column_name
                from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and a.attidentity <> '' and c.relkind = 'r'
                """).query().listOfRows();
        assertThat(identities).hasSizeGreaterThan(20);
        for (Map<String, Object> identity : identities) {
            String table = DatabaseDump.qualified((String) identity.get("table_name"));
            String column = DatabaseDump.quoted((String) identity.get("column_name"));
            Long highest = jdbc.sql("select max(" + column + ") from " + table).query(Long.class).optional().orElse(null);
            long next = jdbc.sql("select nextval(pg_get_serial_sequence(?, ?))").params(table, identity.get("column_name"))
                    .query(Long.class).single();
            if (highest != null) {
                assertThat(next).as("%s.%s", table, column).isGreaterThan(highest);
            }
        }
        long newTenant = jdbc.sql("insert into tenant (name, slug, locale, time_zone, default_hourly_cost) "
                + "values ('After the restore', 'after-the-restore', 'en-IE', 'Europe/Dublin', 40) returning id").query(Long.class).single();
        assertThat(newTenant).isGreaterThan(jdbc.sql("select max(id) from tenant where slug <> 'after-the-restore'").query(Long.class).single());
    }

    /** The grants came from the fresh database's defaults: the portal's role, held by row-level security, reads a client's rows. */
    private void assertThePortalsRoleReadsEachClientsRows(String database, String tenant, String campaigns) throws SQLException {
        try (Connection app = new DriverManagerDataSource(urlOf(database), "smartwork_app", "smartwork-app").getConnection();
                Statement statement = app.createStatement()) {
            app.setAutoCommit(false);
            try (ResultSet none = statement.executeQuery("select count(*) from audit_campaign")) {
                none.next();
                assertThat(none.getLong(1)).as("no client chosen, no rows").isZero();
            }
            statement.execute("select set_config('app.tenant_id', '" + tenant + "', true)");
            try (ResultSet rows = statement.executeQuery("select count(*) from audit_campaign")) {
                rows.next();
                assertThat(campaigns).startsWith(rows.getLong(1) + " rows");
            }
            app.rollback();
        }
    }

    private static int changesets(DataSource database) {
        return JdbcClient.create(database).sql("select count(*) from databasechangelog").query(Integer.class).single();
    }

    /** A new empty database prepared as deploy/postgres/init-roles.sql prepares one: owned by smartwork_owner, same grants. */
    private String freshDatabase() throws IOException {
        String name = "restore_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcClient.create(superuser("postgres")).sql("create database " + name + " owner smartwork_owner").update();
        String script = Files.readString(Path.of("deploy/postgres/init-roles.sql"));
        JdbcClient target = JdbcClient.create(superuser(name));
        for (String statement : script.substring(script.indexOf("\\connect smartwork") + "\\connect smartwork".length()).split(";")) {
            String sql = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + " " + b).trim();
            if (!sql.isEmpty()) {
                target.sql(sql.replace("on database smartwork", "on database " + name)).update();
            }
        }
        return name;
    }

    private DataSource superuser(String database) {
        return new DriverManagerDataSource(urlOf(database), "postgres", "");
    }

    private String urlOf(String database) {
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private Path withManifest(Path dump, String name, UnaryOperator<DumpManifest> change) throws IOException {
        Path changed = folder.resolve(name);
        try (ZipFile zip = new ZipFile(dump.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(DumpManifest.ENTRY)) {
                        change.apply(DumpManifest.read(in)).write(out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return changed;
    }

    private static DumpManifest withChangesets(DumpManifest m, List<Changeset> changesets) {
        return new DumpManifest(m.format(), m.takenAt(), m.portalVersion(), m.postgresVersion(), changesets, m.tables(), m.sequences(),
                m.tenants());
    }

    private static List<Changeset> append(List<Changeset> changesets, Changeset more) {
        List<Changeset> all = new ArrayList<>(changesets);
        all.add(more);
        return all;
    }

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DatabaseBackupCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
