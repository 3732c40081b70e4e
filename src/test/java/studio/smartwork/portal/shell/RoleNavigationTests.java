package studio.smartwork.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import studio.smartwork.portal.clients.ui.TenantsAdminView;
import studio.smartwork.portal.overview.ui.TenantOverviewView;
import studio.smartwork.portal.portfolio.ui.PortfolioView;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/** Where each kind of person lands after signing in, and which tenants they can and cannot open. */
class RoleNavigationTests extends KaribuTests {

    @Test
    void administratorLandsOnTheTenantList() {
        signIn(DemoPeople.ADMIN);
        navigate("");
        assertThat(currentPath()).isEqualTo("admin/tenants");
        _get(TenantsAdminView.class);
    }

    @Test
    void consultantAssignedToBothClientsSeesBothInTheirPortfolio() {
        signIn(DemoPeople.CARLA);
        navigate("");
        assertThat(currentPath()).isEqualTo("portfolio");
        _get(PortfolioView.class);
        assertThat(portfolioClients()).containsExactlyInAnyOrder("Acme Logistics", "Brightsmile Dental");
    }

    @Test
    void consultantAssignedToOneClientSeesOnlyThatOne() {
        signIn(DemoPeople.TOM);
        navigate("");
        assertThat(currentPath()).isEqualTo("portfolio");
        assertThat(portfolioClients()).containsExactly("Acme Logistics");
    }

    @ParameterizedTest(name = "{0} lands in {1}")
    @CsvSource({
            "eva@acme.example, acme, Acme Logistics",
            "sam@acme.example, acme, Acme Logistics",
            "dan@brightsmile.example, brightsmile, Brightsmile Dental",
            "joe@brightsmile.example, brightsmile, Brightsmile Dental"})
    void clientPeopleLandOnTheirTenantsOverview(String email, String slug, String tenantName) {
        signIn(email);
        navigate("");
        assertThat(currentPath()).isEqualTo("t/" + slug);
        _get(TenantOverviewView.class);
        _get(H2.class, spec -> spec.withText(tenantName));
    }

    @Test
    void staffInAnOpenAuditAreInvitedToLogTheirTimeFromTheOverview() {
        signIn("joe@brightsmile.example");
        navigate("t/brightsmile");
        com.vaadin.flow.component.html.Anchor log = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Log my time"));
        assertThat(log.getHref()).matches("t/brightsmile/audit/\\d+/log");
        signIn("dan@brightsmile.example");
        navigate("t/brightsmile");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Log my time")))
                .as("the invitation is for staff").isEmpty();
    }

    @ParameterizedTest(name = "{0} gets Not found at {1}")
    @CsvSource({
            "tom@smartwork.studio, t/brightsmile, Brightsmile Dental",
            "sam@acme.example, t/brightsmile, Brightsmile Dental",
            "joe@brightsmile.example, t/acme, Acme Logistics"})
    void aTenantSomeoneDoesNotBelongToIsNotFound(String email, String path, String tenantName) {
        signIn(email);
        navigate(path);
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(H2.class, spec -> spec.withText(tenantName))).isEmpty();
        assertThat(_find(TenantOverviewView.class)).isEmpty();
    }

    @Test
    void consultantSwitchesBetweenTheirTenants() {
        signIn(DemoPeople.CARLA);
        navigate("");
        ComboBox<?> switcher = _get(ComboBox.class, spec -> spec.withPlaceholder("Switch tenant"));
        assertThat(ComboBoxKt.getSuggestions(switcher)).containsExactlyInAnyOrder("Acme Logistics", "Brightsmile Dental");

        ComboBoxKt.selectByLabel(switcher, "Brightsmile Dental");
        assertThat(currentPath()).isEqualTo("t/brightsmile");
        _get(H2.class, spec -> spec.withText("Brightsmile Dental"));

        ComboBoxKt.selectByLabel(switcher, "Acme Logistics");
        assertThat(currentPath()).isEqualTo("t/acme");
        _get(H2.class, spec -> spec.withText("Acme Logistics"));
    }

    @Test
    void overviewShowsTheHourlyCostInTheTenantsLocaleAndCurrency() {
        signIn(DemoPeople.CARLA);
        navigate("t/acme");
        // Spanish puts the euro sign after the amount, separated by a no-break space.
        _get(Paragraph.class, spec -> spec.withText("Default loaded hourly cost: 38,00\u00a0€"));

        navigate("t/brightsmile");
        _get(Paragraph.class, spec -> spec.withText("Default loaded hourly cost: €32.00"));
    }

    private static List<String> portfolioClients() {
        Grid<?> grid = _get(Grid.class);
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row).getFirst()).toList();
    }
}
