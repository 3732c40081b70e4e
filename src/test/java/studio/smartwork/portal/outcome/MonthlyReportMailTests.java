package studio.smartwork.portal.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import studio.smartwork.portal.design.LiveSolution;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.MailAttachment;
import studio.smartwork.portal.mail.SentMail;
import studio.smartwork.portal.notifications.MailChoices;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.Mailbox;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;

/**
 * The report mailed on the 1st, read back from the embedded SMTP server: today is 25 November
 * 2026 (fixed clock), a voice agent of a Spanish client has been live since August, and the
 * October report goes to its executives who want it, each in their language, once.
 */
@Import(OutcomeTestConfig.class)
@TestPropertySource(properties = "portal.demo-data.enabled=false")
class MonthlyReportMailTests extends KaribuTests {

    @Autowired
    MonthlyReportMail reportMail;

    @Autowired
    OutcomeService outcomes;

    @Autowired
    MailChoices mailChoices;

    @Autowired
    JdbcClient jdbc;

    OutcomeClients.Client client;

    @BeforeEach
    void aClientWithThreeMonthsOfSavings() {
        OutcomeClients clients = new OutcomeClients(context);
        client = clients.fresh(false);
        LiveSolution voiceAgent = clients.voiceAgent(client, YearMonth.of(2026, 8));
        SignIn.as(context, OutcomeClients.CONSULTANT);
        // Oct: (1050 × 4 − 0.5 × 1100) / 60 = 60.833 h → 60,8 h; × 38 €/h = 2311.67 €.
        outcomes.recordRunTotal(client.id(), voiceAgent.recordId(), YearMonth.of(2026, 8), 1000, 940, 60);
        outcomes.recordRunTotal(client.id(), voiceAgent.recordId(), YearMonth.of(2026, 9), 1200, 1150, 50);
        outcomes.recordRunTotal(client.id(), voiceAgent.recordId(), YearMonth.of(2026, 10), 1100, 1050, 50);
        SignIn.out();
    }

    @Test
    void eachExecutiveWhoWantsItGetsOctobersPdfInTheirLanguageOnce() throws IOException {
        String english = "english-" + client.executive();
        String unwilling = "unwilling-" + client.executive();
        Actor englishReader = TestPeople.member(context, client.id(), english, "Emma English", TenantRole.EXECUTIVE, null,
                OutcomeClients.ADMIN);
        Actor optedOut = TestPeople.member(context, client.id(), unwilling, "Úrsula Unsubscribed", TenantRole.EXECUTIVE, null,
                OutcomeClients.ADMIN);
        SignIn.out();
        jdbc.sql("update person set language = 'en' where id = :id").param("id", englishReader.personId()).update();
        SignIn.as(context, unwilling);
        mailChoices.choose(NotificationKind.MONTHLY_REPORT, false);
        SignIn.out();

        reportMail.sendDue(client.id(), YearMonth.of(2026, 10));
        reportMail.sendDue(client.id(), YearMonth.of(2026, 10));

        SentMail spanish = onlyMail(client.executive());
        assertThat(spanish.subject()).isEqualTo(tenantName() + ": informe de ahorro de octubre de 2026");
        assertThat(spanish.text()).startsWith("Hola, Elena Ejecutiva:").contains("/t/" + client.slug() + "/outcomes")
                .contains("/notifications/unsubscribe/");
        String spanishPdf = pdfText(spanish, client.slug() + "-savings-2026-10.pdf");
        assertThat(spanishPdf).contains("informe de ahorro, octubre de 2026", "Horas recuperadas en el mes", "60,8 h", "2.311,67\u00a0€");

        SentMail inEnglish = onlyMail(english);
        assertThat(inEnglish.subject()).isEqualTo(tenantName() + ": savings report for October 2026");
        assertThat(inEnglish.text()).startsWith("Hello Emma English,");
        String englishPdf = pdfText(inEnglish, client.slug() + "-savings-2026-10.pdf");
        assertThat(englishPdf).contains("savings report, October 2026", "Hours recovered in the month", "60,8 h", "2.311,67\u00a0€");

        assertThat(reports(unwilling)).as("turned off in the mail choices").isEmpty();
        assertThat(reports(client.staff())).as("for executives only").isEmpty();
    }

    @Test
    void aMonthThatHasNotEndedSendsNothing() {
        reportMail.sendDue(client.id(), YearMonth.of(2026, 11));
        assertThat(reports(client.executive())).isEmpty();
    }

    /** The person's mails that carry a file: their invitation to the client is not one. */
    private List<SentMail> reports(String address) {
        return Mailbox.of(context, address).stream().filter(mail -> !mail.attachments().isEmpty()).toList();
    }

    private SentMail onlyMail(String address) {
        List<SentMail> mails = reports(address);
        assertThat(mails).as("one mail, however often it is due").hasSize(1);
        return mails.getFirst();
    }

    private String tenantName() {
        return context.getBean(studio.smartwork.portal.tenant.TenantService.class).find(client.id()).orElseThrow().name();
    }

    private static String pdfText(SentMail mail, String fileName) throws IOException {
        assertThat(mail.attachments()).hasSize(1);
        MailAttachment pdf = mail.attachments().getFirst();
        assertThat(pdf.fileName()).isEqualTo(fileName);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
