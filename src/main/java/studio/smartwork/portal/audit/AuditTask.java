package studio.smartwork.portal.audit;

import org.jspecify.annotations.Nullable;

/** A task of the catalogue; {@code proposedBy} names the person who proposed it while logging. */
public record AuditTask(long id, long processId, String processName, String name, @Nullable String proposedBy) {

    public String label() {
        return processName + " · " + name;
    }
}
