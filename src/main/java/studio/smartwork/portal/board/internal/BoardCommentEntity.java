package studio.smartwork.portal.board.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a card of the board: on a design record (by number) or on a candidate (by id). */
@Entity
@Table(name = "board_comment")
public class BoardCommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "record_number")
    private @Nullable Integer recordNumber;
    @Column(name = "candidate_id")
    private @Nullable Long candidateId;
    @Column(name = "author_id")
    private long authorId;
    private String body = "";
    @Column(name = "created_at")
    private Instant createdAt = Instant.now();

    protected BoardCommentEntity() {
    }

    public BoardCommentEntity(long tenantId, @Nullable Integer recordNumber, @Nullable Long candidateId, long authorId, String body,
            Instant now) {
        this.tenantId = tenantId;
        this.recordNumber = recordNumber;
        this.candidateId = candidateId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Board comment not saved yet");
        }
        return id;
    }

    public @Nullable Integer recordNumber() {
        return recordNumber;
    }

    public @Nullable Long candidateId() {
        return candidateId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
