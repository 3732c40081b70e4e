package studio.smartwork.portal.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_process")
public class ProcessEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private String name = "";
    @Version
    private long version;

    protected ProcessEntity() {
    }

    public ProcessEntity(long tenantId, String name) {
        this.tenantId = tenantId;
        this.name = name;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Process not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
