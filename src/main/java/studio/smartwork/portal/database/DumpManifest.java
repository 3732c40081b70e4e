package studio.smartwork.portal.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dump holds, written as {@code manifest.json} beside the tables' rows: enough to
 * refuse a restore that cannot be faithful (another format, other database changes) before
 * the target database is touched, and to check afterwards that every row arrived.
 *
 * @param format      the dump's layout; a restore refuses any other
 * @param takenAt     the moment of the snapshot, as an ISO-8601 instant
 * @param portalVersion the version of the portal that wrote the dump
 * @param postgresVersion the server the rows were read from
 * @param changesets  the database changes applied to the dumped database, in the order applied
 * @param tables      every table of the portal's schema with its columns and row count
 * @param sequences   every sequence's position, so new rows after a restore get new ids
 * @param tenants     the clients whose rows the dump holds, for the person checking a restore
 */
public record DumpManifest(int format, String takenAt, String portalVersion, String postgresVersion,
        List<Changeset> changesets, List<Table> tables, List<SequencePosition> sequences, List<Tenant> tenants) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.json";

    // The manifest is one entry of an open zip: writing it must not close the zip.
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** One applied database change, named as Liquibase records it. */
    public record Changeset(String id, String author, String filename) {

        String key() {
            return author + ":" + id;
        }
    }

    /** A table's rows are in the dump's entry {@code entry}, in PostgreSQL's COPY text format, in the order of {@code columns}. */
    public record Table(String name, List<String> columns, long rows, String entry) {
    }

    /** A sequence's {@code last_value} and {@code is_called}, which together say which number it hands out next. */
    public record SequencePosition(String name, long lastValue, boolean called) {
    }

    public record Tenant(long id, String slug) {
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    String lastChangeset() {
        return changesets.isEmpty() ? "none" : changesets.getLast().key();
    }

    void write(OutputStream out) throws IOException {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
        } catch (JacksonException e) {
            throw new IOException("Could not write the dump's manifest", e);
        }
    }

    static DumpManifest read(InputStream in) {
        try {
            return JSON.readValue(in, DumpManifest.class);
        } catch (JacksonException e) {
            throw new BackupRefusal("The dump's manifest cannot be read (" + e.getOriginalMessage()
                    + "): the file is damaged or was not written by the portal's dump command.");
        }
    }
}
