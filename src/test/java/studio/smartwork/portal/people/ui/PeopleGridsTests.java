package studio.smartwork.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.people.Account;
import studio.smartwork.portal.people.ConsultancyPerson;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.ManyPeople;
import studio.smartwork.portal.support.TestPeople;

/** The people lists when they are longer than a page: paged, sorted and filtered by the server. */
class PeopleGridsTests extends KaribuTests {

    @Test
    void aClientsPeopleListShowsManyPeopleAPageAtATimeSortedAndFiltered() {
        FreshClient client = FreshClient.withPeople(context, "People list");
        ManyPeople.staff(context, client.id(), client.slug(), 70);
        signIn(client.executive());
        navigate("t/" + client.slug() + "/people");
        @SuppressWarnings("unchecked")
        Grid<Member> members = _get(Grid.class, spec -> spec.withId("members"));
        assertThat(members.isAllRowsVisible()).isFalse();
        assertThat(GridKt._size(members)).as("70 staff, the executive and Stan").isEqualTo(72);
        assertThat(GridKt._get(members, 0).displayName()).as("executives before staff, as ever").isEqualTo("Erin Exec");
        assertThat(GridKt._get(members, 71).displayName()).as("a row of a later page").isEqualTo("Stan Staff");

        GridKt._sortByKey(members, "name", SortDirection.DESCENDING);
        assertThat(IntStream.range(0, 3).mapToObj(row -> GridKt._get(members, row).displayName()).toList())
                .containsExactly("Stan Staff", "Person 070", "Person 069");

        _setValue(_get(TextField.class, spec -> spec.withId("people-filter")), "person 06");
        assertThat(GridKt._size(members)).isEqualTo(10);
        assertThat(GridKt._get(members, 0).displayName()).isEqualTo("Person 069");
        _setValue(_get(TextField.class, spec -> spec.withId("people-filter")), ManyPeople.email(client.slug(), 7));
        assertThat(GridKt._size(members)).as("found by address too").isOne();
    }

    @Test
    void theConsultancysPeopleAndAllAccountsAreSortedAndFilteredByTheServer() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {"Ana", "Bea", "Cy"}) {
            TestPeople.consultancyPerson(context, name.toLowerCase() + "-" + s + "@smartwork.studio", name + " " + s, PlatformRole.CONSULTANT);
        }
        signIn(DemoPeople.ADMIN);
        navigate("admin/people");
        @SuppressWarnings("unchecked")
        Grid<ConsultancyPerson> people = _get(Grid.class, spec -> spec.withId("consultancy-people"));
        assertThat(people.isAllRowsVisible()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("consultancy-people-filter")), s);
        assertThat(GridKt._size(people)).isEqualTo(3);
        GridKt._sortByKey(people, "name", SortDirection.DESCENDING);
        assertThat(IntStream.range(0, 3).mapToObj(row -> GridKt._get(people, row).displayName()).toList())
                .containsExactly("Cy " + s, "Bea " + s, "Ana " + s);

        navigate("admin/accounts");
        @SuppressWarnings("unchecked")
        Grid<Account> accounts = _get(Grid.class, spec -> spec.withId("accounts"));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder(com.vaadin.flow.component.UI.getCurrent()
                .getTranslation("people.accounts.search"))), s);
        assertThat(GridKt._size(accounts)).isEqualTo(3);
        GridKt._sortByKey(accounts, "email", SortDirection.DESCENDING);
        assertThat(GridKt._get(accounts, 0).email()).isEqualTo("cy-" + s + "@smartwork.studio");
    }
}
