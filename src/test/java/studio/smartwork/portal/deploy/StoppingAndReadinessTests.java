package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.smartwork.portal.deploy.Descriptors.at;
import static studio.smartwork.portal.deploy.Descriptors.list;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.convert.DurationStyle;

/**
 * A replica that is stopped (a rolling update, a scale-down) finishes what it is doing inside the
 * pod's grace period, and a replica whose database is out of reach says it is not ready, while
 * staying alive. The figures are read from where they are set — application.properties and the
 * rendered Deployment — so a change to one that breaks the budget fails here.
 */
class StoppingAndReadinessTests {

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void aStoppingReplicaFinishesItsRequestsAndJobsInsideTheGracePeriod(String layout) throws IOException {
        Properties settings = applicationProperties();
        Map<String, Object> deployment = Kustomize.build(Path.of(layout)).stream()
                .filter(r -> "Deployment".equals(r.get("kind")) && "portal".equals(at(r, "metadata", "name"))).findFirst().orElseThrow();
        Map<String, Object> portal = list(at(deployment, "spec", "template", "spec", "containers")).stream().map(Descriptors::map)
                .filter(c -> "portal".equals(c.get("name"))).findFirst().orElseThrow();

        Duration grace = Duration.ofSeconds(((Number) at(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds")).longValue());
        Duration pause = Duration.ofSeconds(((Number) at(portal, "lifecycle", "preStop", "sleep", "seconds")).longValue());
        Duration requests = DurationStyle.detectAndParse(settings.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
        Duration jobs = DurationStyle.detectAndParse(settings.getProperty("db-scheduler.shutdown-max-wait"));

        assertThat(settings.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(pause).as("the Gateway's proxies need a few seconds to stop sending requests").isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(pause.plus(requests).plus(jobs)).as("pause + requests + jobs, with 5 s left for the rest of the stop")
                .isLessThanOrEqualTo(grace.minusSeconds(5));
    }

    /** The behaviour itself, with the database stopped, is in {@code DatabaseFaultTests}. */
    @Test
    void readinessCountsTheDatabaseAndLivenessDoesNot() throws IOException {
        Properties settings = applicationProperties();
        assertThat(Arrays.stream(settings.getProperty("management.endpoint.health.group.readiness.include").split(",")).map(String::trim))
                .containsExactlyInAnyOrder("readinessState", "db");
        assertThat(settings.getProperty("management.endpoint.health.group.liveness.include")).as("liveness keeps its default: the process only")
                .isNull();
        assertThat(settings.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }
}
