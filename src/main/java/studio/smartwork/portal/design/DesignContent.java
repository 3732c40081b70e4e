package studio.smartwork.portal.design;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.design.LiveSolution.SavingsMethod;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;

/**
 * Everything a solution design record says (docs/product.md, "Content of a record"), as one revision holds it,
 * in the groups a record is read in: the problem and the workflow that solves it, the
 * systems it touches and its risks, its KPIs, what it costs and is expected to save, and how
 * the saving will be measured once the solution is live. Money is in the tenant's currency.
 *
 * <p>Content is made with {@link #builder()} and changed with {@link #toBuilder()}, by field
 * name: a new field is added to its group and to the builder here, and no caller changes.
 *
 * <p>A revision is stored as one flat JSON object holding every field, and stored revisions
 * are never rewritten (decision 0020). The groups are therefore unwrapped into that object:
 * they shape the code, while the stored shape stays the one people's revisions already have.
 */
public record DesignContent(
        String title,
        String problem,
        SolutionType solutionType,
        @JsonUnwrapped Workflow workflow,
        @JsonUnwrapped SystemsAndRisks systemsAndRisks,
        List<KpiSpec> kpis,
        @JsonUnwrapped CostsAndSaving costsAndSaving,
        @JsonUnwrapped SavingsMeasurement savingsMeasurement) {

    public enum StepActor {
        AI, SYSTEM, HUMAN;

        /** The key of who acts, in the portal's texts: "design.step-actor.human". */
        public String textKey() {
            return "design.step-actor." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** One step of the workflow, in order. */
    public record WorkflowStep(StepActor actor, String description) {
    }

    /** What starts the workflow, and its steps in order. */
    public record Workflow(String trigger, List<WorkflowStep> steps) {

        public Workflow {
            trigger = text(trigger);
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /** What the solution touches and what could go wrong, with how people stay in control. */
    public record SystemsAndRisks(String systems, String dataAndPrivacy, String humanCheckpoints, String risks) {

        public SystemsAndRisks {
            systems = text(systems);
            dataAndPrivacy = text(dataAndPrivacy);
            humanCheckpoints = text(humanCheckpoints);
            risks = text(risks);
        }
    }

    /** A KPI as designed; {@code key} stays the same across revisions. */
    public record KpiSpec(String key, String name, KpiUnit unit, KpiDirection direction,
            BigDecimal baseline, BigDecimal target, KpiCadence cadence) {

        /** A key for a KPI being added; measurements follow a KPI by its key, so it never changes afterwards. */
        public static String newKey() {
            return UUID.randomUUID().toString().substring(0, 8);
        }
    }

    /** The one-off and running cost, and the saving expected per month. */
    public record CostsAndSaving(BigDecimal buildCost, BigDecimal runningCostPerMonth, BigDecimal expectedHoursPerMonth,
            BigDecimal expectedMoneyPerMonth) {

        public CostsAndSaving {
            buildCost = money(buildCost);
            runningCostPerMonth = money(runningCostPerMonth);
            expectedHoursPerMonth = money(expectedHoursPerMonth);
            expectedMoneyPerMonth = money(expectedMoneyPerMonth);
        }
    }

    /**
     * How the saving will be measured once the solution is live (docs/product.md, "Savings"); outcome
     * measurement takes these figures from the approved revision.
     *
     * @param hourlyCost                   the loaded hourly cost that values the hours saved
     * @param baselineMinutesPerOccurrence for {@link SavingsMethod#RUNS}: manual minutes per occurrence before
     * @param reviewMinutesPerRun          for {@link SavingsMethod#RUNS}: human review minutes per run after
     * @param baselineMonthlyHours         for {@link SavingsMethod#HOURS_KPI}: monthly hours before
     * @param hoursKpiKey                  for {@link SavingsMethod#HOURS_KPI}: the KPI that measures monthly hours
     */
    public record SavingsMeasurement(SavingsMethod savingsMethod, BigDecimal hourlyCost, BigDecimal baselineMinutesPerOccurrence,
            BigDecimal reviewMinutesPerRun, BigDecimal baselineMonthlyHours, @Nullable String hoursKpiKey) {

        public SavingsMeasurement {
            savingsMethod = savingsMethod == null ? SavingsMethod.RUNS : savingsMethod;
            hourlyCost = money(hourlyCost);
            baselineMinutesPerOccurrence = money(baselineMinutesPerOccurrence);
            reviewMinutesPerRun = money(reviewMinutesPerRun);
            baselineMonthlyHours = money(baselineMonthlyHours);
        }
    }

    public DesignContent {
        title = text(title);
        problem = text(problem);
        solutionType = solutionType == null ? SolutionType.OTHER : solutionType;
        workflow = workflow == null ? new Workflow(null, null) : workflow;
        systemsAndRisks = systemsAndRisks == null ? new SystemsAndRisks(null, null, null, null) : systemsAndRisks;
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        costsAndSaving = costsAndSaving == null ? new CostsAndSaving(null, null, null, null) : costsAndSaving;
        savingsMeasurement = savingsMeasurement == null ? new SavingsMeasurement(null, null, null, null, null, null) : savingsMeasurement;
    }

    /** The longest title a record may have. */
    static final int TITLE_LENGTH = 200;

    /** Content with nothing set yet: empty texts, no steps or KPIs, zero money, "other", measured from runs. */
    public static Builder builder() {
        return new Builder();
    }

    /** This content to change field by field; the content itself stays as it is. */
    public Builder toBuilder() {
        return new Builder()
                .title(title)
                .problem(problem)
                .solutionType(solutionType)
                .trigger(workflow.trigger())
                .steps(workflow.steps())
                .systems(systemsAndRisks.systems())
                .dataAndPrivacy(systemsAndRisks.dataAndPrivacy())
                .humanCheckpoints(systemsAndRisks.humanCheckpoints())
                .risks(systemsAndRisks.risks())
                .kpis(kpis)
                .buildCost(costsAndSaving.buildCost())
                .runningCostPerMonth(costsAndSaving.runningCostPerMonth())
                .expectedHoursPerMonth(costsAndSaving.expectedHoursPerMonth())
                .expectedMoneyPerMonth(costsAndSaving.expectedMoneyPerMonth())
                .savingsMethod(savingsMeasurement.savingsMethod())
                .hourlyCost(savingsMeasurement.hourlyCost())
                .baselineMinutesPerOccurrence(savingsMeasurement.baselineMinutesPerOccurrence())
                .reviewMinutesPerRun(savingsMeasurement.reviewMinutesPerRun())
                .baselineMonthlyHours(savingsMeasurement.baselineMonthlyHours())
                .hoursKpiKey(savingsMeasurement.hoursKpiKey());
    }

    /** Problems that keep a record from being saved at all. */
    void validateForSaving() {
        InvalidInputException.Collector problems = new InvalidInputException.Collector()
                .check(!title.isEmpty() && title.length() <= TITLE_LENGTH, "title", "design.refused.title", TITLE_LENGTH)
                .check(EnteredText.isLine(title), "title", EnteredText.LINE)
                .check(EnteredText.isProse(problem), "problem", EnteredText.PROSE)
                .check(EnteredText.isProse(workflow.trigger()), "trigger", EnteredText.PROSE)
                .check(EnteredText.isProse(systemsAndRisks.systems()), "systems", EnteredText.PROSE)
                .check(EnteredText.isProse(systemsAndRisks.dataAndPrivacy()), "dataAndPrivacy", EnteredText.PROSE)
                .check(EnteredText.isProse(systemsAndRisks.humanCheckpoints()), "humanCheckpoints", EnteredText.PROSE)
                .check(EnteredText.isProse(systemsAndRisks.risks()), "risks", EnteredText.PROSE);
        for (BigDecimal amount : List.of(costsAndSaving.buildCost(), costsAndSaving.runningCostPerMonth(),
                costsAndSaving.expectedHoursPerMonth(), costsAndSaving.expectedMoneyPerMonth(), savingsMeasurement.hourlyCost(),
                savingsMeasurement.baselineMinutesPerOccurrence(), savingsMeasurement.reviewMinutesPerRun(),
                savingsMeasurement.baselineMonthlyHours())) {
            problems.check(amount.signum() >= 0, "money", "design.refused.negative");
        }
        List<WorkflowStep> steps = workflow.steps();
        for (int i = 0; i < steps.size(); i++) {
            problems.check(steps.get(i).actor() != null && !text(steps.get(i).description()).isEmpty(), "steps",
                    "design.refused.step-incomplete", i + 1)
                    .check(EnteredText.isProse(steps.get(i).description()), "steps", "design.refused.step-nul", i + 1);
        }
        List<String> keys = new ArrayList<>();
        for (KpiSpec kpi : kpis) {
            problems.check(!text(kpi.name()).isEmpty(), "kpis", "design.refused.kpi-name")
                    .check(EnteredText.isLine(kpi.name()) && EnteredText.isLine(kpi.key()), "kpis", "design.refused.kpi-name-line")
                    .check(kpi.unit() != null && kpi.direction() != null && kpi.cadence() != null, "kpis",
                            "design.refused.kpi-settings", kpi.name())
                    .check(kpi.baseline() != null && kpi.target() != null, "kpis", "design.refused.kpi-figures", kpi.name())
                    .check(kpi.baseline() == null || kpi.target() == null || kpi.baseline().compareTo(kpi.target()) != 0, "kpis",
                            "design.refused.kpi-target", kpi.name())
                    .check(!keys.contains(kpi.key()), "kpis", "design.refused.kpi-keys");
            keys.add(kpi.key());
        }
        String hoursKpiKey = savingsMeasurement.hoursKpiKey();
        problems.check(hoursKpiKey == null || keys.contains(hoursKpiKey), "hoursKpiKey", "design.refused.hours-kpi-unknown");
        problems.throwIfAny();
    }

    /** What a record needs before an executive can review it. */
    void validateForReview() {
        validateForSaving();
        new InvalidInputException.Collector()
                .check(!problem.isEmpty(), "problem", "design.refused.problem")
                .check(!workflow.trigger().isEmpty(), "trigger", "design.refused.trigger")
                .check(!workflow.steps().isEmpty(), "steps", "design.refused.steps")
                .check(!kpis.isEmpty(), "kpis", "design.refused.kpis")
                .check(savingsMeasurement.savingsMethod() != SavingsMethod.HOURS_KPI || savingsMeasurement.hoursKpiKey() != null,
                        "hoursKpiKey", "design.refused.hours-kpi")
                .check(savingsMeasurement.hourlyCost().signum() > 0, "hourlyCost", "design.refused.hourly-cost")
                .throwIfAny();
    }

    /**
     * How a page writes the fields of two revisions for its reader, to compare them: texts by
     * key in the reader's language, figures and money as the tenant writes them.
     */
    public interface Wording {
        String text(String key, Object... args);

        String figure(BigDecimal value);

        String money(BigDecimal value);
    }

    /**
     * The fields that differ between two revisions, in reading order, each named and written in
     * the reader's words. Fields are compared as written, so a change nobody could see is none.
     */
    public static List<FieldChange> changes(DesignContent before, DesignContent after, Wording words) {
        Map<String, Function<DesignContent, String>> fields = new LinkedHashMap<>();
        fields.put("design.field.title", DesignContent::title);
        fields.put("design.field.problem", DesignContent::problem);
        fields.put("design.field.solution-type", c -> words.text(c.solutionType().textKey()));
        fields.put("design.field.trigger", c -> c.workflow().trigger());
        fields.put("design.field.steps", c -> String.join("\n", c.workflow().steps().stream()
                .map(s -> words.text(s.actor().textKey()) + ": " + s.description()).toList()));
        fields.put("design.field.systems", c -> c.systemsAndRisks().systems());
        fields.put("design.field.data-and-privacy", c -> c.systemsAndRisks().dataAndPrivacy());
        fields.put("design.field.human-checkpoints", c -> c.systemsAndRisks().humanCheckpoints());
        fields.put("design.field.risks", c -> c.systemsAndRisks().risks());
        fields.put("design.field.kpis", c -> String.join("\n", c.kpis().stream()
                .map(k -> words.text("design.compare.kpi", k.name(), words.text(k.unit().textKey()),
                        words.text(k.direction().textKey()), words.text(k.cadence().textKey()),
                        words.figure(k.baseline()), words.figure(k.target())))
                .toList()));
        fields.put("design.field.build-cost", c -> words.money(c.costsAndSaving().buildCost()));
        fields.put("design.field.running-cost", c -> words.money(c.costsAndSaving().runningCostPerMonth()));
        fields.put("design.field.expected-hours", c -> words.figure(c.costsAndSaving().expectedHoursPerMonth()));
        fields.put("design.field.expected-money", c -> words.money(c.costsAndSaving().expectedMoneyPerMonth()));
        fields.put("design.field.savings-method", c -> words.text(c.savingsMeasurement().savingsMethod().textKey()));
        fields.put("design.field.hourly-cost", c -> words.money(c.savingsMeasurement().hourlyCost()));
        fields.put("design.field.baseline-minutes", c -> words.figure(c.savingsMeasurement().baselineMinutesPerOccurrence()));
        fields.put("design.field.review-minutes", c -> words.figure(c.savingsMeasurement().reviewMinutesPerRun()));
        fields.put("design.field.baseline-hours", c -> words.figure(c.savingsMeasurement().baselineMonthlyHours()));
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, value) -> {
            String a = value.apply(before);
            String b = value.apply(after);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(words.text(field), a, b));
            }
        });
        return changes;
    }

    /** One field that differs between two revisions, as the reader reads it. */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * Fills in a content by field name. Fields left unset are normalised by the records above
     * (texts empty, lists empty, money zero), as they are when a stored revision lacks them.
     */
    public static final class Builder {
        private @Nullable String title;
        private @Nullable String problem;
        private @Nullable SolutionType solutionType;
        private @Nullable String trigger;
        private @Nullable List<WorkflowStep> steps;
        private @Nullable String systems;
        private @Nullable String dataAndPrivacy;
        private @Nullable String humanCheckpoints;
        private @Nullable String risks;
        private @Nullable List<KpiSpec> kpis;
        private @Nullable BigDecimal buildCost;
        private @Nullable BigDecimal runningCostPerMonth;
        private @Nullable BigDecimal expectedHoursPerMonth;
        private @Nullable BigDecimal expectedMoneyPerMonth;
        private @Nullable SavingsMethod savingsMethod;
        private @Nullable BigDecimal hourlyCost;
        private @Nullable BigDecimal baselineMinutesPerOccurrence;
        private @Nullable BigDecimal reviewMinutesPerRun;
        private @Nullable BigDecimal baselineMonthlyHours;
        private @Nullable String hoursKpiKey;

        private Builder() {
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder problem(@Nullable String problem) {
            this.problem = problem;
            return this;
        }

        public Builder solutionType(@Nullable SolutionType solutionType) {
            this.solutionType = solutionType;
            return this;
        }

        public Builder trigger(@Nullable String trigger) {
            this.trigger = trigger;
            return this;
        }

        public Builder steps(@Nullable List<WorkflowStep> steps) {
            this.steps = steps;
            return this;
        }

        public Builder systems(@Nullable String systems) {
            this.systems = systems;
            return this;
        }

        public Builder dataAndPrivacy(@Nullable String dataAndPrivacy) {
            this.dataAndPrivacy = dataAndPrivacy;
            return this;
        }

        public Builder humanCheckpoints(@Nullable String humanCheckpoints) {
            this.humanCheckpoints = humanCheckpoints;
            return this;
        }

        public Builder risks(@Nullable String risks) {
            this.risks = risks;
            return this;
        }

        public Builder kpis(@Nullable List<KpiSpec> kpis) {
            this.kpis = kpis;
            return this;
        }

        public Builder buildCost(@Nullable BigDecimal buildCost) {
            this.buildCost = buildCost;
            return this;
        }

        public Builder runningCostPerMonth(@Nullable BigDecimal runningCostPerMonth) {
            this.runningCostPerMonth = runningCostPerMonth;
            return this;
        }

        public Builder expectedHoursPerMonth(@Nullable BigDecimal expectedHoursPerMonth) {
            this.expectedHoursPerMonth = expectedHoursPerMonth;
            return this;
        }

        public Builder expectedMoneyPerMonth(@Nullable BigDecimal expectedMoneyPerMonth) {
            this.expectedMoneyPerMonth = expectedMoneyPerMonth;
            return this;
        }

        public Builder savingsMethod(@Nullable SavingsMethod savingsMethod) {
            this.savingsMethod = savingsMethod;
            return this;
        }

        public Builder hourlyCost(@Nullable BigDecimal hourlyCost) {
            this.hourlyCost = hourlyCost;
            return this;
        }

        public Builder baselineMinutesPerOccurrence(@Nullable BigDecimal baselineMinutesPerOccurrence) {
            this.baselineMinutesPerOccurrence = baselineMinutesPerOccurrence;
            return this;
        }

        public Builder reviewMinutesPerRun(@Nullable BigDecimal reviewMinutesPerRun) {
            this.reviewMinutesPerRun = reviewMinutesPerRun;
            return this;
        }

        public Builder baselineMonthlyHours(@Nullable BigDecimal baselineMonthlyHours) {
            this.baselineMonthlyHours = baselineMonthlyHours;
            return this;
        }

        public Builder hoursKpiKey(@Nullable String hoursKpiKey) {
            this.hoursKpiKey = hoursKpiKey;
            return this;
        }

        public DesignContent build() {
            return new DesignContent(title, problem, solutionType,
                    new Workflow(trigger, steps),
                    new SystemsAndRisks(systems, dataAndPrivacy, humanCheckpoints, risks),
                    kpis,
                    new CostsAndSaving(buildCost, runningCostPerMonth, expectedHoursPerMonth, expectedMoneyPerMonth),
                    new SavingsMeasurement(savingsMethod, hourlyCost, baselineMinutesPerOccurrence, reviewMinutesPerRun,
                            baselineMonthlyHours, hoursKpiKey));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.trim();
    }

    private static BigDecimal money(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
