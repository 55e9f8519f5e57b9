package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app loads before the Connect screen's first frame (docs/decisions/0032, 0035): the real app, started
 * in its own JVM (headless, Monocle, like the window tests) with {@code --smoke=connect}, lists the classes it
 * loads; those loaded before it prints the first-frame marker must include the Connect screen and none of the
 * libraries only later work needs: HTTP client, JSON mapping, database, logging, keychain, FXML, Ikonli's icon
 * resolver (which loads every icon font), the embedded sandbox, the SDK tab.
 */
class FirstFrameClassesTest {

    /** Packages (ending in a dot) and classes (with their nested classes) not to be loaded before the first frame. */
    private static final List<String> NOT_BEFORE_FIRST_FRAME = List.of(
            "okhttp3.", "okio.", "kotlin.", "com.fasterxml.jackson.databind.", "org.h2.", "ch.qos.logback.",
            "org.slf4j.", "javafx.fxml.", "javax.xml.stream.", "org.kordamp.ikonli.javafx.", "com.sun.jna.",
            "org.freedesktop.dbus.", "com.edfapay.tokenmanager.sandbox.", "com.edfapay.tokenmanager.api.EdfaPayClient",
            "com.edfapay.tokenmanager.ui.lock.LockView", "com.edfapay.tokenmanager.ui.shell.",
            "com.edfapay.tokenmanager.ui.sdktokens.");

    @Test
    void theFirstFrameLoadsTheConnectScreenAndNoLaterWork(@TempDir Path home) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout:tags", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dedfapay.tokenmanager.home=" + home, "-Dedfapay.tokenmanager.logs=" + home.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--smoke=connect", "--sandbox=memory", "--language=en", "--theme=light");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(FirstFrame.MARKER_ENV, "1");
        Process process = builder.start();
        List<String> before = new ArrayList<>();
        List<String> output = new ArrayList<>();
        boolean frame = false;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(FirstFrame.MARKER)) {
                    frame = true;
                } else if (!frame && line.startsWith("[class,load] ")) {
                    before.add(line.substring("[class,load] ".length()).split(" ", 2)[0]);
                } else if (!line.startsWith("[class,load] ")) {
                    output.add(line);
                }
            }
        } finally {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        assertThat(frame).as("first-frame marker; output: %s", output).isTrue();
        assertThat(process.exitValue()).as("--smoke=connect exit code; output: %s", output).isZero();
        assertThat(before).as("the Connect screen is drawn in the first frame")
                .contains("com.edfapay.tokenmanager.ui.connect.ConnectView", "javafx.scene.control.TextField", "javafx.scene.control.ComboBox");
        List<String> tooEarly = before.stream()
                .filter(name -> NOT_BEFORE_FIRST_FRAME.stream().anyMatch(banned -> banned.endsWith(".")
                        ? name.startsWith(banned) : name.equals(banned) || name.startsWith(banned + "$"))).toList();
        assertThat(tooEarly).as("classes loaded before the first frame that only later work needs").isEmpty();
        assertThat(before).as("the combo boxes' popup lists are skinned when first opened (docs/decisions/0090)")
                .doesNotContain("javafx.scene.control.skin.ListViewSkin", "javafx.scene.control.skin.VirtualFlow");
    }
}
