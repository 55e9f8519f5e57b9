package com.edfapay.tokenmanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file database survives a restart: seed, tokens and SDK token state stay; persona keys are re-issued. */
class PersistenceTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartAndPersonaKeysAreReissued() throws Exception {
        Path dataFile = folder.resolve("db").resolve("sandbox");
        List<String> secrets = new ArrayList<>();
        String usersBefore;
        String merchantsBefore;
        String generatedId;
        String generatedSecret;
        String replacedToken;
        String toggledPath;
        List<Persona> firstPersonas;

        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.onDisk(dataFile))) {
            firstPersonas = sandbox.personas();
            firstPersonas.forEach(persona -> secrets.add(persona.apiKey()));
            SandboxHttp http = new SandboxHttp(sandbox);
            String partnerKey = SandboxHttp.key(sandbox, "partner");
            String merchantKey = SandboxHttp.key(sandbox, "merchant");
            usersBefore = http.get(partnerKey, "/api/v1/users/search?pageSize=500").data().toString();
            merchantsBefore = http.get(partnerKey, "/api/v1/merchant/search").data().toString();

            JsonNode generated = http.post(merchantKey, "/api/v1/api-tokens", "{\"businessUnitId\":\""
                    + sandbox.persona("merchant").orElseThrow().businessUnitId() + "\",\"name\":\"Survivor\"}").data();
            generatedId = generated.get("id").asText();
            generatedSecret = generated.get("secret").asText();
            secrets.add(generatedSecret);
            assertThat(http.get(generatedSecret, "/api/v1/me").status()).isEqualTo(200);

            String userPath = "/api/v1/sdk-token/" + sandbox.persona("user").orElseThrow().userId();
            replacedToken = http.post(merchantKey, userPath, null).data().get("token").asText();
            toggledPath = "/api/v1/sdk-token/" + sandbox.persona("terminal").orElseThrow().userId();
            assertThat(http.put(merchantKey, toggledPath, null).data().get("active").asBoolean()).isFalse();
        }

        assertThat(Files.exists(folder.resolve("db").resolve("sandbox.mv.db"))).isTrue();
        assertThat(Files.exists(folder.resolve("db").resolve("sandbox.trace.db")))
                .as("a clean shutdown leaves no H2 error trace").isFalse();
        assertNoSecretOnDisk(secrets);

        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.onDisk(dataFile).withMerchants(7))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String partnerKey = SandboxHttp.key(sandbox, "partner");
            String merchantKey = SandboxHttp.key(sandbox, "merchant");
            for (int i = 0; i < firstPersonas.size(); i++) {
                Persona before = firstPersonas.get(i);
                Persona after = sandbox.personas().get(i);
                assertThat(after.name()).isEqualTo(before.name());
                assertThat(after.userId()).isEqualTo(before.userId());
                assertThat(after.apiKey()).isNotEqualTo(before.apiKey());
                assertThat(http.get(before.apiKey(), "/api/v1/me").status()).as("old key of %s", before.name())
                        .isEqualTo(401);
                assertThat(http.get(after.apiKey(), "/api/v1/me").status()).isEqualTo(200);
                secrets.add(after.apiKey());
            }
            assertThat(http.get(partnerKey, "/api/v1/users/search?pageSize=500").data().toString())
                    .as("an existing database is not re-seeded").isEqualTo(usersBefore);
            assertThat(http.get(partnerKey, "/api/v1/merchant/search").data().toString()).isEqualTo(merchantsBefore);

            assertThat(http.get(generatedSecret, "/api/v1/me").status()).isEqualTo(200);
            JsonNode tokens = http.get(merchantKey, "/api/v1/api-tokens").data();
            assertThat(tokens.findValuesAsText("id")).contains(generatedId);
            assertThat(tokens.findValuesAsText("name")).containsOnlyOnce("Sandbox persona key");

            String userPath = "/api/v1/sdk-token/" + sandbox.persona("user").orElseThrow().userId();
            assertThat(http.get(merchantKey, userPath).data().get("token").asText()).isEqualTo(replacedToken);
            assertThat(http.get(merchantKey, toggledPath).data().get("active").asBoolean()).isFalse();
        }
        assertNoSecretOnDisk(secrets);
    }

    @Test
    void anInMemorySandboxLeavesNothingBehindAndInstancesAreIsolated() throws Exception {
        String url;
        try (EdfaPaySandbox first = EdfaPaySandbox.start(SandboxOptions.inMemory());
             EdfaPaySandbox second = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            url = first.jdbcUrl();
            assertThat(url).isNotEqualTo(second.jdbcUrl()).startsWith("jdbc:h2:mem:");
            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(new SandboxHttp(second).get(SandboxHttp.key(first, "merchant"), "/api/v1/me").status())
                    .as("keys of one instance are unknown to another").isEqualTo(401);
        }
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "").close())
                .as("closing frees the in-memory database").isInstanceOf(java.sql.SQLException.class);
    }

    private void assertNoSecretOnDisk(List<String> secrets) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    assertThat(content).as("%s must not hold a secret", file).doesNotContain(secret)
                            .doesNotContain(secret.substring(5));
                }
            }
        }
    }
}
