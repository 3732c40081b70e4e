package studio.smartwork.portal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;

@Entity
@Table(name = "invitation")
public class InvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "person_id")
    private long personId;
    @Enumerated(EnumType.STRING)
    private TenantRole role = TenantRole.STAFF;
    @Column(name = "team_id")
    private @Nullable Long teamId;
    @Column(name = "invited_by")
    private @Nullable Long invitedBy;
    @Column(name = "invited_at")
    private Instant invitedAt = Instant.EPOCH;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status = InvitationStatus.PENDING;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected InvitationEntity() {
    }

    public InvitationEntity(long tenantId, long personId, TenantRole role, @Nullable Long teamId, long invitedBy, Instant at) {
        if (!role.isClient()) {
            throw new IllegalArgumentException("Invitations are for client roles only");
        }
        this.tenantId = tenantId;
        this.personId = personId;
        this.role = role;
        this.teamId = teamId;
        this.invitedBy = invitedBy;
        this.invitedAt = at;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Invitation not saved yet");
        }
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long personId() {
        return personId;
    }

    public TenantRole role() {
        return role;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public @Nullable Long invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public boolean isPending() {
        return status == InvitationStatus.PENDING;
    }

    public void decide(InvitationStatus decision, Instant at) {
        if (decision == InvitationStatus.PENDING || !isPending()) {
            throw new IllegalStateException("Only a pending invitation is decided, once");
        }
        this.status = decision;
        this.decidedAt = at;
    }
}
