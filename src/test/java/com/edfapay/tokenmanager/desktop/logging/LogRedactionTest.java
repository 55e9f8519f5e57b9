package com.edfapay.tokenmanager.desktop.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real logback.xml: whatever a developer logs, no token shape and no registered secret reaches the file. */
class LogRedactionTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogRedactionTest.class);

    @Test
    void messagesAndStackTracesAreRedactedInTheLogFile() throws Exception {
        String sdkToken = "9F".repeat(32);
        String apiSecret = "edfa_" + "Qw3rTy7uIo".repeat(4);
        String sessionKey = "merchant-key-that-has-no-token-shape-0042";
        Runnable unregister = LogRedaction.register(text -> text.replace(sessionKey, "****"));
        try {
            LOG.warn("copied {} for user u-1 with key {}", sdkToken, sessionKey);
            LOG.warn("background task failed", new IllegalStateException("server said " + apiSecret,
                    new RuntimeException("cause holds " + sdkToken)));
        } finally {
            unregister.run();
        }
        Path file = Path.of(System.getProperty("edfapay.tokenmanager.logs"), "token-manager.log");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("copied [redacted \u20269F9F] for user u-1 with key ****")
                .contains("IllegalStateException: server said [redacted")
                .contains("at com.edfapay.tokenmanager.desktop.logging.LogRedactionTest")
                .doesNotContain(sdkToken).doesNotContain(apiSecret).doesNotContain(sessionKey);
    }
}
