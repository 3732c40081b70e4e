package studio.smartwork.portal.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/** The embedded mail server's outbox: what the portal really sent over SMTP, for administrators only. */
class OutboxTests extends KaribuTests {

    @Test
    void administratorsReadWhatThePortalSent() {
        String to = "outbox-" + System.nanoTime() + "@example.com";
        context.getBean(OutgoingMail.class).send(new Mail(to, "Outbox check", "Hello over SMTP"));
        signIn(DemoPeople.ADMIN);
        navigate("admin/outbox");
        Grid<?> outbox = _get(Grid.class, spec -> spec.withId("outbox"));
        assertThat(GridKt._getFormattedRow(outbox, 0).subList(1, 3)).containsExactly(to, "Outbox check");
    }

    @Test
    void nobodyElseReadsIt() {
        signIn(DemoPeople.CARLA);
        assertThatThrownBy(() -> navigate("admin/outbox")).isInstanceOf(MockAccessDeniedException.class);
        signIn(DemoPeople.EVA);
        assertThatThrownBy(() -> navigate("admin/outbox")).isInstanceOf(MockAccessDeniedException.class);
    }
}
