package studio.smartwork.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.people.PersonErasure;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantStatus;
import studio.smartwork.portal.tenant.TenantSummary;
import studio.smartwork.portal.tenantdata.TenantDeletion;

/** Notifications hold people's names: an erased person's go, others name their label; a deleted tenant's are gone. */
@SpringBootTest
class NotificationPersonalDataTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TenantScope tenantScope;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anErasedPersonsNotificationsGoAndOthersNameTheirLabel() {
        TenantSummary tenant = FreshClient.tenant(context, "Olvido", Locale.UK, ZoneId.of("Europe/London"));
        long giver = TestPeople.member(context, tenant.id(), "giver-" + tenant.slug() + "@client.example", "Gina Giver",
                TenantRole.EXECUTIVE, null, DemoPeople.ADMIN).personId();
        long taker = TestPeople.member(context, tenant.id(), "taker-" + tenant.slug() + "@client.example", "Tim Taker",
                TenantRole.STAFF, null, DemoPeople.ADMIN).personId();
        SignIn.as(context, "giver-" + tenant.slug() + "@client.example");
        context.getBean(BoardService.class).createActionItem(tenant.id(), "Sort the files", taker, null);
        tenantScope.asSystem(tenant.id(), () -> {
            context.getBean(Notifications.class).tell(tenant.id(), List.of(giver), NotificationKind.ACTION_ITEM_DUE,
                    Message.of("notifications.text.action-item-due", "Ask Tim"), "t/" + tenant.slug() + "/board");
            return null;
        });

        SignIn.as(context, DemoPeople.ADMIN);
        String label = context.getBean(PersonErasure.class).erase(giver);

        assertThat(values(tenant, giver)).as("the erased person's own notifications").isEmpty();
        assertThat(values(tenant, taker)).containsExactly(List.of(label, "Sort the files"));
    }

    @Test
    void aDeletedTenantsNotificationsAreGone() {
        TenantSummary tenant = FreshClient.tenant(context, "Gone", Locale.UK, ZoneId.of("Europe/London"));
        TestPeople.member(context, tenant.id(), "exec-" + tenant.slug() + "@client.example", "Ed Exec",
                TenantRole.EXECUTIVE, null, DemoPeople.ADMIN).personId();
        long staff = TestPeople.member(context, tenant.id(), "staff-" + tenant.slug() + "@client.example", "Sue Staff",
                TenantRole.STAFF, null, DemoPeople.ADMIN).personId();
        SignIn.as(context, "exec-" + tenant.slug() + "@client.example");
        context.getBean(BoardService.class).createActionItem(tenant.id(), "Last one", staff, java.time.LocalDate.now());
        assertThat(values(tenant, staff)).hasSize(1);

        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(TenantService.class).setStatus(tenant.id(), TenantStatus.ARCHIVED);
        jdbc.sql("update tenant set archived_at = now() - interval '31 days' where id = :t").param("t", tenant.id().value()).update();
        context.getBean(TenantDeletion.class).deleteForGood(tenant.id(), tenant.settings().name());

        assertThat(jdbc.sql("select count(*) from notification where tenant_id = :t").param("t", tenant.id().value())
                .query(Integer.class).single()).isZero();
    }

    private List<List<String>> values(TenantSummary tenant, long person) {
        return tenantScope.asSystem(tenant.id(), () -> jdbc.sql("select text_values from notification where person_id = :p order by id")
                .param("p", person).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).list());
    }
}
