package studio.smartwork.portal.readiness;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;

class ReadinessCheckTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void threeSignsOrMoreWarnOnTheOverviewAndFewerDoNot() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/self-check");
        CheckboxGroup<ReadinessSign> signs = _get(CheckboxGroup.class, spec -> spec.withLabel(Texts.t("readiness.signs")));
        _setValue(signs, EnumSet.of(ReadinessSign.ADOPTION_AS_LOGINS, ReadinessSign.FORCED_USE_CASES, ReadinessSign.SAVING_UNKNOWN));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("readiness.save"))));
        navigate("t/acme");
        assertThat(_find(Div.class, spec -> spec.withClasses("readiness-warning-banner"))).hasSize(1);

        navigate("t/acme/self-check");
        signs = _get(CheckboxGroup.class, spec -> spec.withLabel(Texts.t("readiness.signs")));
        _setValue(signs, EnumSet.of(ReadinessSign.ADOPTION_AS_LOGINS, ReadinessSign.SAVING_UNKNOWN));
        _click(_get(Button.class, spec -> spec.withText(Texts.t("readiness.save"))));
        navigate("t/acme");
        assertThat(_find(Div.class, spec -> spec.withClasses("readiness-warning-banner"))).isEmpty();
        Message answered = context.getBean(ActivityLog.class).recent(DemoTenants.id(context, "acme"), 1).getFirst().message();
        assertThat(answered.key()).isEqualTo("readiness.activity.answered");
        assertThat(answered.args().get(1)).as("how many signs").isEqualTo("2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaOfAcmeAnswersInSpanish() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/self-check");
        _get(H3.class, spec -> spec.withText("Autodiagnóstico de preparación"));
        _get(Button.class, spec -> spec.withText("Guardar respuestas"));
        CheckboxGroup<ReadinessSign> signs = _get(CheckboxGroup.class, spec -> spec.withLabel("Señales de alarma"));
        assertThat(signs.getItemLabelGenerator().apply(ReadinessSign.LICENCES_JUST_IN_CASE))
                .isEqualTo("Compramos licencias «por si acaso»");
    }

    @Test
    void onlyExecutivesAnswerAndStaffDoNotSeeTheCheck() {
        var acme = DemoTenants.id(context, "acme");
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> context.getBean(ReadinessService.class).answer(acme, Set.of()))
                .isInstanceOfSatisfying(NotAllowedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("readiness.refusal.answer-not-allowed"));
        navigate("t/acme/self-check");
        _get(CheckboxGroup.class, spec -> spec.withLabel(Texts.t("readiness.signs")));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("readiness.save")))).isEmpty();
        signIn(DemoPeople.SAM);
        navigate("t/acme/self-check");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
    }

    @Test
    void theDemoBrightsmileCheckWarns() {
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile");
        assertThat(_find(Div.class, spec -> spec.withClasses("readiness-warning-banner"))).hasSize(1);
    }
}
