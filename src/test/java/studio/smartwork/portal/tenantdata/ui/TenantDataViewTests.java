package studio.smartwork.portal.tenantdata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/** The "Your data" page: executives and administrators download everything; others do not get the page. */
class TenantDataViewTests extends KaribuTests {

    @Test
    void anExecutiveDownloadsTheTenantsDataInOneArchive() throws IOException {
        signIn(DemoPeople.EVA);
        navigate("t/acme/data");
        Anchor download = _get(Anchor.class, spec -> spec.withId("download-all-data"));
        assertThat(download.getText()).isEqualTo(Texts.t("tenantdata.download"));
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(DownloadKt._download(download)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files.keySet()).contains("people.csv", "audit_time_entries.csv", "design_revisions.csv", "outcome_measurements.csv",
                "activity.csv", "README.txt");
        assertThat(files.get("README.txt")).as("the README in the language of the page").contains("Ficheros y sus filas:");
        assertThat(_find(H3.class, spec -> spec.withText(Texts.t("tenantdata.delete.title")))).as("deleting is for administrators").isEmpty();
    }

    @Test
    void acmesExecutiveReadsThePageInSpanish() {
        signIn(DemoPeople.EVA);
        navigate("t/acme/data");
        _get(H3.class, spec -> spec.withText("Tus datos"));
        _get(Anchor.class, spec -> spec.withText("Descargar todos los datos (zip)"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Tus datos · SmartWork Portal");
    }

    @Test
    void administratorsSeeWhenAnActiveTenantCouldBeDeleted() {
        signIn(DemoPeople.ADMIN);
        navigate("t/acme/data");
        _get(H3.class, spec -> spec.withText(Texts.t("tenantdata.delete.title")));
        _get(Paragraph.class, spec -> spec.withText(Texts.t("tenantdata.delete.not-archived")));
        assertThat(_find(Button.class, spec -> spec.withText(Texts.t("tenantdata.delete.button")))).isEmpty();
    }

    @Test
    void staffAndConsultantsDoNotGetThePage() {
        signIn(DemoPeople.SAM);
        navigate("t/acme/data");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        newBrowserSession();
        signIn(DemoPeople.CARLA);
        navigate("t/acme/data");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
    }
}
