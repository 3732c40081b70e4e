package studio.smartwork.portal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import studio.smartwork.portal.shared.PortalAddress;
import studio.smartwork.portal.shared.PortalTexts;

/** The first administrator is created only while a portal has none, and their one-time link never reaches the log. */
@SpringBootTest
class FirstAdministratorTests {

    @Autowired
    ConsultancyPeople consultancyPeople;
    @Autowired
    SignInPeople signInPeople;

    @Test
    void aPortalThatHasAnAdministratorGetsNoSecondOneFromTheBootstrapSetting() {
        String email = "first-admin-" + System.nanoTime() + "@smartwork.studio";
        assertThat(consultancyPeople.bootstrapAdministrator(email, "Someone")).isEmpty();
        assertThat(signInPeople.credentials(email)).isEmpty();
    }

    /**
     * Anyone who reads the logs (a log collector, a support engineer) must not be able to take
     * the first administrator's account: the link is shown once on the console, outside the
     * logging system, and e-mailed to the address; the log only says that it was.
     */
    @Test
    void theOneTimeLinkIsShownOnceOnTheConsoleAndNeverLogged() throws Exception {
        ConsultancyPeople emptyPortal = mock(ConsultancyPeople.class);
        when(emptyPortal.bootstrapAdministrator("first@smartwork.studio", "First")).thenReturn(Optional.of("welcome/the-secret-token"));
        Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new FirstAdministrator(emptyPortal, new PortalAddress("https://portal.example"), new PortalTexts(true),
                    "first@smartwork.studio", "First")
                    .run(new DefaultApplicationArguments());
        } finally {
            System.setOut(console);
            logger.detachAppender(logged);
        }
        assertThat(logged.list).isNotEmpty().noneMatch(event -> event.getFormattedMessage().contains("the-secret-token"));
        assertThat(logged.list).anyMatch(event -> event.getFormattedMessage().contains("e-mailed"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsOnlyOnce("https://portal.example/welcome/the-secret-token");
    }
}
