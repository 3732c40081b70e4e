package studio.smartwork.portal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "team")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private String name = "";
    @Column(name = "hourly_cost")
    private @Nullable BigDecimal hourlyCost;
    @Version
    private long version;

    protected TeamEntity() {
    }

    public TeamEntity(long tenantId, String name, @Nullable BigDecimal hourlyCost) {
        this.tenantId = tenantId;
        this.name = name;
        this.hourlyCost = hourlyCost;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Team not saved yet");
        }
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String name() {
        return name;
    }

    public @Nullable BigDecimal hourlyCost() {
        return hourlyCost;
    }

    public void change(String name, @Nullable BigDecimal hourlyCost) {
        this.name = name;
        this.hourlyCost = hourlyCost;
    }
}
