package studio.smartwork.portal.readiness;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.tenant.TenantService;

class ReadinessCheckTests extends KaribuTests {

    @Test
    @SuppressWarnings("unchecked")
    void threeSignsOrMoreWarnOnTheOverviewAndFewerDoNot() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/self-check");
        CheckboxGroup<ReadinessSign> signs = _get(CheckboxGroup.class, spec -> spec.withLabel("Warning signs"));
        _setValue(signs, EnumSet.of(ReadinessSign.ADOPTION_AS_LOGINS, ReadinessSign.FORCED_USE_CASES, ReadinessSign.SAVING_UNKNOWN));
        _click(_get(Button.class, spec -> spec.withText("Save answers")));
        navigate("t/acme");
        assertThat(_find(H3.class, spec -> spec.withText("AI theatre warning"))).hasSize(1);

        navigate("t/acme/self-check");
        signs = _get(CheckboxGroup.class, spec -> spec.withLabel("Warning signs"));
        _setValue(signs, EnumSet.of(ReadinessSign.ADOPTION_AS_LOGINS, ReadinessSign.SAVING_UNKNOWN));
        _click(_get(Button.class, spec -> spec.withText("Save answers")));
        navigate("t/acme");
        assertThat(_find(H3.class, spec -> spec.withText("AI theatre warning"))).isEmpty();
    }

    @Test
    void onlyExecutivesAnswerAndStaffDoNotSeeTheCheck() {
        var acme = DemoTenants.id(context, "acme");
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> context.getBean(ReadinessService.class).answer(acme, Set.of()))
                .isInstanceOf(NotAllowedException.class);
        navigate("t/acme/self-check");
        assertThat(_find(Button.class, spec -> spec.withText("Save answers"))).isEmpty();
        signIn(DemoPeople.SAM);
        navigate("t/acme/self-check");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
    }

    @Test
    void theDemoBrightsmileCheckWarns() {
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile");
        assertThat(_find(H3.class, spec -> spec.withText("AI theatre warning"))).hasSize(1);
    }
}
