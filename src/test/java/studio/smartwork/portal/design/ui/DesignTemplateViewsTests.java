package studio.smartwork.portal.design.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.design.DesignContent;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignTemplate;
import studio.smartwork.portal.design.DesignTemplates;
import studio.smartwork.portal.design.SolutionType;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;

class DesignTemplateViewsTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantPicksATemplateByTypeSeesWhatItFillsAndStartsTheRecordFromIt() {
        signIn(DemoPeople.CARLA);
        navigate("t/brightsmile/designs");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.records.new"))));
        ComboBox<SolutionType> type = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("design.templates.new.type")));
        ComboBox<DesignTemplate> template = _get(ComboBox.class, spec -> spec.withLabel(Texts.t("design.templates.new.template")));
        assertThat(template.getPlaceholder()).isEqualTo(Texts.t("design.templates.new.blank"));

        _setValue(type, SolutionType.LEAD_QUALIFICATION);
        List<DesignTemplate> offered = template.getListDataView().getItems().toList();
        assertThat(offered).isNotEmpty().allSatisfy(t -> assertThat(t.solutionType()).isEqualTo(SolutionType.LEAD_QUALIFICATION));
        DesignTemplate leads = offered.stream().filter(t -> t.changedBy().isEmpty()).findFirst().orElseThrow();
        _setValue(template, leads);
        Div preview = _get(Div.class, spec -> spec.withId("template-preview"));
        assertThat(preview.getElement().getTextRecursively()).contains("Lead qualifier that applies the sales team's exact criteria")
                .contains("A new lead arrives from the web form, e-mail or a marketplace")
                .contains("Conversion rate of qualified leads")
                .contains(Texts.t("design.templates.baseline.audit-monthly-hours"));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.new.create"))));

        assertThat(currentPath()).matches("t/brightsmile/designs/\\d+/edit");
        assertThat(_get(TextArea.class, spec -> spec.withLabel(Texts.t("design.field.trigger"))).getValue())
                .isEqualTo("A new lead arrives from the web form, e-mail or a marketplace");
        int number = Integer.parseInt(currentPath().replaceAll("\\D+", " ").trim());
        DesignContent content = context.getBean(DesignRecords.class).record(DemoTenants.id(context, "brightsmile"), number).content();
        assertThat(content.solutionType()).isEqualTo(SolutionType.LEAD_QUALIFICATION);
        assertThat(content.title()).isEqualTo("Lead qualifier that applies the sales team's exact criteria");
        navigate("t/brightsmile/designs/" + number);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("design-revision-line")).getText())
                .contains(Texts.t("design.templates.record.from", "Lead qualifier that applies the sales team's exact criteria", 1));
    }

    @Test
    void anAdministratorAddsATemplateIsToldWhatIsMissingAndRetiresIt() {
        signIn(DemoPeople.ADMIN);
        navigate("admin/templates");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("design-templates"));
        int before = GridKt._size(grid);
        assertThat(before).isGreaterThanOrEqualTo(SolutionType.values().length);

        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.templates.add"))));
        String name = "Visit booking " + System.nanoTime();
        _setValue(field("design.templates.in-english", "design.templates.field.name"), name);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.templates.save"))));
        TextField englishName = field("design.templates.in-english", "design.templates.field.name");
        assertThat(englishName.isInvalid()).isTrue();
        assertThat(englishName.getErrorMessage()).isEqualTo(Texts.t("design.templates.refused.name", 200));

        _setValue(field("design.templates.in-spanish", "design.templates.field.name"), name + " (es)");
        _setValue(area("design.templates.in-english", "design.field.trigger"), "A customer asks for a visit");
        _setValue(area("design.templates.in-spanish", "design.field.trigger"), "Un cliente pide una visita");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.templates.add-step"))));
        _setValue(field("design.templates.in-english", "design.templates.field.step"), "Offers free slots");
        _setValue(field("design.templates.in-spanish", "design.templates.field.step"), "Ofrece huecos libres");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.templates.add-kpi"))));
        _setValue(field("design.templates.in-english", "design.kpi.name"), "Hours booking visits");
        _setValue(field("design.templates.in-spanish", "design.kpi.name"), "Horas reservando visitas");
        _click(_get(Button.class, spec -> spec.withText(Texts.t("design.templates.save"))));

        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("design.templates.save")))).isEmpty();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        SignIn.as(context, DemoPeople.ADMIN);
        DesignTemplate added = context.getBean(DesignTemplates.class).library(studio.smartwork.portal.shared.PageRequest.first(10)
                .filtered(name)).getFirst();
        assertThat(added.content().name().spanish()).isEqualTo(name + " (es)");
        assertThat(added.content().steps()).hasSize(1);

        context.getBean(DesignTemplates.class).retire(added.id());
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(context.getBean(DesignTemplates.class).offered()).extracting(DesignTemplate::id).doesNotContain(added.id());
    }

    @Test
    void theLibraryPageIsForAdministratorsOnly() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/templates")).isInstanceOf(MockAccessDeniedException.class);
        newBrowserSession();
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/templates")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConsultantReadingSpanishIsOfferedTheTemplatesInSpanish() {
        signIn(DemoPeople.CARLA);
        navigate("t/brightsmile/designs");
        Button newRecord = _get(Button.class, spec -> spec.withText(Texts.t("design.records.new")));
        // As if she had chosen Spanish in her profile: the dialog opens in the page's language.
        UI.getCurrent().setLocale(Locale.forLanguageTag("es-ES"));
        _click(newRecord);
        ComboBox<DesignTemplate> template = _get(ComboBox.class, spec -> spec.withLabel("Plantilla"));
        assertThat(template.getListDataView().getItems().map(t -> template.getItemLabelGenerator().apply(t)).toList())
                .contains("Agente de voz que atiende llamadas con la información del negocio",
                        "Calificador de leads que aplica los criterios exactos del equipo comercial",
                        "Bandeja de entrada organizada por las prioridades reales de la operación");
        _setValue(template, template.getListDataView().getItems().filter(t -> t.solutionType() == SolutionType.VOICE_AGENT
                && t.changedBy().isEmpty()).findFirst().orElseThrow());
        assertThat(_get(Div.class, spec -> spec.withId("template-preview")).getElement().getTextRecursively())
                .contains("Una llamada entrante al número del negocio").contains("IA: Atiende la llamada");
    }

    private static TextField field(String languageKey, String labelKey) {
        return _get(TextField.class, spec -> spec.withLabel(Texts.t(languageKey, Texts.t(labelKey))));
    }

    private static TextArea area(String languageKey, String labelKey) {
        return _get(TextArea.class, spec -> spec.withLabel(Texts.t(languageKey, Texts.t(labelKey))));
    }
}
