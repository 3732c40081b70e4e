package studio.smartwork.portal.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Whether the company's Keycloak answers the portal, asked before a browser is sent there. */
@Component
@Profile("keycloak")
class KeycloakAvailability implements BooleanSupplier {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAvailability.class);

    private final String realmUrl;

    KeycloakAvailability(KeycloakProperties properties) {
        this.realmUrl = properties.backchannel();
    }

    @Override
    public boolean getAsBoolean() {
        return answers(realmUrl);
    }

    /** One client for every probe: creating one per sign-in click would start a thread each time. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Whether the realm answers at all: any answer below 500 means Keycloak is there. */
    static boolean answers(String realmUrl) {
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            int status = HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status < 500;
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Keycloak at {} does not answer: {}", realmUrl, e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
