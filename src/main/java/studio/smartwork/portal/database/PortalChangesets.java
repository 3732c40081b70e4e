package studio.smartwork.portal.database;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.integration.spring.SpringResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.springframework.core.io.DefaultResourceLoader;
import studio.smartwork.portal.database.DumpManifest.Changeset;

/**
 * The database changes this portal's jar carries (its Liquibase changelog, read without a
 * database), and the check that a dump was taken from a database with exactly these changes:
 * only then do the dump's columns fit the tables this jar creates.
 */
final class PortalChangesets {

    /** As spring.liquibase.change-log names it, read through Spring as Spring Boot's Liquibase run reads it. */
    static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";

    private PortalChangesets() {
    }

    static List<Changeset> ofThisPortal() {
        // Read through Spring, as Spring Boot's own Liquibase run reads it: the changelog's includeAll lists a folder,
        // which in the executable jar lies inside a nested jar.
        try (SpringResourceAccessor resources = new SpringResourceAccessor(new DefaultResourceLoader(PortalChangesets.class.getClassLoader()))) {
            DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser(CHANGELOG, resources)
                    .parse(CHANGELOG, new ChangeLogParameters(), (ResourceAccessor) resources);
            return changelog.getChangeSets().stream().map(c -> new Changeset(c.getId(), c.getAuthor(), c.getFilePath())).toList();
        } catch (Exception e) {
            throw new IllegalStateException("This portal's database changes could not be read from " + CHANGELOG, e);
        }
    }

    /** Refuses when the dump's changes are not exactly this portal's, saying which version to restore it with. */
    static void requireSame(DumpManifest dump, List<Changeset> portal) {
        SequencedSet<String> dumped = keys(dump.changesets());
        SequencedSet<String> known = keys(portal);
        if (dumped.equals(known)) {
            return;
        }
        SequencedSet<String> onlyInDump = new LinkedHashSet<>(dumped);
        onlyInDump.removeAll(known);
        SequencedSet<String> onlyInPortal = new LinkedHashSet<>(known);
        onlyInPortal.removeAll(dumped);
        String taken = "The dump was taken from portal version " + dump.portalVersion() + ", whose last database change is "
                + dump.lastChangeset() + " (" + dumped.size() + " changes); this portal (version " + DatabaseDump.portalVersion()
                + ") has " + known.size() + ", the last " + (known.isEmpty() ? "none" : known.getLast()) + ". ";
        if (onlyInPortal.isEmpty()) {
            throw new BackupRefusal(taken + "This portal does not know the dump's changes " + String.join(", ", onlyInDump)
                    + ", so its tables cannot hold the dump's rows. Restore the dump with portal version " + dump.portalVersion()
                    + " (or any version whose last database change is " + dump.lastChangeset() + "). Nothing was changed.");
        }
        if (onlyInDump.isEmpty()) {
            throw new BackupRefusal(taken + "The dump lacks this portal's changes " + String.join(", ", onlyInPortal)
                    + ". Restore the dump with portal version " + dump.portalVersion() + " (or any version whose last database change is "
                    + dump.lastChangeset() + "), then start this version on the restored database: it applies its newer "
                    + "changes as on every upgrade. Nothing was changed.");
        }
        throw new BackupRefusal(taken + "The dump has changes this portal does not know (" + String.join(", ", onlyInDump)
                + ") and lacks some of this portal's (" + String.join(", ", onlyInPortal) + "). Restore the dump with portal version "
                + dump.portalVersion() + ". Nothing was changed.");
    }

    private static SequencedSet<String> keys(List<Changeset> changesets) {
        SequencedSet<String> keys = new LinkedHashSet<>();
        changesets.forEach(c -> keys.add(c.key()));
        return keys;
    }
}
