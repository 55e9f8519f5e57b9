package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The SDK-token switch is a toggle: read, PUT once, verify, reconcile after an unknown outcome. */
class SdkTokenToggleTest extends ApiTestSupport {

    /** A stateful fake: GET answers the state, PUT flips it, and the PUT's answer can be lost. */
    private final class ToggleServer extends Dispatcher {
        final AtomicBoolean active = new AtomicBoolean();
        final AtomicInteger gets = new AtomicInteger();
        final AtomicInteger puts = new AtomicInteger();
        volatile String token = SDK_TOKEN;
        volatile boolean applyPut = true;
        volatile boolean losePutAnswer;
        volatile boolean failGetsAfterPut;
        volatile MockResponse putAnswer;

        ToggleServer(boolean initial) {
            active.set(initial);
        }

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            switch (r.getMethod()) {
                case "GET":
                    gets.incrementAndGet();
                    if (failGetsAfterPut && puts.get() > 0) {
                        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                    }
                    return ok(sdkJson(token, active.get()));
                case "PUT":
                    puts.incrementAndGet();
                    if (applyPut) {
                        active.set(!active.get());
                    }
                    if (putAnswer != null) {
                        return putAnswer;
                    }
                    if (losePutAnswer) {
                        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
                    }
                    return ok(sdkJson(token, active.get()));
                default:
                    return json(405, error(405, "Method not allowed", "METHOD_NOT_ALLOWED"));
            }
        }
    }

    private ToggleServer install(boolean initial) {
        ToggleServer s = new ToggleServer(initial);
        server.setDispatcher(s);
        return s;
    }

    @Test
    void alreadyInStateSendsNoPut() {
        ToggleServer s = install(true);
        SdkTokenStatusChange c = client.setSdkTokenActive(USER_ID, true);
        assertThat(c.outcome()).isEqualTo(SdkTokenStatusChange.Outcome.ALREADY_IN_STATE);
        assertThat(c.token().active()).isTrue();
        assertThat(s.puts.get()).isZero();
        assertThat(s.gets.get()).isEqualTo(1);
    }

    @Test
    void userWithoutTokenIsRejectedWithoutPut() {
        ToggleServer s = install(false);
        s.token = null;
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, true));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.NO_SDK_TOKEN_YET);
        assertThat(s.puts.get()).isZero();
    }

    @Test
    void normalToggle() {
        ToggleServer s = install(true);
        SdkTokenStatusChange c = client.setSdkTokenActive(USER_ID, false);
        assertThat(c.outcome()).isEqualTo(SdkTokenStatusChange.Outcome.CHANGED);
        assertThat(c.token().active()).isFalse();
        assertThat(s.puts.get()).isEqualTo(1);
        assertThat(s.active.get()).isFalse();
    }

    @Test
    void putAnswerWithWrongStateIsUnexpectedState() {
        ToggleServer s = install(false);
        s.putAnswer = ok(sdkJson(SDK_TOKEN, false)); // someone else flipped it back meanwhile
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, true));
        assertThat(e).isInstanceOf(EdfaPayException.UnexpectedState.class);
        assertThat(e.reason()).isEqualTo(EdfaPayException.Reason.STATE_DIFFERS);
        assertThat(e.details().activeNow()).isFalse();
        assertThat(((EdfaPayException.UnexpectedState) e).actual()).hasValueSatisfying(
                t -> assertThat(t.active()).isFalse());
        assertThat(s.puts.get()).isEqualTo(1);
    }

    @Test
    void putAppliedButAnswerLostIsReconciled() {
        ToggleServer s = install(false);
        s.losePutAnswer = true;
        SdkTokenStatusChange c = client.setSdkTokenActive(USER_ID, true);
        assertThat(c.outcome()).isEqualTo(SdkTokenStatusChange.Outcome.CHANGED_ANSWER_LOST);
        assertThat(c.token().active()).isTrue();
        assertThat(s.puts.get()).isEqualTo(1);
        assertThat(s.gets.get()).isEqualTo(2);
    }

    @Test
    void putAppliedButAnswerTimedOutIsReconciled() {
        replaceClient(config().withReadTimeout(Duration.ofMillis(200)));
        ToggleServer s = install(true);
        s.putAnswer = new MockResponse.Builder().code(200).body(envelope(sdkJson(SDK_TOKEN, false)))
                .headersDelay(3, TimeUnit.SECONDS).build();
        SdkTokenStatusChange c = client.setSdkTokenActive(USER_ID, false);
        assertThat(c.outcome()).isEqualTo(SdkTokenStatusChange.Outcome.CHANGED_ANSWER_LOST);
        assertThat(c.token().active()).isFalse();
        assertThat(s.puts.get()).isEqualTo(1);
    }

    @Test
    void putLostAndNotAppliedRethrowsTheOriginalFailure() {
        ToggleServer s = install(false);
        s.applyPut = false;
        s.losePutAnswer = true;
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, true));
        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(e.switchOutcome()).contains(EdfaPayException.SwitchOutcome.NOT_APPLIED);
        assertThat(e.details().activeNow()).isFalse();
        assertThat(s.puts.get()).isEqualTo(1);
        assertThat(s.active.get()).isFalse();
    }

    @Test
    void put5xxNotAppliedRethrowsServerError() {
        ToggleServer s = install(true);
        s.applyPut = false;
        s.putAnswer = new MockResponse.Builder().code(502).build();
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, false));
        assertThat(e).isInstanceOf(EdfaPayException.ServerError.class);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.switchOutcome()).contains(EdfaPayException.SwitchOutcome.NOT_APPLIED);
        assertThat(e.details().activeNow()).isTrue();
        assertThat(s.puts.get()).isEqualTo(1);
    }

    @Test
    void reconcilingReadFailsTooSaysOutcomeUnknown() {
        ToggleServer s = install(false);
        s.losePutAnswer = true;
        s.failGetsAfterPut = true;
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, true));
        assertThat(e).isInstanceOf(EdfaPayException.NetworkFailure.class);
        assertThat(e.switchOutcome()).contains(EdfaPayException.SwitchOutcome.UNKNOWN);
        assertThat(e.details().activeNow()).isNull();
        assertThat(s.puts.get()).isEqualTo(1);
    }

    @Test
    void definiteRejectionIsNotReconciled() {
        ToggleServer s = install(true);
        s.applyPut = false;
        s.putAnswer = json(400, error(400, "User has no SDK token", "SDK_TOKEN_NOT_FOUND"));
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class,
                () -> client.setSdkTokenActive(USER_ID, false));
        assertThat(e).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(e.errorCode()).isEqualTo("SDK_TOKEN_NOT_FOUND");
        assertThat(s.gets.get()).isEqualTo(1);
        assertThat(s.puts.get()).isEqualTo(1);
    }
}
