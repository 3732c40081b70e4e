package studio.smartwork.portal.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.Eventually;
import studio.smartwork.portal.support.KaribuTests;
import studio.smartwork.portal.support.Mailbox;

/** The mail queue: what the portal sent or is sending, with attempts and errors, for administrators only. */
class MailQueueTests extends KaribuTests {

    @Test
    void administratorsSeeSentMailWithItsAttempts() {
        String to = "queue-" + System.nanoTime() + "@example.com";
        context.getBean(OutgoingMail.class).send(new Mail(to, "Queue check", "Hello"));
        assertThat(Mailbox.of(context, to)).hasSize(1);
        signIn(DemoPeople.ADMIN);
        navigate("admin/mail-queue");
        _get(H2.class, spec -> spec.withText(Texts.t("mail.queue.title")));
        List<String> row = rowFor(to);
        assertThat(row.subList(1, 5)).containsExactly(to, "Queue check", Texts.t("mail.queue.state.sent"), "1");
    }

    @Test
    void aFailedMailIsSentAgainByHand() {
        String to = "failed-" + System.nanoTime() + "@example.com";
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        // As the last attempt leaves a mail whose server refused it every time.
        jdbc.sql("""
                insert into mail_outbox (recipient, subject, body, state, attempts, created_at, last_attempt_at, last_error)
                values (:to, 'Refused', 'Try me again', 'FAILED', 22, now(), now(), '550 mailbox unavailable')""")
                .param("to", to).update();
        signIn(DemoPeople.ADMIN);
        navigate("admin/mail-queue");
        List<String> row = rowFor(to);
        assertThat(row.get(3)).isEqualTo(Texts.t("mail.queue.state.failed"));
        assertThat(row.get(6)).isEqualTo("550 mailbox unavailable");

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("mail-queue"));
        int index = rowIndex(grid, to);
        Button again = (Button) GridKt._getCellComponent(grid, index, "action");
        assertThat(again.getText()).isEqualTo(Texts.t("mail.queue.send-again"));
        _click(again);

        Eventually.within(Duration.ofSeconds(10), "the mail sent again", () -> !Mailbox.of(context, to).isEmpty());
        assertThat(Mailbox.of(context, to).getFirst().subject()).isEqualTo("Refused");
    }

    @Test
    void nobodyElseSeesIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/mail-queue")).isInstanceOf(MockAccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/mail-queue")).isInstanceOf(MockAccessDeniedException.class);
    }

    private List<String> rowFor(String to) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("mail-queue"));
        return GridKt._getFormattedRow(grid, rowIndex(grid, to));
    }

    private static int rowIndex(Grid<?> grid, String to) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormattedRow(grid, i).get(1).equals(to)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + to);
    }
}
