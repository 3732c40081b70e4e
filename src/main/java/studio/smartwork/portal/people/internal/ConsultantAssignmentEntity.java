package studio.smartwork.portal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "consultant_assignment")
public class ConsultantAssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "person_id")
    private long personId;

    protected ConsultantAssignmentEntity() {
    }

    public ConsultantAssignmentEntity(long tenantId, long personId) {
        this.tenantId = tenantId;
        this.personId = personId;
    }

    public long tenantId() {
        return tenantId;
    }

    public long personId() {
        return personId;
    }
}
