package studio.smartwork.portal.tenantdata.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
        byte[] archive = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("download-all-data")));
        List<String> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.add(entry.getName());
            }
        }
        assertThat(files).contains("people.csv", "audit_time_entries.csv", "design_revisions.csv", "outcome_measurements.csv",
                "activity.csv", "README.txt");
        assertThat(_find(H3.class, spec -> spec.withText("Delete for good"))).as("deleting is for administrators").isEmpty();
    }

    @Test
    void administratorsSeeWhenAnActiveTenantCouldBeDeleted() {
        signIn(DemoPeople.ADMIN);
        navigate("t/acme/data");
        _get(H3.class, spec -> spec.withText("Delete for good"));
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Delete for good"))).isEmpty();
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
