package studio.smartwork.portal.tenantdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A tenant's complete data, for its executives and the consultancy's administrators: one zip
 * archive with a CSV file per kind of thing (people, time entries, ratings, notes, candidates,
 * design records with every revision, measurements, runs, board items, activity) and a README
 * that says what each holds. It is written straight to the download as it is read, in one read
 * transaction of the tenant, so its size does not matter.
 */
@Service
public class TenantDataExport {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final List<TenantDataPart> parts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantDataExport(TenantScope tenantScope, JdbcClient jdbc, List<TenantDataPart> parts, ApplicationEventPublisher events,
            Clock clock) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.parts = parts.stream().sorted(Comparator.comparingInt(TenantDataPart::order)).toList();
        this.events = events;
        this.clock = clock;
    }

    /** Who may download the tenant's data: its executives and the consultancy's administrators. */
    public static boolean mayDownload(TenantRole role) {
        return role == TenantRole.EXECUTIVE || role == TenantRole.ADMIN;
    }

    /** Writes the archive to the stream (which the caller closes). */
    public void write(TenantId tenant, OutputStream out) {
        tenantScope.read(tenant, session -> {
            if (!mayDownload(session.role())) {
                throw new NotAllowedException("The tenant's data is downloaded by its executives and the consultancy's administrators.");
            }
            ExportAudience audience = session.role() == TenantRole.ADMIN ? ExportAudience.ADMINISTRATOR : ExportAudience.EXECUTIVE;
            try {
                ZipOutputStream zip = new ZipOutputStream(out);
                ExportWriter writer = new ExportWriter(zip, jdbc);
                for (TenantDataPart part : parts) {
                    part.write(session, audience, writer);
                }
                writer.text("README.txt", readme(session, audience, writer));
                zip.finish();
                zip.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        Actor downloader = CurrentActor.require();
        events.publishEvent(new TenantDataExported(tenant, downloader.personId(), downloader.displayName()));
    }

    private String readme(TenantSession session, ExportAudience audience, ExportWriter writer) {
        StringBuilder text = new StringBuilder();
        text.append("SmartWork Portal: the complete data of this client, exported ").append(Instant.now(clock))
                .append(" by ").append(session.actor().displayName()).append(".\n\n");
        text.append("Every file is UTF-8 CSV with a header line. Dates are ISO dates (2026-11-23), moments are ISO instants in UTC,\n")
                .append("amounts are in the client's currency with a dot decimal. Text that a spreadsheet would run as a formula\n")
                .append("(starting with = + - @) has a leading apostrophe.\n\n");
        if (audience.seesWhoLoggedWhat()) {
            text.append("Exported for the consultancy's administrators: time entries, ratings and participants name their person.\n\n");
        } else {
            text.append("Exported for the client's executives: the time audit was an audit without surveillance, so time entries\n")
                    .append("and ratings do not name their person, and people's own notes on their entries and ratings are left out.\n")
                    .append("Everything else is complete.\n\n");
        }
        text.append("Files and their rows:\n");
        writer.rowsPerFile().forEach((file, rows) -> text.append("  ").append(file).append(": ").append(rows).append('\n'));
        return text.toString();
    }
}
