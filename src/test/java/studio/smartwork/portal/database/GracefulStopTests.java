package studio.smartwork.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import studio.smartwork.portal.Application;

/**
 * A replica asked to stop (a rolling update) first says it is no longer ready, then lets the
 * request under way finish, then stops: the whole portal, started here on a port of its own, with
 * one request that takes two seconds in flight when the stop begins.
 */
@Tag("faults")
class GracefulStopTests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aStoppingReplicaTurnsUnreadyAndFinishesTheRequestUnderWay() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(Application.class, SlowRequest.class)
                .listeners((ApplicationListener<AvailabilityChangeEvent<?>>) event -> {
                    if (event.getState() == ReadinessState.REFUSING_TRAFFIC) {
                        events.add("unready");
                    }
                })
                // As arguments: they outrank the settings files, as the fault suite's own database must.
                .run("--server.port=0", "--portal.database.embedded.data-directory=target/test-postgres-faults");
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> underWay = CompletableFuture.supplyAsync(() -> get(port, SlowRequest.PATH));
        assertThat(SlowRequest.started.await(10, TimeUnit.SECONDS)).as("the slow request reached the portal").isTrue();
        long stopping = System.nanoTime();
        portal.close();
        events.add("stopped");
        Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);

        HttpResponse<String> answer = underWay.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as("the request under way finished").isEqualTo(200);
        assertThat(answer.body()).isEqualTo("finished");
        assertThat(events).containsExactly("unready", "stopped");
        assertThat(stopTook).as("it waited for the request").isGreaterThan(Duration.ofMillis(1_000))
                .isLessThan(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request that takes two seconds, answered before anything of the portal's own sees it. */
    @Configuration(proxyBeanMethods = false)
    static class SlowRequest {

        static final String PATH = "/slow-request-for-the-stop-test";
        static final CountDownLatch started = new CountDownLatch(1);

        @Bean
        FilterRegistrationBean<Filter> slowRequestFilter() {
            Filter slow = (request, response, chain) -> {
                started.countDown();
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.setContentType("text/plain");
                response.getWriter().write("finished");
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(slow);
            registration.addUrlPatterns(PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
