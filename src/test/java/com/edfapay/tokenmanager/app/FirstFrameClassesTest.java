package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the app loads before the Connect screen's first frame (docs/decisions/0032, 0035): the real app, started
 * in its own JVM (headless, Monocle, like the window tests) with {@code --smoke=connect}, lists the classes it
 * loads; those loaded before it prints the first-frame marker must include the Connect screen and none of the
 * libraries only later work needs: HTTP client, JSON mapping, database, logging, keychain, FXML, Ikonli's icon
 * resolver (which loads every icon font), the embedded sandbox.
 *
 * <p>The run has the class preloader off, so that it shows what the first frame itself needs, and checks the
 * preloader's list ({@link ClassPreloader#LIST}, docs/decisions/0090) against it: the list may name nothing later
 * work needs, and must still match the classes this run loaded. When the Connect screen changes, the run writes the
 * list it found to {@code target/first-frame-classes.txt}; copy it over the resource.
 */
class FirstFrameClassesTest {

    /** Packages (ending in a dot) and classes (with their nested classes) not to be loaded before the first frame. */
    private static final List<String> NOT_BEFORE_FIRST_FRAME = List.of(
            "okhttp3.", "okio.", "kotlin.", "com.fasterxml.jackson.databind.", "org.h2.", "ch.qos.logback.",
            "org.slf4j.", "javafx.fxml.", "javax.xml.stream.", "org.kordamp.ikonli.javafx.", "com.sun.jna.",
            "org.freedesktop.dbus.", "com.edfapay.tokenmanager.sandbox.", "com.edfapay.tokenmanager.api.EdfaPayClient",
            "com.edfapay.tokenmanager.ui.lock.LockView", "com.edfapay.tokenmanager.ui.shell.");

    /**
     * Classes the preloader's list leaves out although the first frame loads them: generated ones (lambdas,
     * proxies), and the toolkit's per-platform implementations (GTK, Windows, macOS, the headless Monocle this test
     * runs on, the OpenGL, Direct3D, Metal and software pipelines, each OS's font back end), which are not the same
     * class on another machine and are loaded early by the toolkit's own start-up anyway.
     */
    private static final Pattern NOT_LISTED = Pattern.compile(".*\\$\\$.*|.*\\$Proxy.*|"
            + "com\\.sun\\.glass\\.ui\\.(gtk|win|mac|monocle|ios|android|headless)\\..*|"
            + "com\\.sun\\.prism\\.(es2|d3d|mtl|sw|j2d)\\..*|"
            + "com\\.sun\\.javafx\\.font\\.(freetype|directwrite|coretext)\\..*");

    /** How far the list may drift from the run (JavaFX loads a few classes only sometimes) before it is stale. */
    private static final double LIST_TOLERANCE = 0.02;

    @Test
    void theFirstFrameLoadsTheConnectScreenAndNoLaterWork(@TempDir Path home) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:stdout:tags", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-D" + ClassPreloader.PROPERTY + "=false",
                "-Dedfapay.tokenmanager.home=" + home, "-Dedfapay.tokenmanager.logs=" + home.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--smoke=connect", "--sandbox=memory", "--language=en", "--theme=light");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(FirstFrame.MARKER_ENV, "1");
        Process process = builder.start();
        List<String> before = new ArrayList<>();
        Set<String> fromClassPath = new LinkedHashSet<>();
        List<String> output = new ArrayList<>();
        boolean frame = false;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains(FirstFrame.MARKER)) {
                    frame = true;
                } else if (!frame && line.startsWith("[class,load] ")) {
                    String[] parts = line.substring("[class,load] ".length()).split(" ", 2);
                    before.add(parts[0]);
                    if (parts.length > 1 && parts[1].startsWith("source: file:") && !NOT_LISTED.matcher(parts[0]).matches()) {
                        fromClassPath.add(parts[0]);
                    }
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

        Path written = Path.of("target", ClassPreloader.LIST);
        Files.write(written, listFile(fromClassPath), StandardCharsets.UTF_8);
        List<String> listed = ClassPreloader.names();
        String regenerate = "the preloader's list is stale: copy " + written
                + " to src/main/resources/com/edfapay/tokenmanager/app/" + ClassPreloader.LIST;
        assertThat(listed).as("the preloader's list names no class that only later work needs").noneMatch(name ->
                NOT_BEFORE_FIRST_FRAME.stream().anyMatch(banned -> banned.endsWith(".")
                        ? name.startsWith(banned) : name.equals(banned) || name.startsWith(banned + "$")));
        assertThat(listed).as("the preloader's list has each class once").doesNotHaveDuplicates();
        int tolerance = (int) Math.ceil(fromClassPath.size() * LIST_TOLERANCE);
        List<String> notNeeded = listed.stream().filter(name -> !fromClassPath.contains(name)).toList();
        assertThat(notNeeded).as("listed, not loaded before the first frame; " + regenerate).hasSizeLessThanOrEqualTo(tolerance);
        List<String> missing = fromClassPath.stream().filter(name -> !listed.contains(name)).toList();
        assertThat(missing).as("loaded before the first frame, not listed; " + regenerate).hasSizeLessThanOrEqualTo(tolerance);
    }

    private static List<String> listFile(Set<String> classes) {
        List<String> lines = new ArrayList<>();
        lines.add("# Classes the Connect screen's first frame loads from the class path, in that order, for ClassPreloader");
        lines.add("# (docs/decisions/0090). Generated by FirstFrameClassesTest (target/" + ClassPreloader.LIST + "); do not edit.");
        lines.addAll(classes);
        return lines;
    }
}
