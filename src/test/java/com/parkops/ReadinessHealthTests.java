package com.parkops;

import static org.assertj.core.api.Assertions.assertThat;

import com.parkops.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The web server answers before the start-up runners (first administrator, demo zone) are done;
 * health says UP only once the application is ready, so a script that waits for it can sign in.
 */
@IntegrationTest
class ReadinessHealthTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldAnswerUpExactlyOnlyWhenTheApplicationIsReady() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"status":"UP"}""");

        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(mvc.get().uri("/actuator/health"))
                    .hasStatus(503)
                    .bodyJson()
                    .isStrictlyEqualTo("""
                            {"status":"OUT_OF_SERVICE"}""");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }

        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"status":"UP"}""");
    }
}
