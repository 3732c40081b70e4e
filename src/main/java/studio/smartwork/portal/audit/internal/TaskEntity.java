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
@Table(name = "audit_task")
public class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "process_id")
    private long processId;
    private String name = "";
    @Column(name = "proposed_by")
    private @Nullable Long proposedBy;
    @Version
    private long version;

    protected TaskEntity() {
    }

    public TaskEntity(long tenantId, long processId, String name, @Nullable Long proposedBy) {
        this.tenantId = tenantId;
        this.processId = processId;
        this.name = name;
        this.proposedBy = proposedBy;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Task not saved yet");
        }
        return id;
    }

    public long processId() {
        return processId;
    }

    public String name() {
        return name;
    }

    public @Nullable Long proposedBy() {
        return proposedBy;
    }

    public void rename(String name) {
        this.name = name;
    }
}
