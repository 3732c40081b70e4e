package studio.smartwork.portal.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import studio.smartwork.portal.database.DumpManifest.Changeset;
import studio.smartwork.portal.database.DumpManifest.SequencePosition;
import studio.smartwork.portal.database.DumpManifest.Table;
import studio.smartwork.portal.database.DumpManifest.Tenant;

/**
 * Writes every table of the portal's schema — the clients' data, the derived totals, the job
 * queue and Liquibase's record of applied changes — and every sequence's position into one
 * zip file, as one consistent snapshot (a repeatable-read, read-only transaction), over JDBC:
 * the embedded PostgreSQL has no {@code pg_dump}, and the jar is all an embedded installation
 * has. Rows are in PostgreSQL's COPY text format, one entry per table, beside
 * {@code manifest.json} ({@link DumpManifest}), which is written last: a file cut short has no
 * manifest and no zip directory, and a restore refuses it.
 *
 * <p>The connection must bypass row-level security (a superuser): the tables force it, so
 * even their owner would read no client's rows.
 */
public final class DatabaseDump {

    public static final String COMMAND = "dump";

    /** Liquibase's lock is the migrating process's own state, not data: the target has its own. */
    static final String LIQUIBASE_LOCK = "databasechangeloglock";

    private DatabaseDump() {
    }

    /** Dumps the database behind {@code connection} into {@code file}, which must not exist yet. */
    static DumpManifest write(Connection connection, Path file) throws SQLException, IOException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            throw new BackupRefusal(target + " already exists: choose another file name (a dump never overwrites one).");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BackupRefusal("The folder " + target.getParent() + " does not exist: create it or choose another place for the dump.");
        }
        requireBypassesRowLevelSecurity(connection);
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            DumpManifest manifest = snapshot(connection, zip);
            zip.putNextEntry(new ZipEntry(DumpManifest.ENTRY));
            manifest.write(unclosable(zip));
            zip.closeEntry();
            zip.finish();
            zip.close();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
            deleteQuietly(partial);
        }
    }

    private static DumpManifest snapshot(Connection connection, ZipOutputStream zip) throws SQLException, IOException {
        // The first query fixes the snapshot; everything below reads the database as it was then.
        String takenAt = single(connection, "select to_char(transaction_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')");
        if (!Boolean.parseBoolean(single(connection, "select (to_regclass('public.databasechangelog') is not null)::text"))) {
            throw new BackupRefusal("This database has no table databasechangelog, so it is not a portal's database (or the portal "
                    + "never started on it): there is nothing to dump.");
        }
        String postgresVersion = single(connection, "show server_version");
        List<Changeset> changesets = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, author, filename from databasechangelog order by orderexecuted, dateexecuted")) {
            while (rows.next()) {
                changesets.add(new Changeset(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        List<Table> tables = new ArrayList<>();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (Map.Entry<String, List<String>> table : tablesAndColumns(connection).entrySet()) {
            String entry = "data/" + table.getKey() + ".copy";
            zip.putNextEntry(new ZipEntry(entry));
            long rows = copy.copyOut("copy " + qualified(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout",
                    unclosable(zip));
            zip.closeEntry();
            tables.add(new Table(table.getKey(), table.getValue(), rows, entry));
        }
        List<SequencePosition> sequences = new ArrayList<>();
        for (String sequence : names(connection, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'S' order by c.relname")) {
            try (Statement statement = connection.createStatement();
                    ResultSet position = statement.executeQuery("select last_value, is_called from " + qualified(sequence))) {
                position.next();
                sequences.add(new SequencePosition(sequence, position.getLong(1), position.getBoolean(2)));
            }
        }
        List<Tenant> tenants = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id, slug from tenant order by id")) {
            while (rows.next()) {
                tenants.add(new Tenant(rows.getLong(1), rows.getString(2)));
            }
        }
        return new DumpManifest(DumpManifest.FORMAT, takenAt, portalVersion(), postgresVersion, changesets, tables, sequences, tenants);
    }

    /** The portal's tables (without Liquibase's lock) and the columns a COPY can write: generated columns are computed again. */
    static Map<String, List<String>> tablesAndColumns(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select c.relname, a.attname
                        from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                        where n.nspname = 'public' and c.relkind = 'r' and c.relname <> '%s'
                        order by c.relname, a.attnum
                        """.formatted(LIQUIBASE_LOCK))) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tables;
    }

    static void requireBypassesRowLevelSecurity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            role.next();
            if (!role.getBoolean(2)) {
                throw new BackupRefusal("Connected to PostgreSQL as " + role.getString(1) + ", which row-level security holds: it would "
                        + "read none of the clients' rows. Use a superuser (the embedded server's postgres; in docker compose the "
                        + "postgres user with POSTGRES_PASSWORD), given by --portal.backup.username and --portal.backup.password.");
            }
        }
    }

    /** The version in the jar's manifest; a portal run from its sources (development, tests) has none. */
    static String portalVersion() {
        String version = DatabaseDump.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }

    static String qualified(String table) {
        return "public." + quoted(table);
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseDump::quoted).toList());
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The zip stays open between entries: COPY and the manifest writer must not close it. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            // Already gone.
        } catch (IOException e) {
            System.err.println("Could not remove the unfinished dump " + file + ": " + e.getMessage());
        }
    }
}
