package studio.smartwork.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The campaign's candidate list reads every candidate's tasks at once: each candidate still gets
 * exactly its own tasks, in the order of process and task names, and its own expected saving.
 */
@SpringBootTest
class CandidateListTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditAnalysis analysis;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyCandidateOfAListKeepsItsOwnTasksInOrder() {
        String s = AuditFixture.suffix();
        TenantId acme = AuditFixture.acme(context);
        Campaign campaign = AuditFixture.campaign(context, "List " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM);
        StringBuilder rows = new StringBuilder();
        for (int task = 1; task <= 6; task++) {
            rows.append(MONDAY).append(",sam@acme.example,").append(task % 2 == 0 ? "Billing " : "Admin ").append(s).append(",Task ")
                    .append(task).append(',').append(60 * task).append(",").append(task).append(",,,,,\n");
        }
        assertThat(AuditFixture.importRows(context, campaign, rows.toString()).problems()).isEmpty();
        List<TaskAnalysis> tasks = analysis.analysis(acme, campaign.id()).tasks();
        List<Long> ids = new ArrayList<>();
        for (int task = 1; task <= 6; task++) {
            String name = "Task " + task;
            ids.add(tasks.stream().filter(t -> t.task().equals(name)).findFirst().orElseThrow().taskId());
        }
        // Five candidates: tasks 2 and 1, 3 and 4, 5 and 6, 6 alone, 4 and 5 (tasks shared between candidates).
        List<Candidate> promoted = new ArrayList<>();
        for (List<Long> taskIds : List.of(List.of(ids.get(1), ids.get(0)), List.of(ids.get(2), ids.get(3)), List.of(ids.get(4), ids.get(5)),
                List.of(ids.get(5)), List.of(ids.get(3), ids.get(4)))) {
            promoted.add(analysis.promote(acme, campaign.id(), new NewCandidate("Candidate " + promoted.size() + " " + s, new BigDecimal("50"),
                    Effort.S, null, taskIds)));
        }

        List<Candidate> listed = analysis.candidates(acme, campaign.id());
        // The same candidates as each was when promoted (read one at a time), in the order they were made.
        assertThat(listed).containsExactlyElementsOf(promoted);
        // Admin (odd tasks) before Billing (even tasks) within a candidate.
        assertThat(listed.getFirst().taskLabels()).containsExactly("Admin " + s + " · Task 1", "Billing " + s + " · Task 2");
        assertThat(listed.get(3).taskLabels()).containsExactly("Billing " + s + " · Task 6");
        // Task 6 alone at 50 %: half of its monthly hours.
        assertThat(listed.get(3).expectedHoursPerMonth())
                .isEqualByComparingTo(tasks.stream().filter(t -> t.taskId() == ids.get(5)).findFirst().orElseThrow()
                        .monthlyHours().multiply(new BigDecimal("0.5")));
    }
}
