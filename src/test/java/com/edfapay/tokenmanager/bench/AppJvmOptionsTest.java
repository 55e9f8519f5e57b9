package com.edfapay.tokenmanager.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppJvmOptionsTest {

    @Test
    void readsTheWindowsJvmOptionsThePomGivesTheLauncher() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(AppJvmOptions.fromPom(Path.of("pom.xml")))
                .containsExactly("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmn64m",
                        "-XX:CompileThresholdScaling=0.2", "-XX:CICompilerCount=1");
        // Each property reaches both the installed launcher (jpackage) and javafx:run.
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("<(app\\.jvm\\.[a-z]+)>").matcher(pom);
        int properties = 0;
        while (names.find()) {
            properties++;
            assertThat(pom).contains("--java-options ${" + names.group(1) + "}", "<option>${" + names.group(1)
                    + "}</option>");
        }
        assertThat(properties).isEqualTo(5);
    }

    @Test
    void aPomWithoutThemIsAnError(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project><properties/></project>");

        assertThatThrownBy(() -> AppJvmOptions.fromPom(pom)).hasMessageContaining("no app.jvm.* properties");
    }
}
