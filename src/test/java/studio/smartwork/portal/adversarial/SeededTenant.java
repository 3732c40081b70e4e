package studio.smartwork.portal.adversarial;

import java.time.LocalDate;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * A tenant the adversarial suite created for itself, with one person of each client role, a
 * consultant assigned to it alone, and data of every kind (see {@link AdversarialTenants}).
 *
 * @param label      the word every text of the tenant carries, e.g. its people's names
 * @param firstDay   the first day of its open audit campaign's window
 */
public record SeededTenant(TenantId id, String slug, String label, String executive, String staff, String otherStaff,
        String consultant, long openCampaignId, long liveRecordId, int liveRecordNumber, LocalDate firstDay) {
}
