package studio.smartwork.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

class SignedInNavigationTests extends KaribuTests {

    @Test
    void anonymousVisitorIsSentToSignIn() {
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    @Test
    void executiveLandsInTheirTenant() {
        signIn(DemoPeople.EVA);
        navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("t/acme");
        assertThat(_get(H2.class, spec -> spec.withText("Acme Logistics"))).isNotNull();
    }

    @Test
    void staffOfOneTenantTypingAnothersAddressGetsNotFound() {
        signIn(DemoPeople.SAM);
        navigate("t/brightsmile");
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")))).hasSize(1);
        assertThat(_find(H2.class, spec -> spec.withText("Brightsmile Dental"))).isEmpty();
    }
}
