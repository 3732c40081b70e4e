package studio.smartwork.portal.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.design.DesignContent.StepActor;
import studio.smartwork.portal.design.DesignTemplateContent.KpiBaseline;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateKpi;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateRisk;
import studio.smartwork.portal.design.DesignTemplateContent.TemplateStep;
import studio.smartwork.portal.design.KpiDefinition.KpiCadence;
import studio.smartwork.portal.design.KpiDefinition.KpiDirection;
import studio.smartwork.portal.design.KpiDefinition.KpiUnit;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;

/** The library of design templates and records started from it, on the real database, as each kind of person. */
@SpringBootTest
class DesignTemplatesTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ApplicationContext context;
    @Autowired
    DesignTemplates templates;
    @Autowired
    DesignRecords designs;
    @Autowired
    AuditAnalysis analysis;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theLibraryComesWithTheMethodsThreeSolutionsAndOneTemplateForEachOtherTypeInBothLanguages() {
        SignIn.as(context, DemoPeople.CARLA);
        List<DesignTemplate> builtIn = templates.offered().stream().filter(t -> t.changedBy().isEmpty()).toList();

        assertThat(builtIn).extracting(DesignTemplate::solutionType).containsExactly(SolutionType.values());
        assertThat(builtIn.subList(0, 3)).extracting(t -> t.content().name().english()).containsExactly(
                "Voice agent that answers calls with the business's information",
                "Lead qualifier that applies the sales team's exact criteria",
                "Inbox organised by the operation's real priorities");
        for (DesignTemplate template : builtIn) {
            DesignTemplateContent content = template.content();
            for (Language language : Language.values()) {
                assertThat(List.of(content.name(), content.summary(), content.trigger(), content.systems(), content.dataAndPrivacy(),
                        content.humanCheckpoints())).allSatisfy(text -> assertThat(text.in(language)).isNotBlank());
                assertThat(content.risks()).isNotEmpty().allSatisfy(r -> assertThat(r.mitigation().in(language)).isNotBlank());
                assertThat(content.kpis()).allSatisfy(k -> assertThat(k.name().in(language)).isNotBlank());
            }
            assertThat(content.steps()).extracting(TemplateStep::actor).contains(StepActor.HUMAN);
            assertThat(content.kpis()).extracting(TemplateKpi::baseline).contains(KpiBaseline.AUDIT_MONTHLY_HOURS);
            assertThat(template.version()).isEqualTo(1);
        }
    }

    /**
     * The audit scenario of AuditFormulaTests: calls 600 min in 60 occurrences and leads 300 min
     * in 30, over ten working days of a 21-day month (× 2.1): 21 h + 10.5 h = 31.5 h a month in
     * 189 occurrences, so 31.5 × 60 / 189 = 10 minutes each; 70 % potential saves 22.05 h
     * (830.55 a month). The hours KPI's target is 31.5 − 22.05 = 9.45, the minutes' 10 / 4 = 2.5.
     */
    @Test
    void aRecordFromACandidateAndATemplateHasTheTemplatesFieldsInTheClientsLanguageAndTheAuditsBaselines() {
        String s = AuditFixture.suffix();
        Campaign campaign = AuditFixture.campaign(context, "Template " + s, MONDAY, MONDAY.plusDays(11), DemoPeople.SAM, DemoPeople.LIA);
        assertThat(AuditFixture.importRows(context, campaign,
                MONDAY + ",sam@acme.example,Support " + s + ",Calls " + s + ",600,60,5,5,5,,\n"
                        + MONDAY + ",lia@acme.example,Sales " + s + ",Leads " + s + ",300,30,4,4,4,,\n").problems()).isEmpty();
        TenantId acme = AuditFixture.acme(context);
        List<Long> taskIds = analysis.analysis(acme, campaign.id()).tasks().stream().map(TaskAnalysis::taskId).toList();
        long candidate = analysis.promote(acme, campaign.id(), new NewCandidate("Phone assistant " + s, new BigDecimal("70"), Effort.M,
                null, taskIds)).id();
        SignIn.as(context, DemoPeople.CARLA);
        DesignTemplate voice = builtIn(SolutionType.VOICE_AGENT);

        DesignRecordSummary record = designs.create(acme, "", List.of(candidate), voice.id());

        DesignContent content = designs.record(acme, record.number()).content();
        // Acme's records are in Spanish, whoever starts them.
        assertThat(content.title()).isEqualTo("Phone assistant " + s);
        assertThat(content.solutionType()).isEqualTo(SolutionType.VOICE_AGENT);
        assertThat(content.workflow().trigger()).isEqualTo("Una llamada entrante al número del negocio");
        assertThat(content.workflow().steps()).extracting(DesignContent.WorkflowStep::actor)
                .containsExactly(StepActor.AI, StepActor.SYSTEM, StepActor.AI, StepActor.HUMAN);
        assertThat(content.workflow().steps().getFirst().description()).isEqualTo("Atiende la llamada y pregunta qué necesita quien llama");
        assertThat(content.systemsAndRisks().systems()).startsWith("Telefonía (SIP o la API del proveedor)");
        assertThat(content.systemsAndRisks().dataAndPrivacy()).startsWith("Teléfonos de quienes llaman");
        assertThat(content.systemsAndRisks().humanCheckpoints()).startsWith("Quien llama puede pedir una persona");
        assertThat(content.systemsAndRisks().risks()).isEqualTo("""
                Respuesta errónea o desactualizada: responde solo con información aprobada y revisada cada mes
                Números o nombres mal entendidos: los repite para confirmarlos antes de usarlos
                Servicio de voz caído: las llamadas vuelven a la cola habitual""");
        assertThat(content.kpis()).extracting(DesignContent.KpiSpec::name).containsExactly(
                "Horas al mes dedicadas a atender estas llamadas", "Minutos de una persona por llamada",
                "Llamadas resueltas sin una persona", "Tiempo de espera hasta que se atiende una llamada");
        assertThat(content.kpis()).extracting(DesignContent.KpiSpec::unit)
                .containsExactly(KpiUnit.HOURS, KpiUnit.MINUTES, KpiUnit.PERCENT, KpiUnit.MINUTES);
        assertThat(content.kpis()).extracting(DesignContent.KpiSpec::direction).containsExactly(KpiDirection.LOWER_IS_BETTER,
                KpiDirection.LOWER_IS_BETTER, KpiDirection.HIGHER_IS_BETTER, KpiDirection.LOWER_IS_BETTER);
        DesignContent.KpiSpec hours = content.kpis().get(0);
        DesignContent.KpiSpec minutes = content.kpis().get(1);
        assertThat(hours.baseline()).isEqualByComparingTo("31.5");
        assertThat(hours.target()).isEqualByComparingTo("9.45");
        assertThat(minutes.baseline()).isEqualByComparingTo("10");
        assertThat(minutes.target()).isEqualByComparingTo("2.5");
        // What the audit cannot know starts where a KPI added in the editor does, for the consultant to measure.
        assertThat(content.kpis().get(2).baseline()).isEqualByComparingTo("0");
        assertThat(content.kpis().get(2).target()).isEqualByComparingTo("1");
        assertThat(content.savingsMeasurement().hoursKpiKey()).isEqualTo(hours.key());
        // The audit's own prefill stays: the problem, the expected saving and how it will be measured.
        assertThat(content.problem()).contains("31,5").contains("Calls " + s);
        assertThat(content.costsAndSaving().expectedHoursPerMonth()).isEqualByComparingTo("22.05");
        assertThat(content.costsAndSaving().expectedMoneyPerMonth()).isEqualByComparingTo("830.55");
        assertThat(content.savingsMeasurement().baselineMinutesPerOccurrence()).isEqualByComparingTo("10");
        assertThat(content.savingsMeasurement().hourlyCost()).isEqualByComparingTo("37.67");
        assertThat(designs.template(acme, record.number())).map(DesignTemplate::origin).contains(voice.origin());
        assertThat(designs.openCandidates(acme)).extracting(CandidateFacts::id).doesNotContain(candidate);
    }

    @Test
    void aBlankRecordFromATemplateInAnEnglishClientIsInEnglishAndNamedAfterTheTemplate() {
        SignIn.as(context, DemoPeople.CARLA);
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        DesignTemplate leads = builtIn(SolutionType.LEAD_QUALIFICATION);

        DesignRecordSummary record = designs.create(brightsmile, " ", List.of(), leads.id());

        DesignContent content = designs.record(brightsmile, record.number()).content();
        assertThat(content.title()).isEqualTo("Lead qualifier that applies the sales team's exact criteria");
        assertThat(content.workflow().trigger()).isEqualTo("A new lead arrives from the web form, e-mail or a marketplace");
        assertThat(content.kpis()).extracting(DesignContent.KpiSpec::name).contains("Conversion rate of qualified leads");
        // Without a candidate the audit knows no baseline: every KPI is there to be measured.
        assertThat(content.kpis()).allSatisfy(k -> {
            assertThat(k.baseline()).isEqualByComparingTo("0");
            assertThat(k.target()).isEqualByComparingTo("1");
        });
        assertThat(content.problem()).isEmpty();
        // Starting blank stays possible and remembers no template.
        DesignRecordSummary blank = designs.create(brightsmile, "Blank " + AuditFixture.suffix(), List.of());
        assertThat(designs.template(brightsmile, blank.number())).isEmpty();
        assertThat(designs.record(brightsmile, blank.number()).content().workflow().steps()).isEmpty();
    }

    @Test
    void aChangeIsANewVersionTheOldOnesAreKeptAndARecordKeepsTheVersionItCameFrom() {
        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplate first = templates.add(sample("Versions " + AuditFixture.suffix()));
        SignIn.as(context, DemoPeople.CARLA);
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        DesignRecordSummary fromFirst = designs.create(brightsmile, "", List.of(), first.id());

        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplateContent changed = new DesignTemplateContent(first.content().name(), first.content().summary(),
                SolutionType.SCHEDULING, new TemplateText("A booking request", "Una solicitud de reserva"), first.content().steps(),
                first.content().systems(), first.content().dataAndPrivacy(), first.content().humanCheckpoints(), first.content().risks(),
                first.content().kpis());
        DesignTemplate second = templates.change(first.id(), 1, changed);

        assertThat(second.version()).isEqualTo(2);
        assertThat(templates.versions(first.id())).extracting(DesignTemplate::version).containsExactly(2, 1);
        assertThat(templates.versions(first.id()).get(1).content()).isEqualTo(first.content());
        assertThat(templates.versions(first.id()).get(0).changedBy()).isNotEmpty();
        assertThat(templates.change(first.id(), 2, changed).version()).as("nothing changed: no new version").isEqualTo(2);
        ChangedMeanwhileException stale = catchThrowableOfType(ChangedMeanwhileException.class,
                () -> templates.change(first.id(), 1, first.content()));
        assertThat(stale.problems().get("version").key()).isEqualTo("design.templates.refused.changed-meanwhile");
        assertThat(designs.template(brightsmile, fromFirst.number())).hasValueSatisfying(origin -> {
            assertThat(origin.version()).isEqualTo(1);
            assertThat(origin.content().trigger().english()).isEqualTo("A customer asks for it");
        });
        // The database keeps versions as written and templates too, whatever code runs.
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThatThrownBy(() -> jdbc.sql("update design_template_version set content = '{}' where template_id = :id")
                .param("id", first.id()).update()).hasMessageContaining("kept as written");
        assertThatThrownBy(() -> jdbc.sql("delete from design_template where id = :id").param("id", first.id()).update())
                .hasMessageContaining("not deleted");
    }

    @Test
    void aRetiredTemplateIsNoLongerOfferedButRecordsFromItKeepTheirLinkAndItCanBeRestored() {
        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplate template = templates.add(sample("Retired " + AuditFixture.suffix()));
        SignIn.as(context, DemoPeople.CARLA);
        TenantId brightsmile = DemoTenants.id(context, "brightsmile");
        DesignRecordSummary record = designs.create(brightsmile, "", List.of(), template.id());

        SignIn.as(context, DemoPeople.ADMIN);
        assertThat(templates.retire(template.id()).retired()).isTrue();

        SignIn.as(context, DemoPeople.CARLA);
        assertThat(templates.offered()).extracting(DesignTemplate::id).doesNotContain(template.id());
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> designs.create(brightsmile, "", List.of(), template.id()));
        assertThat(refused.problems().get("template").key()).isEqualTo("design.templates.refused.retired");
        assertThat(designs.template(brightsmile, record.number())).map(DesignTemplate::origin).contains(template.origin());

        SignIn.as(context, DemoPeople.ADMIN);
        templates.restore(template.id());
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(templates.offered()).extracting(DesignTemplate::id).contains(template.id());
    }

    @Test
    void onlyAdministratorsChangeTheLibraryAndOnlyTheConsultancyReadsIt() {
        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplate template = templates.add(sample("Guarded " + AuditFixture.suffix()));
        for (String person : List.of(DemoPeople.CARLA, DemoPeople.TOM, DemoPeople.EVA, DemoPeople.JOE)) {
            SignIn.as(context, person);
            assertThatThrownBy(() -> templates.add(sample("Intruder"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.change(template.id(), 1, sample("Intruder"))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.retire(template.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.restore(template.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.versions(template.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> templates.libraryCount("")).isInstanceOf(AccessDeniedException.class);
        }
        for (String client : List.of(DemoPeople.EVA, DemoPeople.JOE)) {
            SignIn.as(context, client);
            assertThatThrownBy(() -> templates.offered()).isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(context, DemoPeople.ADMIN);
        assertThat(templates.template(template.id()).version()).isEqualTo(1);
        assertThat(templates.template(template.id()).retired()).isFalse();
    }

    @Test
    void aTemplateNeedsEveryTextInBothLanguages() {
        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplateContent good = sample("Checked " + AuditFixture.suffix());
        DesignTemplateContent englishOnly = new DesignTemplateContent(new TemplateText("English only", ""), good.summary(),
                good.solutionType(), good.trigger(), List.of(new TemplateStep(StepActor.AI, new TemplateText("Reads it", ""))),
                good.systems(), new TemplateText("Only this", ""), good.humanCheckpoints(),
                List.of(new TemplateRisk(new TemplateText("A risk", "Un riesgo"), TemplateText.empty())), List.of());

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> templates.add(englishOnly));

        assertThat(refused.problems()).containsOnlyKeys("name", "dataAndPrivacy", "steps", "risks", "kpis");
        assertThat(refused.problems().get("name").key()).isEqualTo("design.templates.refused.name");
        assertThat(refused.problems().get("dataAndPrivacy").key()).isEqualTo("design.templates.refused.both-languages");
        assertThat(refused.problems().get("risks").key()).isEqualTo("design.templates.refused.risk");
        assertThat(templates.libraryCount("English only")).isZero();
        DesignTemplateContent pasted = new DesignTemplateContent(good.name(), good.summary(), good.solutionType(), good.trigger(),
                List.of(new TemplateStep(StepActor.AI, new TemplateText("Reads\u0000it", "Lo lee"))), good.systems(),
                good.dataAndPrivacy(), good.humanCheckpoints(), good.risks(), good.kpis());
        InvalidInputException nul = catchThrowableOfType(InvalidInputException.class, () -> templates.add(pasted));
        assertThat(nul.problems()).containsOnlyKeys("texts");
    }

    private DesignTemplate builtIn(SolutionType type) {
        return templates.offered().stream().filter(t -> t.solutionType() == type && t.changedBy().isEmpty()).findFirst().orElseThrow();
    }

    /** A complete template of the tests' own, so that no test changes a built-in one another relies on. */
    static DesignTemplateContent sample(String name) {
        return new DesignTemplateContent(new TemplateText(name, name + " (es)"), new TemplateText("Books visits", "Reserva visitas"),
                SolutionType.OTHER, new TemplateText("A customer asks for it", "Un cliente lo pide"),
                List.of(new TemplateStep(StepActor.AI, new TemplateText("Reads the request", "Lee la solicitud")),
                        new TemplateStep(StepActor.HUMAN, new TemplateText("Confirms it", "La confirma"))),
                new TemplateText("Calendar", "Agenda"), new TemplateText("Names only", "Solo nombres"),
                new TemplateText("Staff confirm", "El personal confirma"),
                List.of(new TemplateRisk(new TemplateText("Double booking", "Reserva doble"),
                        new TemplateText("calendar checked", "se consulta la agenda"))),
                List.of(new TemplateKpi(new TemplateText("Hours a month", "Horas al mes"), KpiUnit.HOURS, KpiDirection.LOWER_IS_BETTER,
                        KpiCadence.MONTHLY, KpiBaseline.AUDIT_MONTHLY_HOURS)));
    }
}
