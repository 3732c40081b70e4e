package studio.smartwork.portal.webhooks.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.webhooks.WebhookDelivery.Problem;

/**
 * Makes one call to a receiver: a POST of the payload with Standard Webhooks' headers, short
 * timeouts, redirects not followed (a 3xx is a failed attempt, never a way to reach another
 * address). The receiver's host is resolved and every address checked right before the call
 * ({@link AddressPolicy}); the client then connects to an address of that same answer, which
 * the JVM keeps for 30 seconds (decision 0110 says why that is enough and what would be more).
 */
@Component
public class WebhookSender {

    /** What the portal sends and signs. */
    public record Call(String url, boolean allowPrivate, String messageId, String payload, String secret,
            @Nullable String previousSecret) {
    }

    /** What came of a call; {@code problem} is null when the receiver answered 2xx. */
    public record Result(Instant at, @Nullable Integer status, int responseMs, @Nullable Problem problem) {

        public boolean delivered() {
            return problem == null;
        }
    }

    private final HttpClient client;
    private final WebhookSettings settings;
    /**
     * The job queue's own time, not the portal's business clock: deliveries, their retries and
     * their signatures happen in real time on whichever replica (or test context) takes the job.
     */
    private final Clock clock = Clock.systemUTC();

    WebhookSender(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Result send(Call call) {
        Instant at = Instant.now(clock);
        long started = System.nanoTime();
        try {
            URI uri = URI.create(call.url());
            List<InetAddress> addresses = AddressPolicy.resolve(uri.getHost());
            if (!call.allowPrivate() && addresses.stream().anyMatch(AddressPolicy::isRefused)) {
                return new Result(at, null, 0, Problem.PRIVATE_ADDRESS);
            }
            long timestamp = at.getEpochSecond();
            String signature = Stream.of(call.secret(), call.previousSecret()).filter(s -> s != null)
                    .map(s -> Signatures.sign(s, call.messageId(), timestamp, call.payload())).collect(Collectors.joining(" "));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.responseTimeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "SmartWork-Portal-Webhooks/1")
                    .header("webhook-id", call.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(call.payload())).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(at, status, elapsed(started), status >= 200 && status < 300 ? null : Problem.STATUS);
        } catch (UnknownHostException | UnresolvedAddressException e) {
            return new Result(at, null, elapsed(started), Problem.UNKNOWN_HOST);
        } catch (HttpConnectTimeoutException e) {
            return new Result(at, null, elapsed(started), Problem.TIMEOUT);
        } catch (HttpTimeoutException e) {
            return new Result(at, null, elapsed(started), Problem.TIMEOUT);
        } catch (ConnectException e) {
            return new Result(at, null, elapsed(started), Problem.CONNECTION);
        } catch (SSLException e) {
            return new Result(at, null, elapsed(started), Problem.TLS);
        } catch (IOException | IllegalArgumentException e) {
            return new Result(at, null, elapsed(started), Problem.CONNECTION);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(at, null, elapsed(started), Problem.OTHER);
        }
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
