package studio.smartwork.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an in-process SMTP server (GreenMail) when no mail server is configured, the way
 * the embedded PostgreSQL starts: {@code mvn spring-boot:run} and {@code mvn verify} send
 * real mail over SMTP and need nothing installed. Administrators read what it received on
 * the Outbox page; tests read it there too. Setting {@code spring.mail.host} (SPRING_MAIL_HOST)
 * uses a real server instead, and then nothing is started.
 */
public class EmbeddedMailEnvironment implements EnvironmentPostProcessor, Ordered {

    /** Set while the embedded SMTP server runs. */
    public static final String ACTIVE = "portal.mail.embedded.active";

    // One server per JVM, shared by every application context of a test run.
    private static @Nullable GreenMail server;

    private final Log log;

    public EmbeddedMailEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedMailEnvironment.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.mail.host"))
                || !environment.getProperty("portal.mail.embedded.enabled", Boolean.class, true)) {
            return;
        }
        int port = start(environment.getProperty("portal.mail.embedded.port", Integer.class, 0));
        log.info("Embedded SMTP server on port " + port + "; administrators read its mail on the Outbox page");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedMail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", port,
                ACTIVE, true)));
    }

    private static synchronized int start(int port) {
        if (server == null) {
            ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            GreenMail greenMail = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp);
            greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "embedded-smtp-stop"));
            server = greenMail;
        }
        return server.getSmtp().getPort();
    }

    /** The running embedded server, if this JVM started one. */
    static @Nullable GreenMail server() {
        return server;
    }
}
