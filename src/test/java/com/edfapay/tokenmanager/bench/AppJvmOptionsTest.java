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
                        "-XX:CompileThresholdScaling=0.2")
                .allSatisfy(option -> assertThat(pom).contains("--java-options ${app.jvm."));
    }

    @Test
    void aPomWithoutThemIsAnError(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project><properties/></project>");

        assertThatThrownBy(() -> AppJvmOptions.fromPom(pom)).hasMessageContaining("no app.jvm.* properties");
    }
}
