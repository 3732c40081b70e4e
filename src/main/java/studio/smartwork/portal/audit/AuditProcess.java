package studio.smartwork.portal.audit;

import java.util.List;

/** A process of the catalogue (e.g. "Customer support") and its tasks. */
public record AuditProcess(long id, String name, List<AuditTask> tasks) {
}
