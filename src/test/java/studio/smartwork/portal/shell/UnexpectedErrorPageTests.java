package studio.smartwork.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import studio.smartwork.portal.shared.ui.FailureReference;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.KaribuTests;

/**
 * A page that fails while it opens shows a page in the person's language with a reference, never
 * the exception's text; the reference is in the log with the whole failure. A database that
 * cannot be reached (a restart, a failover) is told apart: trying again in a moment helps.
 */
class UnexpectedErrorPageTests extends KaribuTests {

    /** What the page opened below throws; set by each test. */
    static Supplier<RuntimeException> failure;

    /** A page that fails as it opens; added for the test's session only, never to the portal. */
    @PermitAll
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw failure.get();
        }
    }

    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(FailureReference.class);

    @BeforeEach
    void failingPageAndLog() {
        signIn(DemoPeople.CARLA);
        RouteConfiguration.forSessionScope().setRoute("failing-page", FailingPage.class);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void detachLog() {
        logger.detachAppender(logged);
    }

    @Test
    void anUnexpectedFailureShowsAPoliteReferenceAndLogsTheWholeFailure() {
        failure = () -> new IllegalStateException("secret detail 42", new SQLException("relation xyz does not exist", "42P01"));
        UI.getCurrent().navigate("failing-page");

        assertThat(_get(H1.class, spec -> spec.withText(Texts.t("shell.error.title")))).isNotNull();
        _get(Paragraph.class, spec -> spec.withText(Texts.t("shell.error.text")));
        String reference = referenceShown();
        String page = UI.getCurrent().getElement().getOuterHTML();
        assertThat(page).doesNotContain("secret detail").doesNotContain("Exception").doesNotContain("xyz");

        List<ILoggingEvent> withReference = logged.list.stream().filter(e -> e.getFormattedMessage().contains(reference)).toList();
        assertThat(withReference).hasSize(1);
        assertThat(withReference.getFirst().getFormattedMessage()).contains("failing-page");
        assertThat(withReference.getFirst().getThrowableProxy().getMessage()).isEqualTo("secret detail 42");
    }

    @Test
    void aDatabaseOutOfReachAsksToTryAgainInAMoment() {
        failure = () -> new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("Connection is closed", "08003"));
        UI.getCurrent().navigate("failing-page");

        _get(Paragraph.class, spec -> spec.withText(Texts.t("shell.error.database-text")));
        assertThat(_find(Paragraph.class, spec -> spec.withText(Texts.t("shell.error.text")))).isEmpty();
        String reference = referenceShown();
        assertThat(logged.list).anyMatch(e -> e.getFormattedMessage().contains(reference) && e.getFormattedMessage().contains("database unreachable"));
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Connection is closed").doesNotContain("JDBC");
    }

    @Test
    void theSamePageSpeaksThePersonsLanguage() {
        failure = () -> new IllegalStateException("boom");
        signIn(DemoPeople.EVA);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es-ES"));
        UI.getCurrent().navigate("failing-page");
        _get(H1.class, spec -> spec.withText("No se ha podido abrir esta página"));
        referenceShown();
    }

    @Test
    void aNotFoundWrappedInAnotherFailureAnswersAsTheNotFoundPage() {
        failure = () -> new IllegalStateException("wrapped", new studio.smartwork.portal.tenancy.TenantNotFoundException());
        UI.getCurrent().navigate("failing-page");
        _get(H1.class, spec -> spec.withText(Texts.t("shell.not-found.title")));
        assertThat(_find(H1.class, spec -> spec.withText(Texts.t("shell.error.title")))).isEmpty();
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("wrapped");
    }

    /** The reference on the page: eight letters and digits, as quoted to a consultant. */
    private static String referenceShown() {
        String text = _get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith(Texts.t("shell.error.reference", "").strip()))).getText();
        Matcher matcher = Pattern.compile("([2-9A-Z]{8})$").matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
