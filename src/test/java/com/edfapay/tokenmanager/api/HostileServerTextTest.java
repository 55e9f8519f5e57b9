package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Defect 3 through the client: every server-provided field is scrubbed before it leaves the client. */
class HostileServerTextTest extends ApiTestSupport {

    @Test
    void apiKeyEchoedInErrorCodeIsMasked() {
        server.enqueue(json(400, "{\"code\":400,\"message\":\"bad\",\"errorCode\":\"BAD_KEY_" + API_KEY
                + "\",\"data\":null}"));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e.errorCode()).doesNotContain(API_KEY).isEqualTo("BAD_KEY_****");
        assertThat(e.toString()).doesNotContain(API_KEY);
    }

    @Test
    void sdkTokenSeenEarlierIsMaskedWhenALaterErrorEchoesIt() {
        server.enqueue(ok(sdkJson(SDK_TOKEN, true)));
        server.enqueue(json(400, error(400, "token " + SDK_TOKEN + " is bad", "BAD")));
        client.getSdkToken(USER_ID);
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e.serverMessage()).isEqualTo("token **** is bad");
    }

    @Test
    void aMegabyteMessageIsCapped() {
        server.enqueue(json(400, error(400, "x".repeat(1024 * 1024), "BAD")));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e.serverMessage().length()).isLessThanOrEqualTo(SecretScrubber.DEFAULT_MAX_LENGTH);
    }

    @Test
    void bidiOverridesAndControlCharactersNeverLeaveTheClient() {
        server.enqueue(json(400, error(400, "Refused \\u202Eevil\\u202C \\u0007\\u001b[2J", "X\\u2066Y")));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> client.getSdkToken(USER_ID));
        assertThat(e.serverMessage()).isEqualTo("Refused evil [2J");
        assertThat(e.errorCode()).isEqualTo("XY");
    }

    @Test
    void closingTheClientDropsItsSecrets() {
        assertThat(client.scrubber().knownSecrets()).isEqualTo(1);
        client.close();
        assertThat(client.scrubber().knownSecrets()).isZero();
        client = null;
    }
}
