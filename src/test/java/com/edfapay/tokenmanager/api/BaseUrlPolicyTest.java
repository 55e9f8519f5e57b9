package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://app-api.edfapay.com", "https://revamp-api.edfapay.com/", "https://demo-api.edfapay.com:8443/api/v1",
        "http://127.0.0.1:8080", "http://127.5.6.7", "http://localhost:9000", "http://LOCALHOST",
        "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]", "HTTPS://APP-API.EDFAPAY.COM"})
    void accepted(String url) {
        assertThat(BaseUrlPolicy.problem(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://example.com", "http://app-api.edfapay.com", "http://10.0.0.5:8080", "http://128.0.0.1",
        "http://localhost.evil.com", "http://[::2]", "http://127.0.0.1.nip.io"})
    void plainHttpToARemoteHostIsRejected(String url) {
        assertThat(BaseUrlPolicy.problem(url)).hasValueSatisfying(
                p -> assertThat(p.reason()).isEqualTo(EdfaPayException.Reason.URL_PLAIN_HTTP));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "app-api.edfapay.com", "ftp://host", "https://", "https:// bad host",
        "https://user:pw@host.com", "https://host.com/?x=1", "file:///etc/passwd", "javascript:alert(1)"})
    void garbageIsRejected(String url) {
        assertThat(BaseUrlPolicy.problem(url)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void nullIsRejected() {
        assertThat(BaseUrlPolicy.problem(null)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void clientRefusesABadUrlWithTheSameMessage() {
        EdfaPayException problem = BaseUrlPolicy.problem("http://example.com").orElseThrow();
        assertThatThrownBy(() -> new EdfaPayClient(ClientConfig.of("http://example.com", "k")))
                .isInstanceOf(EdfaPayException.InvalidInput.class)
                .hasMessage(problem.getMessage());
    }

    @org.junit.jupiter.api.Test
    void clientAcceptsHttps() {
        try (EdfaPayClient c = new EdfaPayClient(ClientConfig.of("https://app-api.edfapay.com", "k"))) {
            assertThat(c.config().baseUrl()).isEqualTo("https://app-api.edfapay.com");
        }
    }

    @org.junit.jupiter.api.Test
    void clientRefusesAKeyWithLineBreaksWithoutQuotingIt() {
        assertThatThrownBy(() -> new EdfaPayClient(ClientConfig.of("https://x.example", "abc\nSECRETKEY")))
                .isInstanceOf(EdfaPayException.InvalidInput.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRETKEY"));
        assertThatThrownBy(() -> new EdfaPayClient(ClientConfig.of("https://x.example", "  ")))
                .isInstanceOf(EdfaPayException.InvalidInput.class);
    }
}
