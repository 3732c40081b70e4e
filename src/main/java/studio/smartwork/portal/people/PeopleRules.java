package studio.smartwork.portal.people;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.internal.TeamEntity;
import studio.smartwork.portal.people.internal.TeamRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantSession;

/** Who may change which people of a tenant, and how addresses and names are taken in; one place for every people service. */
final class PeopleRules {

    private PeopleRules() {
    }

    static void requireManagesPeople(TenantSession session) {
        if (!session.role().managesPeople()) {
            throw new TenantNotFoundException();
        }
    }

    static void requireAdmin(TenantSession session) {
        if (session.role() != TenantRole.ADMIN) {
            throw new TenantNotFoundException();
        }
    }

    /** Administrators invite executives and staff; executives invite staff; nobody else invites. */
    static void requireMayInvite(TenantSession session, @Nullable TenantRole role) {
        if (role == null) {
            throw InvalidInputException.of("role", "people.refusal.client-role");
        }
        boolean allowed = switch (session.role()) {
            case ADMIN -> role.isClient();
            case EXECUTIVE -> role == TenantRole.STAFF;
            default -> false;
        };
        if (!allowed) {
            throw new NotAllowedException(session.role() == TenantRole.EXECUTIVE
                    ? "people.refusal.executive-invites-staff" : "people.refusal.only-inviters");
        }
    }

    /**
     * Taking someone out of a tenant: administrators and the tenant's consultants remove anyone
     * of the client; executives remove staff.
     */
    static void requireMayRemove(TenantSession session, TenantRole role) {
        boolean allowed = switch (session.role()) {
            case ADMIN, CONSULTANT -> role.isClient();
            case EXECUTIVE -> role == TenantRole.STAFF;
            default -> false;
        };
        if (!allowed) {
            throw new NotAllowedException(session.role() == TenantRole.EXECUTIVE
                    ? "people.refusal.executive-removes-staff" : "people.refusal.only-removers");
        }
    }

    static @Nullable Long checkedTeam(TeamRepository teams, TenantId tenant, @Nullable Long teamId) {
        if (teamId == null) {
            return null;
        }
        return teams.findByIdAndTenantId(teamId, tenant.value()).map(TeamEntity::id)
                .orElseThrow(() -> InvalidInputException.of("team", "people.refusal.team"));
    }

    static String normalise(@Nullable String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    static boolean isEmail(String email) {
        // Control characters are no part of an address; a NUL would not even reach the database.
        return email.length() <= 254 && email.matches("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+$");
    }

    static String trimmed(@Nullable String text) {
        return text == null ? "" : text.trim();
    }
}
