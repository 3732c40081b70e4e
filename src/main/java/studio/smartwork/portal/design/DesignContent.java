package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Everything a solution design record says (see docs/product.md, "Content of a record"),
 * as one revision holds it. Money is in the tenant's currency. The last group says how the
 * saving will be measured once the solution is live.
 */
public record DesignContent(
        String title,
        String problem,
        SolutionType solutionType,
        String trigger,
        List<WorkflowStep> steps,
        String systems,
        String dataAndPrivacy,
        String humanCheckpoints,
        String risks,
        List<KpiSpec> kpis,
        BigDecimal buildCost,
        BigDecimal runningCostPerMonth,
        BigDecimal expectedHoursPerMonth,
        BigDecimal expectedMoneyPerMonth,
        SavingsMethod savingsMethod,
        BigDecimal hourlyCost,
        BigDecimal baselineMinutesPerOccurrence,
        BigDecimal reviewMinutesPerRun,
        BigDecimal baselineMonthlyHours,
        @Nullable String hoursKpiKey) {

    public enum StepActor {
        AI("AI"), SYSTEM("System"), HUMAN("Human");

        private final String label;

        StepActor(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One step of the workflow, in order. */
    public record WorkflowStep(StepActor actor, String description) {
    }

    /** A KPI as designed; {@code key} stays the same across revisions. */
    public record KpiSpec(String key, String name, KpiUnit unit, KpiDirection direction,
            BigDecimal baseline, BigDecimal target, KpiCadence cadence) {
    }

    public DesignContent {
        title = text(title);
        problem = text(problem);
        trigger = text(trigger);
        systems = text(systems);
        dataAndPrivacy = text(dataAndPrivacy);
        humanCheckpoints = text(humanCheckpoints);
        risks = text(risks);
        steps = steps == null ? List.of() : List.copyOf(steps);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        buildCost = money(buildCost);
        runningCostPerMonth = money(runningCostPerMonth);
        expectedHoursPerMonth = money(expectedHoursPerMonth);
        expectedMoneyPerMonth = money(expectedMoneyPerMonth);
        hourlyCost = money(hourlyCost);
        baselineMinutesPerOccurrence = money(baselineMinutesPerOccurrence);
        reviewMinutesPerRun = money(reviewMinutesPerRun);
        baselineMonthlyHours = money(baselineMonthlyHours);
        solutionType = solutionType == null ? SolutionType.OTHER : solutionType;
        savingsMethod = savingsMethod == null ? SavingsMethod.RUNS : savingsMethod;
    }

    public static DesignContent blank(String title) {
        return new DesignContent(title, "", SolutionType.OTHER, "", List.of(), "", "", "", "", List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, SavingsMethod.RUNS,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** Problems that keep a record from being saved at all. */
    void validateForSaving() {
        InvalidInputException.Collector problems = new InvalidInputException.Collector()
                .check(!title.isEmpty() && title.length() <= 200, "title", "Give the record a title of up to 200 characters.")
                .check(EnteredText.isLine(title), "title", EnteredText.LINE)
                .check(EnteredText.isProse(problem), "problem", EnteredText.PROSE)
                .check(EnteredText.isProse(trigger), "trigger", EnteredText.PROSE)
                .check(EnteredText.isProse(systems), "systems", EnteredText.PROSE)
                .check(EnteredText.isProse(dataAndPrivacy), "dataAndPrivacy", EnteredText.PROSE)
                .check(EnteredText.isProse(humanCheckpoints), "humanCheckpoints", EnteredText.PROSE)
                .check(EnteredText.isProse(risks), "risks", EnteredText.PROSE);
        for (BigDecimal amount : List.of(buildCost, runningCostPerMonth, expectedHoursPerMonth, expectedMoneyPerMonth,
                hourlyCost, baselineMinutesPerOccurrence, reviewMinutesPerRun, baselineMonthlyHours)) {
            problems.check(amount.signum() >= 0, "money", "Costs, hours and minutes cannot be negative.");
        }
        for (int i = 0; i < steps.size(); i++) {
            problems.check(steps.get(i).actor() != null && !text(steps.get(i).description()).isEmpty(), "steps",
                    "Step " + (i + 1) + " needs an actor and a description.")
                    .check(EnteredText.isProse(steps.get(i).description()), "steps", "Step " + (i + 1) + ": " + EnteredText.PROSE);
        }
        List<String> keys = new ArrayList<>();
        for (KpiSpec kpi : kpis) {
            problems.check(!text(kpi.name()).isEmpty(), "kpis", "Every KPI needs a name.")
                    .check(EnteredText.isLine(kpi.name()) && EnteredText.isLine(kpi.key()), "kpis", "KPI names: " + EnteredText.LINE)
                    .check(kpi.unit() != null && kpi.direction() != null && kpi.cadence() != null, "kpis",
                            "KPI " + kpi.name() + " needs a unit, a direction and a cadence.")
                    .check(kpi.baseline() != null && kpi.target() != null, "kpis",
                            "KPI " + kpi.name() + " needs a baseline and a target.")
                    .check(kpi.baseline() == null || kpi.target() == null || kpi.baseline().compareTo(kpi.target()) != 0, "kpis",
                            "KPI " + kpi.name() + ": the target must differ from the baseline.")
                    .check(!keys.contains(kpi.key()), "kpis", "Two KPIs share one key.");
            keys.add(kpi.key());
        }
        problems.check(hoursKpiKey == null || keys.contains(hoursKpiKey), "hoursKpiKey", "Choose one of the record's KPIs.");
        problems.throwIfAny();
    }

    /** What a record needs before an executive can review it. */
    void validateForReview() {
        validateForSaving();
        new InvalidInputException.Collector()
                .check(!problem.isEmpty(), "problem", "Describe the problem the solution solves.")
                .check(!trigger.isEmpty(), "trigger", "Say what starts the workflow.")
                .check(!steps.isEmpty(), "steps", "Add the workflow's steps.")
                .check(!kpis.isEmpty(), "kpis", "Add at least one KPI with baseline and target.")
                .check(savingsMethod != SavingsMethod.HOURS_KPI || hoursKpiKey != null, "hoursKpiKey",
                        "Choose the KPI that measures monthly hours.")
                .check(hourlyCost.signum() > 0, "hourlyCost", "Enter the loaded hourly cost used to value the hours saved.")
                .throwIfAny();
    }

    /** The fields that differ between two revisions, labelled for people, in reading order. */
    public static List<FieldChange> changes(DesignContent before, DesignContent after) {
        Map<String, Function<DesignContent, String>> fields = new LinkedHashMap<>();
        fields.put("Title", DesignContent::title);
        fields.put("Problem", DesignContent::problem);
        fields.put("Solution type", c -> c.solutionType().label());
        fields.put("Trigger", DesignContent::trigger);
        fields.put("Workflow steps", c -> String.join("\n", c.steps().stream()
                .map(s -> s.actor().label() + ": " + s.description()).toList()));
        fields.put("Systems and integrations", DesignContent::systems);
        fields.put("Data and privacy", DesignContent::dataAndPrivacy);
        fields.put("Human-in-the-loop checkpoints", DesignContent::humanCheckpoints);
        fields.put("Risks and mitigations", DesignContent::risks);
        fields.put("KPIs", c -> String.join("\n", c.kpis().stream()
                .map(k -> k.name() + " (" + k.unit() + ", " + k.direction() + ", " + k.cadence() + "): "
                        + k.baseline().stripTrailingZeros().toPlainString() + " → " + k.target().stripTrailingZeros().toPlainString())
                .toList()));
        fields.put("Build cost", c -> plain(c.buildCost()));
        fields.put("Running cost per month", c -> plain(c.runningCostPerMonth()));
        fields.put("Expected hours saved per month", c -> plain(c.expectedHoursPerMonth()));
        fields.put("Expected money saved per month", c -> plain(c.expectedMoneyPerMonth()));
        fields.put("Savings measured", c -> c.savingsMethod() == SavingsMethod.RUNS ? "From runs" : "From an hours KPI");
        fields.put("Loaded hourly cost", c -> plain(c.hourlyCost()));
        fields.put("Baseline minutes per occurrence", c -> plain(c.baselineMinutesPerOccurrence()));
        fields.put("Review minutes per run", c -> plain(c.reviewMinutesPerRun()));
        fields.put("Baseline monthly hours", c -> plain(c.baselineMonthlyHours()));
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((label, value) -> {
            String a = value.apply(before);
            String b = value.apply(after);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(label, a, b));
            }
        });
        return changes;
    }

    /** One field that differs between two revisions. */
    public record FieldChange(String field, String before, String after) {
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static BigDecimal money(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
