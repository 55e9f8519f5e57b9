package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicTypesTest {

    @Test
    void userTypeParsesLeniently() {
        assertThat(UserType.parse("PARTNER")).isEqualTo(UserType.PARTNER);
        assertThat(UserType.parse(" sdk_user ")).isEqualTo(UserType.SDK_USER);
        assertThat(UserType.parse("sdk-user")).isEqualTo(UserType.SDK_USER);
        assertThat(UserType.parse("WIZARD")).isEqualTo(UserType.UNKNOWN);
        assertThat(UserType.parse(null)).isNull();
        assertThat(UserType.parse("")).isNull();
    }

    @Test
    void clientConfigDefaultsAndMaskedToString() {
        ClientConfig c = ClientConfig.of("https://app-api.edfapay.com", "very-secret-key");
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.maxBodyBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(c.maxRetryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.toString()).doesNotContain("very-secret-key").contains("app-api.edfapay.com");
        assertThat(c.withReadTimeout(Duration.ofSeconds(1)).readTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.withApiKey("other").apiKey()).isEqualTo("other");
        assertThatThrownBy(() -> c.withCallTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secretMasksAndWipes() {
        Secret s = Secret.of("edfa_abcdefgh1234");
        assertThat(s.reveal()).isEqualTo("edfa_abcdefgh1234");
        assertThat(s.last4()).isEqualTo("1234");
        assertThat(s.length()).isEqualTo(17);
        assertThat(s.toString()).doesNotContain("abcdefgh").contains("1234");
        assertThat(s).isNotEqualTo(Secret.of("edfa_abcdefgh1234"));
        s.wipe();
        assertThat(s.isWiped()).isTrue();
        assertThat(s.length()).isZero();
        assertThatThrownBy(s::reveal).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sdkTokenMasksItsToken() {
        SdkToken t = new SdkToken("u", "0123456789ABCDEF", "b", UserType.TERMINAL, null, null, null, true);
        assertThat(t.last4()).isEqualTo("CDEF");
        assertThat(t.toString()).doesNotContain("0123456789").contains("CDEF");
        SdkToken none = new SdkToken("u", null, null, null, null, null, null, false);
        assertThat(none.hasToken()).isFalse();
        assertThat(none.toString()).contains("none");
    }

    @Test
    void pageRequestPaging() {
        PageRequest p = PageRequest.first(25);
        assertThat(p).isEqualTo(new PageRequest(0, 25, null, null));
        assertThat(p.next().next().pageNumber()).isEqualTo(2);
        assertThatThrownBy(() -> new PageRequest(-1, 10, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void displayName() {
        assertThat(new UserSummary("1", "jd", null, "John", null, null, null, null, null, null).displayName())
                .isEqualTo("John");
        assertThat(new UserSummary("1", "jd", null, " ", null, null, null, null, null, null).displayName())
                .isEqualTo("jd");
    }

    @Test
    void theReasonDecidesTheTypeAndAfterSwitchKeepsTypeAndFields() {
        EdfaPayException e = EdfaPayException.of(EdfaPayException.Details.of(EdfaPayException.Reason.RATE_LIMITED,
                        EdfaPayException.Operation.SWITCH_SDK_TOKEN).withHttp(429, "RATE_LIMITED", "slow", true)
                .withRetryAfter(Duration.ofSeconds(3)));
        assertThat(e).isInstanceOf(EdfaPayException.RateLimited.class);
        EdfaPayException copy = e.afterSwitch(EdfaPayException.SwitchOutcome.UNKNOWN, null);
        assertThat(copy).isInstanceOf(EdfaPayException.RateLimited.class).hasCause(e);
        assertThat(copy.httpStatus()).isEqualTo(429);
        assertThat(copy.switchOutcome()).contains(EdfaPayException.SwitchOutcome.UNKNOWN);
        assertThat(((EdfaPayException.RateLimited) copy).retryAfter()).contains(Duration.ofSeconds(3));
        for (EdfaPayException.Reason r : EdfaPayException.Reason.values()) {
            assertThat(EdfaPayException.of(r, EdfaPayException.Operation.CONNECT).getClass().getSimpleName())
                    .as(r.name()).isEqualTo(switch (r.kind()) {
                        case INVALID_INPUT -> "InvalidInput";
                        case UNAUTHORIZED -> "Unauthorized";
                        case FORBIDDEN -> "Forbidden";
                        case NOT_FOUND -> "NotFound";
                        case NOT_OFFERED -> "NotOffered";
                        case REJECTED -> "Rejected";
                        case RATE_LIMITED -> "RateLimited";
                        case SERVER_ERROR -> "ServerError";
                        case TIMEOUT -> "Timeout";
                        case NETWORK -> "NetworkFailure";
                        case MALFORMED -> "MalformedResponse";
                        case UNEXPECTED_STATE -> "UnexpectedState";
                    });
        }
        assertThat(new Page<>(null, 0, 0, 0, 10, true).content()).isEqualTo(List.of());
    }
}
