package studio.smartwork.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailRetriesTests {

    private final MailRetries defaults = new MailRetries(null, null, 0);

    @Test
    void theWaitDoublesUpToTheLongest() {
        // 30 s, 1 min, 2 min, 4 min, … 128 min; the next (256 min) is over 4 h, so 4 h from then on.
        assertThat(defaults.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.delayAfter(9)).isEqualTo(Duration.ofMinutes(128));
        assertThat(defaults.delayAfter(10)).isEqualTo(Duration.ofHours(4));
        assertThat(defaults.delayAfter(19)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void theDefaultsKeepTryingForAtLeastTwoDays() {
        // 22 attempts, 21 waits: 30 s + 1 + 2 + … + 128 min = 255.5 min = 4 h 15 min 30 s, then 12 × 4 h = 48 h.
        assertThat(defaults.span()).isEqualTo(Duration.ofHours(52).plusMinutes(15).plusSeconds(30));
        assertThat(defaults.span()).isGreaterThan(Duration.ofDays(2));
    }
}
