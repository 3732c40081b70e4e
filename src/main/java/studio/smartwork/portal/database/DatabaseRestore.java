package studio.smartwork.portal.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import studio.smartwork.portal.database.DumpManifest.SequencePosition;
import studio.smartwork.portal.database.DumpManifest.Table;

/**
 * Loads a dump written by {@link DatabaseDump} into a fresh portal database: one with no
 * tables at all (the schema is then created by this jar's Liquibase, as the tables' owner, so
 * grants and row-level security are exactly a migrated database's), or one that this jar's
 * migrations created and nothing but those migrations has written to yet. Anything else is refused before a row is
 * written.
 *
 * <p>The rows go in in one transaction — all of them or none — with triggers and foreign-key
 * checks off ({@code session_replication_role = replica}, which needs a superuser): the rows
 * come from one consistent snapshot, and the totals tables that triggers keep
 * (audit_logged_day, audit_task_person_total, run_event_month) are restored as they were
 * dumped instead of being counted a second time. Liquibase's record of applied changes is
 * replaced by the dumped one, and every sequence is set where it was, so the next new row
 * gets an id the dump has not used.
 */
public final class DatabaseRestore {

    public static final String COMMAND = "restore";

    /**
     * Tables the database changes themselves fill (the built-in design templates of changeset 280): a freshly
     * migrated database holds their rows, and the restore replaces them with the dump's. A changeset that seeds
     * another table must be named here; DatabaseBackupTests fails on "already holds data" until it is.
     */
    static final List<String> WRITTEN_BY_DATABASE_CHANGES = List.of("design_template_version", "design_template");

    private DatabaseRestore() {
    }

    /** What was restored, for the person who ran the command. */
    record Restored(DumpManifest manifest, boolean schemaCreated) {
    }

    /**
     * Restores {@code file} through {@code connection} (a superuser); {@code createSchema} applies this jar's database
     * changes to the target as the tables' owner when it has no tables yet.
     */
    static Restored restore(Path file, Connection connection, Runnable createSchema) throws SQLException, IOException {
        Path source = file.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new BackupRefusal("There is no dump at " + source + ".");
        }
        try (ZipFile zip = open(source)) {
            DumpManifest manifest = manifest(zip, source);
            PortalChangesets.requireSame(manifest, PortalChangesets.ofThisPortal());
            requireSuperuser(connection);
            boolean schemaCreated = false;
            if (DatabaseDump.names(connection, "select tablename from pg_tables where schemaname = 'public'").isEmpty()) {
                createSchema.run();
                schemaCreated = true;
            }
            load(zip, manifest, connection);
            return new Restored(manifest, schemaCreated);
        }
    }

    private static ZipFile open(Path source) throws IOException {
        try {
            return new ZipFile(source.toFile());
        } catch (ZipException e) {
            throw new BackupRefusal(source + " is not a complete portal dump (" + e.getMessage() + "): it may have been cut short "
                    + "while it was written or copied. Nothing was changed.");
        }
    }

    private static DumpManifest manifest(ZipFile zip, Path source) throws IOException {
        ZipEntry entry = zip.getEntry(DumpManifest.ENTRY);
        if (entry == null) {
            throw new BackupRefusal(source + " has no " + DumpManifest.ENTRY + ", so it was not written by the portal's dump command. "
                    + "Nothing was changed.");
        }
        DumpManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = DumpManifest.read(in);
        }
        if (manifest.format() != DumpManifest.FORMAT) {
            throw new BackupRefusal(source + " is a dump of format " + manifest.format() + "; this portal reads format "
                    + DumpManifest.FORMAT + ". Restore it with portal version " + manifest.portalVersion() + ". Nothing was changed.");
        }
        return manifest;
    }

    private static void requireSuperuser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("select current_user, rolsuper from pg_roles where rolname = current_user")) {
            role.next();
            if (!role.getBoolean(2)) {
                throw new BackupRefusal("Connected to PostgreSQL as " + role.getString(1) + ", which is not a superuser: a restore "
                        + "writes every client's rows past row-level security with triggers held back, which only a superuser may. "
                        + "Use the embedded server's postgres (the default) or give one with --portal.backup.username and "
                        + "--portal.backup.password. Nothing was changed.");
            }
        }
    }

    private static void load(ZipFile zip, DumpManifest manifest, Connection connection) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            Map<String, List<String>> target = DatabaseDump.tablesAndColumns(connection);
            requirePortalSchema(connection, manifest, target);
            // Nobody may write between the check that the tables are empty and the last row loaded.
            statement.execute("lock table " + String.join(", ", target.keySet().stream().map(DatabaseDump::qualified).toList())
                    + " in access exclusive mode");
            requireEmpty(statement, target);
            statement.execute("set local session_replication_role = replica");
            statement.execute("delete from databasechangelog");
            // What the database changes wrote themselves is in the dump as it stood then (an administrator may have
            // changed it since): the migrated rows make way for the dumped ones. Triggers are off, so the rule that
            // keeps template versions as written does not apply to this replacement.
            for (String table : WRITTEN_BY_DATABASE_CHANGES) {
                if (target.containsKey(table)) {
                    statement.execute("delete from " + DatabaseDump.qualified(table));
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : manifest.tables()) {
                ZipEntry entry = zip.getEntry(table.entry());
                if (entry == null) {
                    throw new BackupRefusal("The dump lists table " + table.name() + " but holds no rows for it (" + table.entry()
                            + "): it is damaged. Nothing was restored.");
                }
                long loaded;
                try (InputStream rows = zip.getInputStream(entry)) {
                    loaded = copy.copyIn("copy " + DatabaseDump.qualified(table.name()) + " (" + DatabaseDump.columnList(table.columns())
                            + ") from stdin", rows);
                }
                if (loaded != table.rows()) {
                    throw new BackupRefusal("The dump's table " + table.name() + " should hold " + table.rows() + " rows but holds "
                            + loaded + ": it is damaged. Nothing was restored.");
                }
            }
            for (SequencePosition sequence : manifest.sequences()) {
                statement.execute("select setval('" + DatabaseDump.qualified(sequence.name()).replace("'", "''") + "', "
                        + sequence.lastValue() + ", " + sequence.called() + ")");
            }
            connection.commit();
        } catch (RuntimeException | SQLException | IOException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The target's tables and columns are the dump's: same changes, same schema; anything else would lose or misplace data. */
    private static void requirePortalSchema(Connection connection, DumpManifest manifest, Map<String, List<String>> target)
            throws SQLException {
        if (!target.containsKey("databasechangelog")) {
            throw new BackupRefusal("The target database holds tables but no databasechangelog: it is not a portal database. "
                    + "Restore into a fresh database. Nothing was changed.");
        }
        List<String> applied = DatabaseDump.names(connection, "select author || ':' || id from databasechangelog order by orderexecuted");
        List<String> dumped = manifest.changesets().stream().map(DumpManifest.Changeset::key).toList();
        if (!new TreeSet<>(applied).equals(new TreeSet<>(dumped))) {
            throw new BackupRefusal("The target database was migrated to other database changes (" + applied.size() + ", the last "
                    + (applied.isEmpty() ? "none" : applied.getLast()) + ") than the dump's (" + dumped.size() + ", the last "
                    + manifest.lastChangeset() + "). Restore into a fresh database. Nothing was changed.");
        }
        List<String> differences = new ArrayList<>();
        for (Table table : manifest.tables()) {
            List<String> columns = target.get(table.name());
            if (columns == null) {
                differences.add("the target has no table " + table.name());
            } else if (!columns.equals(table.columns())) {
                differences.add("table " + table.name() + " has columns " + columns + " where the dump has " + table.columns());
            }
        }
        target.keySet().stream().filter(t -> manifest.tables().stream().noneMatch(d -> d.name().equals(t)))
                .forEach(t -> differences.add("the dump has no table " + t));
        if (!differences.isEmpty()) {
            throw new BackupRefusal("The target database's tables do not match the dump's: " + String.join("; ", differences)
                    + ". Nothing was changed.");
        }
    }

    private static void requireEmpty(Statement statement, Map<String, List<String>> target) throws SQLException {
        List<String> holdingRows = new ArrayList<>();
        for (String table : target.keySet()) {
            if (table.equals("databasechangelog") || WRITTEN_BY_DATABASE_CHANGES.contains(table)) {
                continue;
            }
            try (ResultSet any = statement.executeQuery("select exists (select 1 from " + DatabaseDump.qualified(table) + ")")) {
                any.next();
                if (any.getBoolean(1)) {
                    holdingRows.add(table);
                }
            }
        }
        if (!holdingRows.isEmpty()) {
            throw new BackupRefusal("The target database already holds data (in " + String.join(", ", holdingRows.stream().limit(5).toList())
                    + (holdingRows.size() > 5 ? " and " + (holdingRows.size() - 5) + " more tables" : "") + "): a restore only "
                    + "goes into a fresh database, so that no row of the dump meets a row already there. For the embedded "
                    + "database, stop the portal and restore into a new data directory (--portal.database.embedded.data-directory "
                    + "or PORTAL_DATA_DIRECTORY); otherwise create an empty database. Nothing was changed.");
        }
    }
}
