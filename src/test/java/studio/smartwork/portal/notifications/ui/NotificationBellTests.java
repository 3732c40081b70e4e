package studio.smartwork.portal.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;

/** The bell in the tenant's header: a person's unread count, their newest notifications, and the page of all. */
class NotificationBellTests extends KaribuTests {

    private TenantId acme;
    private String person;
    private long personId;

    @BeforeEach
    void aFreshAcmePersonWithTwoNotifications() {
        acme = DemoTenants.id(context, "acme");
        person = TestPeople.newClientPerson(context, "acme", TenantRole.STAFF, null);
        personId = context.getBean(JdbcClient.class).sql("select id from person where email = :e").param("e", person).query(Long.class).single();
        tell(NotificationKind.ACTION_ITEM_ASSIGNED, Message.of("notifications.text.action-item-assigned", "Eva", "Llamar al proveedor"), "t/acme/board");
        tell(NotificationKind.ACTION_ITEM_DUE, Message.of("notifications.text.action-item-due", "Revisar facturas"), "t/acme/designs");
    }

    @Test
    void theBellCountsTheUnreadAndListsTheNewestFirstInTheReadersLanguage() {
        signIn(person);
        navigate("t/acme");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("2");

        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        _get(Dialog.class, spec -> spec.withClasses("notification-list"));
        List<Button> items = _find(Button.class, spec -> spec.withClasses("notification-unread"));
        // Acme's people read Spanish; the second one told is the newest.
        assertThat(items).extracting(Button::getText)
                .containsExactly("Tu acción vence hoy: Revisar facturas", "Eva te ha asignado una acción: Llamar al proveedor");
        String when = context.getBean(TenantService.class).find(acme).orElseThrow().formatFor(Texts.locale()).dateTime(newestCreatedAt());
        assertThat(_find(Span.class, spec -> spec.withText(when))).isNotEmpty();

        _click(_get(Button.class, spec -> spec.withText(Texts.t("notifications.bell.mark-all-read"))));
        assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).as("no visible badge at 0").isEmpty();
        assertThat(readAt()).containsExactly(true, true);
    }

    @Test
    void openingOneGoesToItsPageAndMarksThatOneRead() {
        signIn(person);
        navigate("t/acme");
        _click(_get(Button.class, spec -> spec.withId("notification-bell")));
        _click(_get(Button.class, spec -> spec.withText("Eva te ha asignado una acción: Llamar al proveedor")));

        assertThat(currentPath()).isEqualTo("t/acme/board");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");
        assertThat(readAt()).containsExactly(true, false);
    }

    @Test
    void thePageListsAllAndMarksThemRead() {
        signIn(person);
        navigate("t/acme/notifications");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("notifications"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _click(_get(Button.class, spec -> spec.withText(Texts.t("notifications.bell.mark-all-read"))));
        assertThat(readAt()).containsExactly(true, true);
        assertThat(Texts.t("notifications.bell.mark-all-read")).isEqualTo("Marcar todo como leído");
    }

    private void tell(NotificationKind kind, Message text, String link) {
        context.getBean(TenantScope.class).asSystem(acme, () -> {
            context.getBean(Notifications.class).tell(acme, List.of(personId), kind, text, link);
            return null;
        });
    }

    private Instant newestCreatedAt() {
        return context.getBean(TenantScope.class).asSystem(acme, () -> context.getBean(JdbcClient.class)
                .sql("select max(created_at) from notification where person_id = :p").param("p", personId)
                .query(java.sql.Timestamp.class).single().toInstant());
    }

    /** Whether each of the person's notifications is read, oldest first. */
    private List<Boolean> readAt() {
        return context.getBean(TenantScope.class).asSystem(acme, () -> context.getBean(JdbcClient.class)
                .sql("select read_at is not null from notification where person_id = :p order by id").param("p", personId)
                .query(Boolean.class).list());
    }
}
