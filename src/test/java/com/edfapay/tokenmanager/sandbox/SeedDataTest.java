package com.edfapay.tokenmanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data: realistic, complete enough for every screen, and fast to seed at benchmark size. */
class SeedDataTest {

    @Test
    void theDefaultSeedHasAPartnerMerchantsABranchAndAMixOfUsersAndTokens() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String partnerKey = SandboxHttp.key(sandbox, "partner");

            JsonNode partner = http.get(partnerKey, "/api/v1/partner/search").data().get("content").get(0);
            assertThat(partner.get("name").asText()).isEqualTo("Edfa Demo Partner");

            JsonNode merchants = http.get(partnerKey, "/api/v1/merchant/search").data().get("content");
            assertThat(merchants.findValuesAsText("name")).containsExactly("Dammam Pharmacy", "Jeddah Electronics",
                    "Riyadh Coffee Roasters");
            assertThat(merchants.findValuesAsText("nameAR")).allMatch(name -> name.matches(".*[\\u0600-\\u06FF].*"));
            assertThat(merchants.findValuesAsText("emailAddress")).allMatch(email -> email.contains("@"));
            merchants.forEach(merchant -> assertThat(merchant.get("active").asBoolean()).isTrue());

            List<JsonNode> users = new ArrayList<>();
            http.get(partnerKey, "/api/v1/users/search?pageSize=500").data().get("content").forEach(users::add);
            assertThat(users.stream().map(user -> user.get("username").asText())).doesNotHaveDuplicates();
            Map<String, Integer> types = new HashMap<>();
            users.forEach(user -> types.merge(user.get("userType").asText(), 1, Integer::sum));
            assertThat(types).containsEntry("PARTNER", 1).containsEntry("MERCHANT", 3).containsEntry("BRANCH", 1)
                    .containsKeys("USER", "TERMINAL", "SDK_USER");
            assertThat(users).anyMatch(user -> !user.get("active").asBoolean());
            assertThat(users.stream().map(user -> user.get("businessUnitName").asText())).contains("Olaya Branch");

            int active = 0;
            int disabled = 0;
            int none = 0;
            for (JsonNode user : users) {
                JsonNode token = http.get(partnerKey, "/api/v1/sdk-token/" + user.get("id").asText()).data();
                if (token.get("token").isNull()) {
                    none++;
                } else if (token.get("active").asBoolean()) {
                    active++;
                } else {
                    disabled++;
                }
                if (token.get("userType").asText().equals("TERMINAL")) {
                    assertThat(token.get("terminalId").asText()).isNotBlank();
                    assertThat(token.get("trsm").asText()).matches("\\d{8,16}");
                    assertThat(token.get("deviceId").asText()).matches("SM-A556E-[0-9A-F]{4}");
                }
            }
            assertThat(active).isPositive();
            assertThat(disabled).isPositive();
            assertThat(none).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameData() throws Exception {
        String first;
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            first = new SandboxHttp(sandbox).get(SandboxHttp.key(sandbox, "partner"),
                    "/api/v1/users/search?pageSize=500").data().toString();
        }
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory())) {
            assertThat(new SandboxHttp(sandbox).get(SandboxHttp.key(sandbox, "partner"),
                    "/api/v1/users/search?pageSize=500").data().toString()).isEqualTo(first);
        }
    }

    @Test
    void twoThousandMerchantsSeedWithUniqueNamesAndOneInactive() throws Exception {
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory().withMerchants(2000))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String partnerKey = SandboxHttp.key(sandbox, "partner");
            assertThat(http.get(partnerKey, "/api/v1/merchant/search").data().get("totalElements").asLong())
                    .isEqualTo(2000);
            assertThat(http.get(partnerKey, "/api/v1/merchant/search?active=false").data().get("totalElements")
                    .asLong()).isEqualTo(1);
            assertThat(http.get(partnerKey, "/api/v1/users/search?pageSize=1").data().get("totalElements").asLong())
                    .isEqualTo(1 + 2000 * 13 + 5);
            List<String> names = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                names.addAll(http.get(partnerKey, "/api/v1/merchant/search?pageSize=500&pageNumber=" + page).data()
                        .get("content").findValuesAsText("name"));
            }
            assertThat(names).hasSize(2000).doesNotHaveDuplicates();
        }
    }

    @Test
    void atPartnerScaleNamesMailAndDevicesVaryInBothScriptsAndTheSeedReproducesThem() throws Exception {
        SandboxOptions options = SandboxOptions.inMemory().withMerchants(30).withUsersPerMerchant(50);
        String first;
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(options)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            String partnerKey = SandboxHttp.key(sandbox, "partner");
            List<JsonNode> users = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                http.get(partnerKey, "/api/v1/users/search?pageSize=500&pageNumber=" + page).data().get("content")
                        .forEach(users::add);
            }
            first = users.toString();
            assertThat(users).hasSizeGreaterThan(1500);
            assertThat(users.stream().map(u -> u.get("username").asText())).doesNotHaveDuplicates();
            List<String> people = users.stream().filter(u -> u.get("userType").asText().equals("USER"))
                    .map(u -> u.get("firstName").asText() + " " + u.get("lastName").asText()).toList();
            assertThat(people.stream().distinct().count()).as("distinct full names").isGreaterThan(people.size() / 2);
            assertThat(people).anyMatch(name -> name.matches(".*[\\u0600-\\u06FF].*"))
                    .anyMatch(name -> name.matches("[A-Za-z -]+"));
            assertThat(users.stream().map(u -> u.get("email").asText().replaceAll(".*@", "")).distinct().count())
                    .as("mail domains").isGreaterThan(10);
            java.util.Set<String> models = new java.util.HashSet<>();
            for (JsonNode user : users.subList(users.size() - 300, users.size())) {
                if (user.get("userType").asText().equals("TERMINAL")) {
                    JsonNode token = http.get(partnerKey, "/api/v1/sdk-token/" + user.get("id").asText()).data();
                    models.add(token.get("deviceId").asText().replaceAll("-[0-9A-F]{4}$", ""));
                }
            }
            assertThat(models).hasSizeGreaterThan(3);
        }
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(options)) {
            SandboxHttp http = new SandboxHttp(sandbox);
            List<JsonNode> users = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                http.get(SandboxHttp.key(sandbox, "partner"), "/api/v1/users/search?pageSize=500&pageNumber=" + page)
                        .data().get("content").forEach(users::add);
            }
            assertThat(users.toString()).as("the same seed gives the same data").isEqualTo(first);
        }
    }
}
