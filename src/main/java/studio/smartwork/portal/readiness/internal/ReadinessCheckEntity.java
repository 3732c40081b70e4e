package studio.smartwork.portal.readiness.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "readiness_check")
public class ReadinessCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "tenant_id")
    private long tenantId;
    @Column(name = "answered_by")
    private long answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt = Instant.now();
    @Column(name = "training_without_problems")
    private boolean trainingWithoutProblems;
    @Column(name = "adoption_as_logins")
    private boolean adoptionAsLogins;
    @Column(name = "licences_just_in_case")
    private boolean licencesJustInCase;
    @Column(name = "forced_use_cases")
    private boolean forcedUseCases;
    @Column(name = "saving_unknown")
    private boolean savingUnknown;
    @Column(name = "meetings_about_tools")
    private boolean meetingsAboutTools;

    protected ReadinessCheckEntity() {
    }

    /** The six answers in the order of {@code ReadinessSign}. */
    public ReadinessCheckEntity(long tenantId, long answeredBy, Instant answeredAt, List<Boolean> answers) {
        this.tenantId = tenantId;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
        this.trainingWithoutProblems = answers.get(0);
        this.adoptionAsLogins = answers.get(1);
        this.licencesJustInCase = answers.get(2);
        this.forcedUseCases = answers.get(3);
        this.savingUnknown = answers.get(4);
        this.meetingsAboutTools = answers.get(5);
    }

    public List<Boolean> answers() {
        return List.of(trainingWithoutProblems, adoptionAsLogins, licencesJustInCase, forcedUseCases, savingUnknown, meetingsAboutTools);
    }

    public long answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
