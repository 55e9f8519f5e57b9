package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings window, the About box and the lock screen open in the real window and do what they say. */
class TrustScreensFxTest extends FxRobot {

    private AppUnderTest app;

    @BeforeEach
    void start() throws Exception {
        app = AppUnderTest.start();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void settingsAboutAndLockOpenAndWork() throws Exception {
        app.signInAs(this, "merchant");

        clickOn("#settingsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#settingsDialog"));
        Spinner<?> seconds = lookup("#settingsClipboard").queryAs(Spinner.class);
        assertThat(seconds.getValue()).isEqualTo(30);
        interact(() -> seconds.increment(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> java.nio.file.Files.exists(app.home().resolve("config/settings.json")));
        assertThat(java.nio.file.Files.readString(app.home().resolve("config/settings.json")))
                .contains("\"clipboardClearSeconds\" : 40");
        Node settings = lookup("#settingsDialog").query();
        interact(() -> settings.getScene().getWindow().hide());

        clickOn("#aboutButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#aboutDialog"));
        clickOn("#copyDiagnostics");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#aboutStatus").queryAs(Label.class).getText().isEmpty());
        String diagnostics = WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        assertThat(diagnostics).startsWith("EdfaPay Token Manager").contains("Java: ").contains("log lines")
                .doesNotContain(app.persona("merchant").apiKey());
        Node about = lookup("#aboutDialog").query();
        interact(() -> about.getScene().getWindow().hide());

        clickOn("#lockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#lockScreen"));
        assertThat(lookup("#lockProfile").queryAs(Label.class).getText()).contains("Local sandbox");
        clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !visible("#lockScreen"));
        assertThat(visible("#identityLabel")).isTrue();
    }
}
