package studio.smartwork.portal.design;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import studio.smartwork.portal.identity.TenantRole;

/**
 * What a person may do with a design record (docs/product.md, "Lifecycle"): which side of the tenant
 * takes each action, from which statuses, and where it leaves the record. This is the
 * record's life stated once: the services refuse what it does not allow, and pages offer
 * the actions the service says a person may take, so a page never shows a button the
 * service would refuse. Declared in the order pages show them.
 */
public enum DesignAction {
    /** Saves changed content as a new revision; a record that was approved needs approval again. */
    EDIT(Side.CONSULTANCY, EnumSet.of(DesignStatus.DRAFT, DesignStatus.CHANGES_REQUESTED, DesignStatus.APPROVED,
            DesignStatus.IN_BUILD), DesignStatus.DRAFT),
    SUBMIT(Side.CONSULTANCY, EnumSet.of(DesignStatus.DRAFT, DesignStatus.CHANGES_REQUESTED), DesignStatus.IN_REVIEW),
    WITHDRAW(Side.CONSULTANCY, EnumSet.of(DesignStatus.IN_REVIEW), DesignStatus.DRAFT),
    APPROVE(Side.CLIENT_EXECUTIVE, EnumSet.of(DesignStatus.IN_REVIEW), DesignStatus.APPROVED),
    REQUEST_CHANGES(Side.CLIENT_EXECUTIVE, EnumSet.of(DesignStatus.IN_REVIEW), DesignStatus.CHANGES_REQUESTED),
    START_BUILD(Side.CONSULTANCY, EnumSet.of(DesignStatus.APPROVED), DesignStatus.IN_BUILD),
    GO_LIVE(Side.CONSULTANCY, EnumSet.of(DesignStatus.IN_BUILD), DesignStatus.LIVE),
    /** Starts a new record that improves a live one; the live record itself stays live. */
    START_IMPROVEMENT(Side.CONSULTANCY, EnumSet.of(DesignStatus.LIVE), DesignStatus.LIVE),
    RETIRE(Side.CONSULTANCY, EnumSet.of(DesignStatus.LIVE), DesignStatus.RETIRED);

    /** Consultants (and administrators) write records and take them to live; the client's executives decide on them. */
    enum Side {
        CONSULTANCY, CLIENT_EXECUTIVE;

        boolean includes(TenantRole role) {
            return this == CONSULTANCY ? role.isConsultancy() : role == TenantRole.EXECUTIVE;
        }
    }

    private final Side side;
    private final Set<DesignStatus> from;
    private final DesignStatus to;

    DesignAction(Side side, Set<DesignStatus> from, DesignStatus to) {
        this.side = side;
        this.from = from;
        this.to = to;
    }

    /** The key of the action's name in the portal's texts, as its button says it: "design.action.start-build". */
    public String textKey() {
        return "design.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether people in this role take this action at all, whatever the record's status. */
    public boolean isTakenBy(TenantRole role) {
        return side.includes(role);
    }

    Side side() {
        return side;
    }

    boolean isAllowedFrom(DesignStatus status) {
        return from.contains(status);
    }

    /** The status the record has afterwards. */
    DesignStatus target() {
        return to;
    }

    /** The actions a person in this role may take on a record in this status, in the order pages show them. */
    static Set<DesignAction> allowed(TenantRole role, DesignStatus status) {
        Set<DesignAction> allowed = EnumSet.noneOf(DesignAction.class);
        for (DesignAction action : values()) {
            if (action.isTakenBy(role) && action.isAllowedFrom(status)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }
}
