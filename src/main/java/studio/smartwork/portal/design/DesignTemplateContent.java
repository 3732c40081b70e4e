package studio.smartwork.portal.design;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.design.DesignContent.KpiSpec;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignContent.WorkflowStep;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;

/**
 * What one version of a design template says (docs/product.md, "Design templates"), each text in English and
 * Spanish. It fills exactly the fields of {@link DesignContent} a consultant would otherwise type
 * for a solution of its type: the trigger and workflow, systems, data and privacy notes, human
 * checkpoints, risks with their mitigations, and KPIs. The audit still gives the problem, the
 * figures and the KPI baselines it knows ({@link KpiBaseline}).
 */
public record DesignTemplateContent(
        TemplateText name,
        TemplateText summary,
        SolutionType solutionType,
        TemplateText trigger,
        List<TemplateStep> steps,
        TemplateText systems,
        TemplateText dataAndPrivacy,
        TemplateText humanCheckpoints,
        List<TemplateRisk> risks,
        List<TemplateKpi> kpis) {

    /** The longest name a template may have, as for a record's title. */
    static final int NAME_LENGTH = 200;

    public record TemplateStep(StepActor actor, TemplateText description) {
    }

    public record TemplateRisk(TemplateText risk, TemplateText mitigation) {
    }

    /** Where a KPI's baseline comes from when a record is started from the template. */
    public enum KpiBaseline {
        /** The candidate's monthly hours, with today's target: those hours less the expected saving. */
        AUDIT_MONTHLY_HOURS,
        /** The candidate's minutes per occurrence, with today's target: a quarter of them. */
        AUDIT_MINUTES_PER_OCCURRENCE,
        /** Not known to the audit: the consultant measures it before launch and enters it in the record. */
        MEASURED_BEFORE_LAUNCH;

        public String textKey() {
            return "design.templates.baseline." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public record TemplateKpi(TemplateText name, KpiUnit unit, KpiDirection direction, KpiCadence cadence, KpiBaseline baseline) {
    }

    public DesignTemplateContent {
        name = orEmpty(name);
        summary = orEmpty(summary);
        solutionType = solutionType == null ? SolutionType.OTHER : solutionType;
        trigger = orEmpty(trigger);
        steps = steps == null ? List.of() : List.copyOf(steps);
        systems = orEmpty(systems);
        dataAndPrivacy = orEmpty(dataAndPrivacy);
        humanCheckpoints = orEmpty(humanCheckpoints);
        risks = risks == null ? List.of() : List.copyOf(risks);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    /**
     * The figures of the audit a template's KPIs take, as a record started from candidates
     * without a template has them; absent when the record starts from no candidate.
     */
    record AuditKpiFigures(BigDecimal monthlyHours, BigDecimal monthlyHoursTarget, BigDecimal minutesPerOccurrence,
            BigDecimal minutesTarget) {
    }

    /**
     * The record's content with this template's fields filled in the given language, over the
     * content the audit prefilled (title, problem, figures and savings measurement stay as they are).
     * The KPIs are the template's: those the audit knows take its baseline and target, the others
     * start at 0 → 1 as a KPI added in the editor does, for the consultant to enter once measured.
     * The KPI of monthly hours, if any, is the one outcome measurement may read hours from.
     */
    DesignContent fill(DesignContent prefilled, Language language, @Nullable AuditKpiFigures audit) {
        List<KpiSpec> specs = new ArrayList<>();
        String hoursKpiKey = null;
        for (TemplateKpi kpi : kpis) {
            BigDecimal baseline = BigDecimal.ZERO;
            BigDecimal target = BigDecimal.ONE;
            if (audit != null && kpi.baseline() == KpiBaseline.AUDIT_MONTHLY_HOURS) {
                baseline = audit.monthlyHours();
                target = audit.monthlyHoursTarget();
            } else if (audit != null && kpi.baseline() == KpiBaseline.AUDIT_MINUTES_PER_OCCURRENCE) {
                baseline = audit.minutesPerOccurrence();
                target = audit.minutesTarget();
            }
            KpiSpec spec = new KpiSpec(KpiSpec.newKey(), kpi.name().in(language), kpi.unit(), kpi.direction(), baseline, target,
                    kpi.cadence());
            if (hoursKpiKey == null && kpi.baseline() == KpiBaseline.AUDIT_MONTHLY_HOURS) {
                hoursKpiKey = spec.key();
            }
            specs.add(spec);
        }
        return prefilled.toBuilder()
                .title(prefilled.title().isEmpty() ? name.in(language) : prefilled.title())
                .solutionType(solutionType)
                .trigger(trigger.in(language))
                .steps(steps.stream().map(s -> new WorkflowStep(s.actor(), s.description().in(language))).toList())
                .systems(systems.in(language))
                .dataAndPrivacy(dataAndPrivacy.in(language))
                .humanCheckpoints(humanCheckpoints.in(language))
                .risks(risksIn(language))
                .kpis(specs)
                .hoursKpiKey(hoursKpiKey)
                .build();
    }

    /** The risks as a record holds them: one line each, the risk and then its mitigation. */
    public String risksIn(Language language) {
        return String.join("\n", risks.stream().map(r -> r.risk().in(language) + ": " + r.mitigation().in(language)).toList());
    }

    /** Problems that keep an administrator's template from being saved: every text in both languages. */
    void validate() {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (Language language : Language.values()) {
            String title = name.in(language);
            problems.check(!title.isEmpty() && title.length() <= NAME_LENGTH && EnteredText.isLine(title), "name",
                    "design.templates.refused.name", NAME_LENGTH)
                    .check(!trigger.in(language).isEmpty(), "trigger", "design.templates.refused.trigger");
            List<TemplateText> texts = new ArrayList<>(List.of(summary, trigger, systems, dataAndPrivacy, humanCheckpoints));
            steps.stream().map(TemplateStep::description).forEach(texts::add);
            risks.forEach(r -> {
                texts.add(r.risk());
                texts.add(r.mitigation());
            });
            for (TemplateText text : texts) {
                problems.check(text == null || EnteredText.isProse(text.in(language)), "texts", EnteredText.PROSE);
            }
        }
        problems.check(summary.isBlank() || bothLanguages(summary), "summary", "design.templates.refused.both-languages")
                .check(bothLanguages(systems) || systems.isBlank(), "systems", "design.templates.refused.both-languages")
                .check(bothLanguages(dataAndPrivacy) || dataAndPrivacy.isBlank(), "dataAndPrivacy",
                        "design.templates.refused.both-languages")
                .check(bothLanguages(humanCheckpoints) || humanCheckpoints.isBlank(), "humanCheckpoints",
                        "design.templates.refused.both-languages")
                .check(!steps.isEmpty(), "steps", "design.templates.refused.steps")
                .check(!kpis.isEmpty(), "kpis", "design.templates.refused.kpis");
        for (int i = 0; i < steps.size(); i++) {
            TemplateStep step = steps.get(i);
            problems.check(step.actor() != null && step.description() != null && bothLanguages(step.description()), "steps",
                    "design.templates.refused.step", i + 1);
        }
        for (int i = 0; i < risks.size(); i++) {
            TemplateRisk risk = risks.get(i);
            problems.check(risk.risk() != null && risk.mitigation() != null && bothLanguages(risk.risk())
                    && bothLanguages(risk.mitigation()), "risks", "design.templates.refused.risk", i + 1);
        }
        for (int i = 0; i < kpis.size(); i++) {
            TemplateKpi kpi = kpis.get(i);
            problems.check(kpi.name() != null && bothLanguages(kpi.name()) && EnteredText.isLine(kpi.name().english())
                    && EnteredText.isLine(kpi.name().spanish()), "kpis", "design.templates.refused.kpi-name", i + 1)
                    .check(kpi.unit() != null && kpi.direction() != null && kpi.cadence() != null && kpi.baseline() != null, "kpis",
                            "design.templates.refused.kpi-settings", i + 1);
        }
        problems.throwIfAny();
    }

    private static boolean bothLanguages(TemplateText text) {
        return !text.english().isEmpty() && !text.spanish().isEmpty();
    }

    private static TemplateText orEmpty(@Nullable TemplateText text) {
        return text == null ? TemplateText.empty() : text;
    }
}
