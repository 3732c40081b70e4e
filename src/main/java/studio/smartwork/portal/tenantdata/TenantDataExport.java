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
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/**
 * A tenant's complete data, for its executives and the consultancy's administrators: one zip
 * archive with a CSV file per kind of thing (people, time entries, ratings, notes, candidates,
 * design records with every revision, measurements, runs, board items, activity) and a README
 * that says what each holds. It is written straight to the download as it is read, in one read
 * transaction of the tenant, so its size does not matter. The README is in the language of the
 * person who downloads it; file and column names are the same in every language, for the
 * programs that read them.
 */
@Service
public class TenantDataExport {

    private final TenantScope tenantScope;
    private final JdbcClient jdbc;
    private final List<TenantDataPart> parts;
    private final ApplicationEventPublisher events;
    private final PortalTexts texts;
    private final Clock clock;

    TenantDataExport(TenantScope tenantScope, JdbcClient jdbc, List<TenantDataPart> parts, ApplicationEventPublisher events,
            PortalTexts texts, Clock clock) {
        this.tenantScope = tenantScope;
        this.jdbc = jdbc;
        this.parts = parts.stream().sorted(Comparator.comparingInt(TenantDataPart::order)).toList();
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** Who may download the tenant's data: its executives and the consultancy's administrators. */
    public static boolean mayDownload(TenantRole role) {
        return role == TenantRole.EXECUTIVE || role == TenantRole.ADMIN;
    }

    /** Writes the archive to the stream (which the caller closes), its README in the reader's language. */
    public void write(TenantId tenant, Language reader, OutputStream out) {
        tenantScope.read(tenant, session -> {
            if (!mayDownload(session.role())) {
                throw new NotAllowedException("tenantdata.refusal.download");
            }
            ExportAudience audience = session.role() == TenantRole.ADMIN ? ExportAudience.ADMINISTRATOR : ExportAudience.EXECUTIVE;
            try {
                ZipOutputStream zip = new ZipOutputStream(out);
                ExportWriter writer = new ExportWriter(zip, jdbc);
                for (TenantDataPart part : parts) {
                    part.write(session, audience, writer);
                }
                writer.text("README.txt", readme(session, audience, writer, reader));
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

    private String readme(TenantSession session, ExportAudience audience, ExportWriter writer, Language reader) {
        StringBuilder text = new StringBuilder();
        text.append(texts.text(reader, "tenantdata.readme.exported", Instant.now(clock).toString(), session.actor().displayName()))
                .append("\n\n");
        text.append(texts.text(reader, "tenantdata.readme.format")).append("\n\n");
        text.append(texts.text(reader, audience.seesWhoLoggedWhat() ? "tenantdata.readme.administrator" : "tenantdata.readme.executive"))
                .append("\n\n");
        text.append(texts.text(reader, "tenantdata.readme.files")).append('\n');
        writer.rowsPerFile().forEach((file, rows) -> text.append("  ").append(file).append(": ").append(rows).append('\n'));
        return text.toString();
    }
}
