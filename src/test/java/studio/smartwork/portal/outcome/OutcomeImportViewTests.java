package studio.smartwork.portal.outcome;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.support.KaribuTests;

/** A consultant uploads run totals and measurements on the recording page. */
@Import(OutcomeTestConfig.class)
@org.springframework.test.context.TestPropertySource(properties = "portal.demo-data.enabled=false")
class OutcomeImportViewTests extends KaribuTests {

    OutcomeClients.Client client;
    LiveSolution voiceAgent;

    @BeforeEach
    void aLiveVoiceAgent() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(false);
        voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
    }

    @Test
    void runTotalsUploadedShowInTheGridAndABadMeasurementsFileListsItsLines() {
        signIn(OutcomeClients.CONSULTANT);
        navigate("t/" + client.slug() + "/outcomes/measurements");

        upload("run-totals-" + voiceAgent.recordId(), "month,runs,succeeded,failed\n2026-09,1000,940,60\n");
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("run-totals"));
        // (940 × 4 − 0.5 × 1000) / 60 = 54.3 h, in the tenant's Spanish format.
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("sept 2026", "1.000", "940", "60", "54,3 h");

        upload("measurements-" + voiceAgent.recordId(), "kpi,date,value\n" + voiceAgent.kpis().getFirst().name() + ",2026-09-30,84\nNo such KPI,2026-09-30,1\n");
        // Olga works only on this Spanish client, so she reads its language.
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .containsExactly("Línea 3: 'No such KPI' no es un KPI de " + voiceAgent.reference());
        assertThat(_find(Grid.class, spec -> spec.withClasses("kpi-" + voiceAgent.kpis().getFirst().id()))).isEmpty();
    }

    private void upload(String boxId, String csv) {
        Div box = _get(Div.class, spec -> spec.withId(boxId));
        UploadKt._upload(_get(box, Upload.class), "outcomes.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
    }
}
