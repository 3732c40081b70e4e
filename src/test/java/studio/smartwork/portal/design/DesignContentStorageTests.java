package studio.smartwork.portal.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import studio.smartwork.portal.design.DesignContent.CostsAndSaving;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.SavingsMeasurement;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.SystemsAndRisks;
import studio.smartwork.portal.design.DesignContent.Workflow;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import tools.jackson.databind.json.JsonMapper;

/**
 * Revisions are stored as JSON and never rewritten (decision 0020), so every revision people
 * have saved must read back exactly as it was written, whatever shape the Java type takes.
 * The texts below are revisions in the shape the portal has stored since design records
 * began: one flat object with every field of the content.
 */
@SpringBootTest
class DesignContentStorageTests {

    /** A complete revision, every field set, money and hours with the scale people entered. */
    private static final String COMPLETE_REVISION = """
            {"title": "Inbox triage", "problem": "The shared inbox is sorted by hand", "solutionType": "INBOX_TRIAGE",
             "trigger": "A new e-mail",
             "steps": [{"actor": "AI", "description": "Classifies the e-mail"}, {"actor": "HUMAN", "description": "Checks drafts"}],
             "systems": "E-mail server", "dataAndPrivacy": "Customer e-mails", "humanCheckpoints": "Every draft is checked",
             "risks": "Misfiled e-mails: weekly sample",
             "kpis": [{"key": "a1b2c3d4", "name": "Hours on the inbox", "unit": "HOURS", "direction": "LOWER_IS_BETTER",
                       "baseline": 120.00, "target": 40, "cadence": "MONTHLY"},
                      {"key": "e5f6a7b8", "name": "Replies within a day", "unit": "PERCENT", "direction": "HIGHER_IS_BETTER",
                       "baseline": 55, "target": 90, "cadence": "WEEKLY"}],
             "buildCost": 4000, "runningCostPerMonth": 150, "expectedHoursPerMonth": 80.00, "expectedMoneyPerMonth": 2720.00,
             "savingsMethod": "HOURS_KPI", "hourlyCost": 34.00, "baselineMinutesPerOccurrence": 3.5, "reviewMinutesPerRun": 0.5,
             "baselineMonthlyHours": 120.00, "hoursKpiKey": "a1b2c3d4"}
            """;

    /** The first revision of a record started without a candidate. */
    private static final String BLANK_REVISION = """
            {"title": "Dispatch updates", "problem": "", "solutionType": "OTHER", "trigger": "", "steps": [], "systems": "",
             "dataAndPrivacy": "", "humanCheckpoints": "", "risks": "", "kpis": [], "buildCost": 0, "runningCostPerMonth": 0,
             "expectedHoursPerMonth": 0, "expectedMoneyPerMonth": 0, "savingsMethod": "RUNS", "hourlyCost": 0,
             "baselineMinutesPerOccurrence": 0, "reviewMinutesPerRun": 0, "baselineMonthlyHours": 0, "hoursKpiKey": null}
            """;

    /** The services read and write revisions through it, so this is the path people's revisions take. */
    @Autowired
    DesignRecordAccess revisions;
    @Autowired
    JsonMapper json;

    @Test
    void aStoredRevisionReadsBackIntoItsGroupsFieldByField() {
        DesignContent content = revisions.read(COMPLETE_REVISION);

        assertThat(content.title()).isEqualTo("Inbox triage");
        assertThat(content.problem()).isEqualTo("The shared inbox is sorted by hand");
        assertThat(content.solutionType()).isEqualTo(SolutionType.INBOX_TRIAGE);
        assertThat(content.workflow()).isEqualTo(new Workflow("A new e-mail", List.of(
                new WorkflowStep(StepActor.AI, "Classifies the e-mail"), new WorkflowStep(StepActor.HUMAN, "Checks drafts"))));
        assertThat(content.systemsAndRisks()).isEqualTo(new SystemsAndRisks("E-mail server", "Customer e-mails",
                "Every draft is checked", "Misfiled e-mails: weekly sample"));
        assertThat(content.kpis()).containsExactly(
                new KpiSpec("a1b2c3d4", "Hours on the inbox", KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER,
                        new BigDecimal("120.00"), new BigDecimal("40"), KpiCadence.MONTHLY),
                new KpiSpec("e5f6a7b8", "Replies within a day", KpiUnit.PERCENT, KpiDirection.HIGHER_IS_BETTER,
                        new BigDecimal("55"), new BigDecimal("90"), KpiCadence.WEEKLY));
        // Equality of records compares money with its scale, as stored: content saved again unchanged makes no new revision.
        assertThat(content.costsAndSaving()).isEqualTo(new CostsAndSaving(new BigDecimal("4000"), new BigDecimal("150"),
                new BigDecimal("80.00"), new BigDecimal("2720.00")));
        assertThat(content.savingsMeasurement()).isEqualTo(new SavingsMeasurement(SavingsMethod.HOURS_KPI, new BigDecimal("34.00"),
                new BigDecimal("3.5"), new BigDecimal("0.5"), new BigDecimal("120.00"), "a1b2c3d4"));
    }

    @Test
    void aBlankStoredRevisionReadsBackAsABlankContent() {
        assertThat(revisions.read(BLANK_REVISION))
                .isEqualTo(DesignContent.builder().title("Dispatch updates").build());
    }

    @Test
    void contentIsWrittenInTheStoredShape() {
        for (String stored : List.of(COMPLETE_REVISION, BLANK_REVISION)) {
            assertThat(json.readTree(revisions.write(revisions.read(stored)))).isEqualTo(json.readTree(stored));
        }
    }
}
