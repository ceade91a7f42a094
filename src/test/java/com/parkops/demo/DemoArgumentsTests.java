package com.parkops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoArgumentsTests {

    @Test
    void shouldLoadTheDemoForTheDemoArgumentAsForTheVariable() {
        assertThat(DemoZoneLoader.requested(false, new DefaultApplicationArguments("--demo")))
                .isTrue();
        assertThat(DemoZoneLoader.requested(false, new DefaultApplicationArguments("--demo=true")))
                .isTrue();
        assertThat(DemoZoneLoader.requested(true, new DefaultApplicationArguments()))
                .isTrue();
        assertThat(DemoZoneLoader.requested(false, new DefaultApplicationArguments()))
                .isFalse();
    }

    @Test
    void shouldNotLoadTheDemoWhenTheArgumentSaysFalse() {
        assertThat(DemoZoneLoader.requested(true, new DefaultApplicationArguments("--demo=false")))
                .isFalse();
    }
}
