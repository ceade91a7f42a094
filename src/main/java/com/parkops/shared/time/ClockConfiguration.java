package com.parkops.shared.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" for business steps that record when they happened (appeal steps,
 * deadlines, reminders). Production uses the system clock; a test may put a primary {@link Clock}
 * bean beside it to replay a generated quarter at fixed instants.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
