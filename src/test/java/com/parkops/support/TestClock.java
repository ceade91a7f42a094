package com.parkops.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system clock until a test pins it with {@link #set}, as a
 * generated quarter does to replay its steps at chosen instants. A test that pins it must {@link
 * #reset} it in a {@code finally} or {@code @AfterEach}, since the context is shared.
 */
public class TestClock extends Clock {

    private volatile Instant pinned;

    /** Pins "now" to the given instant until the next call. */
    public void set(Instant instant) {
        this.pinned = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        this.pinned = null;
    }

    @Override
    public Instant instant() {
        Instant at = pinned;
        return at == null ? Instant.now() : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }

    /** Puts the test clock in the application context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
