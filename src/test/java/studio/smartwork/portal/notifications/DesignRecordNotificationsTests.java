package studio.smartwork.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.design.DesignRecordDetails;
import studio.smartwork.portal.design.DesignRecordLifecycleTestsContent;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.design.DesignReviews;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.FreshClient;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * A design record's review tells whom it concerns, under the bell and by e-mail in their
 * language: executives are asked to approve, the author and consultants hear of the decision.
 * The client here is Spanish (es-ES), as Acme is, so its people read Spanish.
 */
@SpringBootTest
class DesignRecordNotificationsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    DesignRecords designs;
    @Autowired
    DesignReviews reviews;
    @Autowired
    Notifications notifications;
    @Autowired
    MailChoices mailChoices;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void submittedChangesRequestedAndApprovedReachTheRightPeopleInTheirLanguage() {
        TenantSummary tenant = FreshClient.tenant(context, "Avisos", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"));
        String suffix = tenant.slug();
        String executive = "directiva-" + suffix + "@client.example";
        String author = "autora-" + suffix + "@smartwork.studio";
        String quiet = "silencioso-" + suffix + "@smartwork.studio";
        long executiveId = TestPeople.member(context, tenant.id(), executive, "Elena Directiva", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN)
                .personId();
        long authorId = TestPeople.consultancyPerson(context, author, "Ana Autora", PlatformRole.CONSULTANT).personId();
        long quietId = TestPeople.consultancyPerson(context, quiet, "Quim Silencioso", PlatformRole.CONSULTANT).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(ConsultantAssignments.class).assignConsultant(tenant.id(), authorId);
        context.getBean(ConsultantAssignments.class).assignConsultant(tenant.id(), quietId);
        SignIn.as(context, quiet);
        mailChoices.choose(NotificationKind.APPROVED, false);

        SignIn.as(context, author);
        DesignRecordSummary record = designs.create(tenant.id(), "Agente de voz", List.of());
        designs.saveContent(tenant.id(), record.number(), 1, DesignRecordLifecycleTestsContent.complete("Agente de voz"));
        reviews.submit(tenant.id(), record.number());

        String asked = record.reference() + " «Agente de voz» espera tu aprobación";
        assertThat(bell(executive, tenant)).extracting(Notification::kind).containsExactly(NotificationKind.APPROVAL_REQUESTED);
        assertThat(bell(executive, tenant).getFirst().link()).isEqualTo("t/" + suffix + "/designs/" + record.number());
        SentMail mail = Mailbox.of(context, executive).getFirst();
        assertThat(mail.subject()).isEqualTo(asked);
        assertThat(mail.text()).startsWith("Hola, Elena Directiva:").contains("/t/" + suffix + "/designs/" + record.number())
                .contains("/notifications/unsubscribe/" + executiveId + ".approval-requested.");
        assertThat(bell(author, tenant)).as("the author who submitted is not told").isEmpty();

        SignIn.as(context, executive);
        reviews.requestChanges(tenant.id(), record.number(), 2, "Di quién atiende las llamadas difíciles");
        assertThat(bell(author, tenant)).extracting(Notification::kind).containsExactly(NotificationKind.CHANGES_REQUESTED);
        assertThat(Mailbox.of(context, author)).extracting(SentMail::subject)
                .containsExactly("Se han pedido cambios en " + record.reference() + " «Agente de voz»");

        SignIn.as(context, author);
        designs.saveContent(tenant.id(), record.number(), 2, DesignRecordLifecycleTestsContent.complete("Agente de voz con personas"));
        reviews.submit(tenant.id(), record.number());
        SignIn.as(context, executive);
        reviews.approve(tenant.id(), record.number(), 3, "");

        assertThat(bell(author, tenant)).extracting(Notification::kind)
                .containsExactly(NotificationKind.APPROVED, NotificationKind.CHANGES_REQUESTED);
        assertThat(Mailbox.of(context, author).getFirst().subject()).endsWith("se ha aprobado");
        assertThat(bell(quiet, tenant)).extracting(Notification::kind).contains(NotificationKind.APPROVED);
        assertThat(Mailbox.of(context, quiet)).extracting(SentMail::subject).as("who turned approvals off gets no such mail")
                .noneMatch(subject -> subject.endsWith("se ha aprobado")).hasSize(1);
        assertThat(bell(executive, tenant)).extracting(Notification::kind).as("the executive who decided is not told of it")
                .containsExactly(NotificationKind.APPROVAL_REQUESTED, NotificationKind.APPROVAL_REQUESTED);
    }

    @Test
    void aCommentOnTheRecordsPageTellsItsAuthorAndAReplyTellsWhoWasAnsweredButNeverTheCommenter() {
        TenantSummary tenant = FreshClient.tenant(context, "Comentarios", Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"));
        String suffix = tenant.slug();
        String executive = "directiva-" + suffix + "@client.example";
        String staff = "empleado-" + suffix + "@client.example";
        String author = "autora-" + suffix + "@smartwork.studio";
        TestPeople.member(context, tenant.id(), executive, "Elena Directiva", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);
        TestPeople.member(context, tenant.id(), staff, "Sergio Empleado", TenantRole.STAFF, null, DemoPeople.ADMIN);
        long authorId = TestPeople.consultancyPerson(context, author, "Ana Autora", PlatformRole.CONSULTANT).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(ConsultantAssignments.class).assignConsultant(tenant.id(), authorId);

        SignIn.as(context, author);
        DesignRecordSummary record = designs.create(tenant.id(), "Agente de correo", List.of());
        reviews.comment(tenant.id(), record.number(), null, "Empiezo por los correos de facturas");
        assertThat(bell(author, tenant)).as("the author commenting on their own record is not told").isEmpty();

        SignIn.as(context, executive);
        reviews.comment(tenant.id(), record.number(), null, "¿Quién revisa las respuestas?");
        String recordPath = "t/" + suffix + "/designs/" + record.number();
        assertThat(bell(author, tenant)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COMMENT_ON_MY_RECORD);
            assertThat(n.link()).isEqualTo(recordPath);
        });
        SentMail commented = Mailbox.of(context, author).getFirst();
        assertThat(commented.subject()).isEqualTo("Elena Directiva ha comentado en " + record.reference() + " «Agente de correo»");
        assertThat(commented.text()).startsWith("Hola, Ana Autora:").contains("/" + recordPath);
        assertThat(bell(executive, tenant)).as("the commenter is not told").isEmpty();

        long question = comments(tenant, record.number()).stream().filter(c -> c.body().startsWith("¿Quién")).findFirst()
                .orElseThrow().id();
        SignIn.as(context, staff);
        reviews.comment(tenant.id(), record.number(), question, "Yo, cada mañana");

        assertThat(bell(executive, tenant)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPLY_TO_MY_COMMENT);
            assertThat(n.link()).isEqualTo(recordPath);
        });
        assertThat(Mailbox.of(context, executive)).extracting(SentMail::subject).first()
                .isEqualTo("Sergio Empleado ha respondido a tu comentario en " + record.reference() + " «Agente de correo»");
        assertThat(Mailbox.of(context, author).getFirst().subject())
                .isEqualTo("Sergio Empleado ha comentado en " + record.reference() + " «Agente de correo»");
        assertThat(bell(staff, tenant)).as("the replier is not told").isEmpty();

        SignIn.as(context, author);
        reviews.comment(tenant.id(), record.number(), question, "Gracias, lo anoto");
        assertThat(bell(executive, tenant)).hasSize(2);
        assertThat(Mailbox.of(context, executive).getFirst().subject()).startsWith("Ana Autora ha respondido a tu comentario");
        assertThat(bell(author, tenant)).as("the author replying on their own record is not told").hasSize(2);

        long own = comments(tenant, record.number()).stream().filter(c -> c.body().startsWith("Empiezo")).findFirst().orElseThrow().id();
        SignIn.as(context, executive);
        reviews.comment(tenant.id(), record.number(), own, "Bien pensado");
        assertThat(bell(author, tenant)).as("an author answered on their own record is told once, of the reply").hasSize(3);
        assertThat(Mailbox.of(context, author)).extracting(SentMail::subject).hasSize(3)
                .first().isEqualTo("Elena Directiva ha respondido a tu comentario en " + record.reference() + " «Agente de correo»");
    }

    private List<DesignRecordDetails.Comment> comments(TenantSummary tenant, int number) {
        return designs.record(tenant.id(), number).comments();
    }

    private List<Notification> bell(String person, TenantSummary tenant) {
        SignIn.as(context, person);
        return notifications.recent(tenant.id(), 20);
    }
}
