package studio.smartwork.portal.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "action_item")
public class ActionItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    private String title = "";
    @Column(name = "assignee_id")
    private long assigneeId;
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;
    @Column(name = "done_at")
    private @Nullable Instant doneAt;
    @Column(name = "done_by")
    private @Nullable Long doneBy;
    @Column(name = "created_by")
    private long createdBy;
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected ActionItemEntity() {
    }

    public ActionItemEntity(long tenantId, String title, long assigneeId, @Nullable LocalDate dueOn, long createdBy, Instant now) {
        this.tenantId = tenantId;
        this.title = title;
        this.assigneeId = assigneeId;
        this.dueOn = dueOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Action item not saved yet");
        }
        return id;
    }

    public String title() {
        return title;
    }

    public long assigneeId() {
        return assigneeId;
    }

    public @Nullable LocalDate dueOn() {
        return dueOn;
    }

    public @Nullable Instant doneAt() {
        return doneAt;
    }

    public long createdBy() {
        return createdBy;
    }

    /** A new title, assignee and due date; whether it was done stays as it was. */
    public void change(String title, long assigneeId, @Nullable LocalDate dueOn) {
        this.title = title;
        this.assigneeId = assigneeId;
        this.dueOn = dueOn;
    }

    public void markDone(boolean done, long personId, Instant now) {
        this.doneAt = done ? now : null;
        this.doneBy = done ? personId : null;
    }
}
