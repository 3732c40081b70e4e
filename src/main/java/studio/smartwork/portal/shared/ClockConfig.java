package studio.smartwork.portal.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** One clock for the whole portal, so tests can reason about "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
