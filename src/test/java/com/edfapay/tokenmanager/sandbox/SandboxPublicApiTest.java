package com.edfapay.tokenmanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the app embeds: options, personas, base URL and the standalone start-up output. */
class SandboxPublicApiTest {

    @Test
    void inMemoryDefaults() {
        SandboxOptions options = SandboxOptions.inMemory();
        assertThat(options.port()).isZero();
        assertThat(options.dataFile()).isNull();
        assertThat(options.latency()).isEqualTo(Duration.ZERO);
        assertThat(options.failRate()).isZero();
        assertThat(options.throttleRate()).isZero();
        assertThat(options.dropRate()).isZero();
        assertThat(options.merchants()).isEqualTo(3);
        assertThat(options.usersPerMerchant()).isEqualTo(12);
    }

    @Test
    void optionsRejectImpossibleValues() {
        SandboxOptions options = SandboxOptions.inMemory();
        assertThatThrownBy(() -> options.withFailRate(1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withDropRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withLatency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withMerchants(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withPort(65_536)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void personaToStringMasksTheKey() {
        Persona persona = new Persona("merchant", "MERCHANT", "edfa_abcdefghijklmnopqrstuvwxyz0123456789WXYZ", "u",
                "b", "Riyadh Coffee Roasters");
        assertThat(persona.toString()).doesNotContain("abcdefghij").contains("****WXYZ").contains("merchant");
    }

    @Test
    void personasComeInAFixedOrderAndTheBaseUrlIsLoopback() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            assertThat(sandbox.personas()).extracting(Persona::name)
                    .containsExactly("partner", "merchant", "branch", "user", "terminal");
            assertThat(sandbox.personas()).extracting(Persona::userType)
                    .containsExactly("PARTNER", "MERCHANT", "BRANCH", "USER", "TERMINAL");
            assertThat(sandbox.personas()).extracting(Persona::apiKey).allMatch(key -> key.matches(
                    "^edfa_[0-9A-Za-z]{40}$")).doesNotHaveDuplicates();
            assertThat(sandbox.persona("terminal")).isPresent();
            assertThat(sandbox.persona("admin")).isEmpty();
            assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
            assertThat(sandbox.port()).isPositive();
        }
    }

    @Test
    void aBusyPortFailsTheStartWithAnIOException() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EdfaPaySandbox.start(SandboxOptions.inMemory().withPort(busy.getLocalPort())))
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void standaloneStartUpPrintsTheBaseUrlThenOneJsonLinePerPersona() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SandboxMain.printStartup(new PrintStream(bytes, true, StandardCharsets.UTF_8), sandbox, true);
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(6);
            assertThat(lines.get(0)).isEqualTo(sandbox.baseUrl());
            JsonNode merchant = SandboxHttp.MAPPER.readTree(lines.get(2));
            assertThat(merchant.get("persona").asText()).isEqualTo("merchant");
            assertThat(merchant.get("userType").asText()).isEqualTo("MERCHANT");
            assertThat(merchant.get("apiKey").asText()).isEqualTo(SandboxHttp.key(sandbox, "merchant"));
            assertThat(merchant.get("businessUnitId").asText())
                    .isEqualTo(sandbox.persona("merchant").orElseThrow().businessUnitId());
            assertThat(merchant.get("userId").asText()).isEqualTo(sandbox.persona("merchant").orElseThrow().userId());

            ByteArrayOutputStream quiet = new ByteArrayOutputStream();
            SandboxMain.printStartup(new PrintStream(quiet, true, StandardCharsets.UTF_8), sandbox, false);
            assertThat(quiet.toString(StandardCharsets.UTF_8).lines()).containsExactly(sandbox.baseUrl());
        }
    }
}
