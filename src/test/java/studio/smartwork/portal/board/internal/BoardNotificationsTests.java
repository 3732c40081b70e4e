package studio.smartwork.portal.board.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.board.BoardService;
import studio.smartwork.portal.board.CardComments;
import studio.smartwork.portal.board.CardKey;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.notifications.Notification;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The board tells whom it concerns, under the bell and by mail in their language (a Spanish
 * client, as Acme is): an action item given to someone, an item due today (once, however often
 * and by however many replicas the daily check runs), a comment on the card of one's record.
 */
@SpringBootTest
class BoardNotificationsTests {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    ApplicationContext context;
    @Autowired
    BoardService board;
    @Autowired
    Notifications notifications;
    @Autowired
    ActionItemsDue due;

    private TenantSummary tenant;
    private String executive;
    private String staff;
    private long staffId;
    private String consultant;

    @BeforeEach
    void aSpanishClient() {
        tenant = FreshClient.tenant(context, "Tablero", Locale.forLanguageTag("es-ES"), MADRID);
        executive = "dir-" + tenant.slug() + "@client.example";
        staff = "emp-" + tenant.slug() + "@client.example";
        consultant = "con-" + tenant.slug() + "@smartwork.studio";
        TestPeople.member(context, tenant.id(), executive, "Elena Directiva", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);
        staffId = TestPeople.member(context, tenant.id(), staff, "Sergio Empleado", TenantRole.STAFF, null, DemoPeople.ADMIN).personId();
        long consultantId = TestPeople.consultancyPerson(context, consultant, "Clara Consultora", PlatformRole.CONSULTANT).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(ConsultantAssignments.class).assignConsultant(tenant.id(), consultantId);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anActionItemGivenToSomeoneTellsThemButNotWhoTakesOneThemselves() {
        SignIn.as(context, executive);
        board.createActionItem(tenant.id(), "Revisar facturas", staffId, null);
        board.createActionItem(tenant.id(), "Mi propia tarea", board.assignees(tenant.id()).stream()
                .filter(a -> a.name().equals("Elena Directiva")).findFirst().orElseThrow().personId(), null);

        assertThat(bell(staff)).extracting(Notification::kind).containsExactly(NotificationKind.ACTION_ITEM_ASSIGNED);
        assertThat(bell(staff).getFirst().link()).isEqualTo("t/" + tenant.slug() + "/board");
        assertThat(Mailbox.of(context, staff)).extracting(SentMail::subject)
                .containsOnlyOnce("Elena Directiva te ha asignado una acción: Revisar facturas");
        assertThat(bell(executive)).isEmpty();
    }

    @Test
    void anItemDueTodayIsToldOnceFromTheTenantsMorning() throws Exception {
        LocalDate today = LocalDate.now(MADRID);
        SignIn.as(context, consultant);
        board.createActionItem(tenant.id(), "Llamar al proveedor", staffId, today);
        SignIn.out();
        int before = dueCount();

        due.tellDue(today.atTime(LocalTime.of(7, 30)).atZone(MADRID).toInstant());
        assertThat(dueCount()).as("not before eight in the tenant's morning").isEqualTo(before);

        var nine = today.atTime(LocalTime.of(9, 0)).atZone(MADRID).toInstant();
        // Two replicas at once, and the check again later: one notice.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> due.tellDue(nine));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> due.tellDue(nine));
        one.get();
        other.get();
        due.tellDue(nine.plusSeconds(3600));

        assertThat(bell(staff)).filteredOn(n -> n.kind() == NotificationKind.ACTION_ITEM_DUE).hasSize(1);
        assertThat(Mailbox.of(context, staff)).extracting(SentMail::subject).containsOnlyOnce("Tu acción vence hoy: Llamar al proveedor");
    }

    @Test
    void aCommentOnARecordsCardTellsItsAuthorButNotWhenTheyWroteIt() {
        SignIn.as(context, consultant);
        DesignRecordSummary record = context.getBean(DesignRecords.class).create(tenant.id(), "Agente de correo", List.of());
        context.getBean(CardComments.class).comment(tenant.id(), CardKey.ofRecord(record.number()), "Lo empiezo esta semana");
        assertThat(bell(consultant)).isEmpty();

        SignIn.as(context, executive);
        context.getBean(CardComments.class).comment(tenant.id(), CardKey.ofRecord(record.number()), "¿Quién lo revisa?");

        assertThat(bell(consultant)).extracting(Notification::kind).containsExactly(NotificationKind.COMMENT_ON_MY_RECORD);
        assertThat(Mailbox.of(context, consultant)).extracting(SentMail::subject).singleElement().asString()
                .startsWith("Elena Directiva ha comentado en " + record.reference());
        assertThat(bell(executive)).isEmpty();
    }

    private int dueCount() {
        return (int) bell(staff).stream().filter(n -> n.kind() == NotificationKind.ACTION_ITEM_DUE).count();
    }

    private List<Notification> bell(String person) {
        SignIn.as(context, person);
        List<Notification> mine = notifications.recent(tenant.id(), 20);
        SignIn.out();
        return mine;
    }
}
