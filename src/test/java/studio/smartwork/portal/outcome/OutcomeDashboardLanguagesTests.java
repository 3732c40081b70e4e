package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/** The demo clients' dashboards, each in its people's language: Acme's in Spanish, Brightsmile's in English. */
class OutcomeDashboardLanguagesTests extends KaribuTests {

    @Test
    void evaOfAcmeReadsHerSavingsInSpanish() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/outcomes");
        _get(H3.class, spec -> spec.withText("Horas recuperadas"));
        _get(H3.class, spec -> spec.withText("Soluciones en producción y sus KPI"));
    }

    @Test
    void danOfBrightsmileReadsHisInEnglish() {
        signIn(DemoPeople.DAN);
        navigate("t/brightsmile/outcomes");
        _get(H3.class, spec -> spec.withText("No live solution yet"));
    }
}
