package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void smokeIsAnUnnamedSwitchWithADefaultTimeout() {
        AppOptions options = AppOptions.from(Map.of("sandbox", "memory"), List.of("--smoke"));
        assertThat(options.smoke()).isTrue();
        assertThat(options.inMemorySandbox()).isTrue();
        assertThat(options.smokeTimeout()).isEqualTo(AppOptions.DEFAULT_SMOKE_TIMEOUT);
    }

    @Test
    void smokeCanStopAtTheConnectScreen() {
        AppOptions options = AppOptions.from(Map.of("smoke", "connect"), List.of());
        assertThat(options.smoke()).isTrue();
        assertThat(options.smokeConnectOnly()).isTrue();
        assertThat(AppOptions.from(Map.of(), List.of("--smoke")).smokeConnectOnly()).isFalse();
    }

    @Test
    void withoutTheSwitchTheAppStartsNormally() {
        AppOptions options = AppOptions.from(Map.of("language", "ar"), List.of("--other"));
        assertThat(options.smoke()).isFalse();
        assertThat(options.locale().getLanguage()).isEqualTo("ar");
    }

    @Test
    void theSmokeTimeoutIsGivenInSeconds() {
        assertThat(AppOptions.from(Map.of("smoke-timeout", "30"), List.of("--smoke")).smokeTimeout())
                .isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> AppOptions.from(Map.of("smoke-timeout", "soon"), List.of("--smoke")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--smoke-timeout");
    }
}
