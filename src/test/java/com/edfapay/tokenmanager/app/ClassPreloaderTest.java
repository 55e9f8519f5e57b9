package com.edfapay.tokenmanager.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first frame's class preloader (docs/decisions/0090): loads, never initialises, and skips what is missing. */
class ClassPreloaderTest {

    /** Set by its own static initialiser: loading the class must not run it. */
    static boolean initialised;

    static final class Probe {
        static {
            initialised = true;
        }
    }

    @Test
    void loadsTheListedClassesWithoutInitialisingThemAndSkipsMissingOnes() {
        int loaded = ClassPreloader.load(List.of(Probe.class.getName(), "com.example.NotOnThisPlatform",
                "javafx.scene.control.skin.TextFieldSkin"), ClassPreloaderTest.class.getClassLoader());

        assertThat(loaded).isEqualTo(2);
        assertThat(initialised).as("static initialiser run").isFalse();
    }

    @Test
    void readsOneNameALineAndSkipsCommentsAndBlankLines() throws Exception {
        List<String> names = ClassPreloader.parse(new BufferedReader(new StringReader(
                "# generated\n\njavafx.scene.control.Button\n  javafx.scene.control.Label  \n#x\n")));

        assertThat(names).containsExactly("javafx.scene.control.Button", "javafx.scene.control.Label");
    }

    @Test
    void theCommittedListStartsWithTheLauncherAndNamesTheConnectScreen() {
        List<String> names = ClassPreloader.names();

        assertThat(names).hasSizeGreaterThan(1000).first().isEqualTo(Launcher.class.getName());
        assertThat(names).contains("com.edfapay.tokenmanager.ui.connect.ConnectView",
                "javafx.scene.control.skin.TextFieldSkin");
    }
}
