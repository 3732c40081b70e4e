package studio.smartwork.portal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.TenantRole;

@Entity
@Table(name = "membership")
public class MembershipEntity {

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
    @Version
    private long version;

    protected MembershipEntity() {
    }

    public MembershipEntity(long tenantId, long personId, TenantRole role, @Nullable Long teamId) {
        if (!role.isClient()) {
            throw new IllegalArgumentException("Memberships are for client roles only");
        }
        this.tenantId = tenantId;
        this.personId = personId;
        this.role = role;
        this.teamId = teamId;
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

    public void change(TenantRole role, @Nullable Long teamId) {
        if (!role.isClient()) {
            throw new IllegalArgumentException("Memberships are for client roles only");
        }
        this.role = role;
        this.teamId = teamId;
    }
}
