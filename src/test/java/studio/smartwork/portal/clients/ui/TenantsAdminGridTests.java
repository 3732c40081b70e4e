package studio.smartwork.portal.clients.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;

/** The administrator's list of clients, read a page at a time, sorted and filtered by the server. */
class TenantsAdminGridTests extends KaribuTests {

    @Test
    void theAdministratorFindsClientsByNameSortsThemAndSeesArchivedOnesWhenAsked() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        TenantSummary archived = null;
        for (String name : new String[] {"Alder " + s, "Birch " + s, "Cedar " + s}) {
            archived = FreshClient.tenant(context, name, Locale.UK, FreshClient.DUBLIN);
        }
        context.getBean(TenantService.class).setStatus(archived.id(), TenantStatus.ARCHIVED);
        SignIn.out();

        signIn(DemoPeople.ADMIN);
        navigate("admin/tenants");
        @SuppressWarnings("unchecked")
        Grid<TenantSummary> grid = _get(Grid.class, spec -> spec.withId("tenants"));
        assertThat(GridKt._size(grid)).as("every active client").isGreaterThanOrEqualTo(4);
        _setValue(_get(TextField.class, spec -> spec.withId("tenants-filter")), s);
        assertThat(GridKt._size(grid)).as("Cedar is archived").isEqualTo(2);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel(Texts.t("clients.tenants.show-archived"))), true);
        assertThat(GridKt._size(grid)).isEqualTo(3);
        GridKt._sortByKey(grid, "name", SortDirection.DESCENDING);
        assertThat(IntStream.range(0, 3).mapToObj(row -> GridKt._get(grid, row).name().substring(0, 5)).toList())
                .containsExactly("Cedar", "Birch", "Alder");
    }
}
