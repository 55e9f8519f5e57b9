package com.edfapay.tokenmanager.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Details;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.EdfaPayException.SwitchOutcome;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every failure the command line can print is a sentence of its own bundle, in English and in Arabic: each typed
 * reason of the client (issue 10) through the CLI's wording, real failures through the whole command line, and
 * picocli's parse errors. No reason or operation name, no diagnostic ("X during Y") and no MessageFormat
 * placeholder reaches the output.
 */
class CliErrorWordingTest {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]+(_[A-Z0-9]+)+\\b");

    private static final Pattern SERVER_SAID = Pattern.compile("(The server said|قال الخادم): .*");

    private static EdfaPaySandbox sandbox;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws IOException {
        sandbox = EdfaPaySandbox.start(SandboxOptions.inMemory());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** A failure of {@code reason} with every parameter a real one can carry. */
    private static EdfaPayException failure(Reason reason, Operation operation, boolean withServerText) {
        Details d = Details.of(reason, operation);
        if (reason.kind() != EdfaPayException.Kind.INVALID_INPUT && reason.kind() != EdfaPayException.Kind.TIMEOUT
                && reason.kind() != EdfaPayException.Kind.NETWORK) {
            d = d.withHttp(status(reason), withServerText ? "E_SOMETHING" : null,
                    withServerText ? "Something went wrong." : null, true);
        }
        d = d.withDetail(switch (reason) {
            case URL_PLAIN_HTTP -> "api.example.com";
            case KEY_INVISIBLE -> "U+00A0";
            case KEY_TOO_LONG -> "512";
            case TOO_LARGE -> "16777216";
            case BAD_PAGE -> "totalElements";
            case ROLE_UNKNOWN -> "WIZARD";
            case NOT_COMPLETED -> "E42";
            default -> null;
        });
        if (reason == Reason.STATE_DIFFERS) {
            d = d.withActual(null, Boolean.TRUE);
        }
        return EdfaPayException.of(d);
    }

    private static int status(Reason reason) {
        return switch (reason.kind()) {
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND, NOT_OFFERED -> 404;
            case RATE_LIMITED -> 429;
            case SERVER_ERROR -> 503;
            case REJECTED -> 409;
            case MALFORMED -> reason == Reason.REDIRECT ? 302 : 200;
            default -> 200;
        };
    }

    private static List<EdfaPayException> everyFailure() {
        List<EdfaPayException> all = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            for (Operation operation : Operation.values()) {
                all.add(failure(reason, operation, false));
                all.add(failure(reason, operation, true));
            }
        }
        Details limited = Details.of(Reason.RATE_LIMITED, Operation.SEARCH_USERS).withHttp(429, null, null, true);
        for (Duration wait : List.of(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ofHours(3), Duration.ofDays(4))) {
            all.add(EdfaPayException.of(limited.withRetryAfter(wait)));
        }
        EdfaPayException lost = failure(Reason.CONNECTION_LOST, Operation.SWITCH_API_TOKEN, false);
        for (SwitchOutcome outcome : SwitchOutcome.values()) {
            all.add(lost.afterSwitch(outcome, Boolean.FALSE));
            all.add(lost.afterSwitch(outcome, null));
        }
        return all;
    }

    private static void assertWorded(String text, Locale locale, String context) {
        assertThat(text).as(context).isNotBlank();
        assertThat(PLACEHOLDER.matcher(text).find()).as(context + ": placeholder left in " + text).isFalse();
        assertThat(text).as(context).doesNotContain(" during ").doesNotContain("''").doesNotContain("null");
        for (String name : Stream.of(Reason.values(), Operation.values(), EdfaPayException.Kind.values())
                .flatMap(Stream::of).map(Enum::name).toList()) {
            assertThat(text).as(context + ": raw name in " + text).doesNotContainPattern("\\b" + name + "\\b");
        }
        if (locale.getLanguage().equals("ar")) {
            assertThat(ARABIC.matcher(text).find()).as(context + ": not Arabic: " + text).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyTypedReasonIsASentenceOfTheCliBundle(String language) {
        Locale locale = Locale.forLanguageTag(language);
        CliMessages messages = CliMessages.forLocale(locale);
        Map<Reason, String> byReason = new HashMap<>();
        for (EdfaPayException e : everyFailure()) {
            Failure f = Failure.of(e, messages, new Redactor());
            assertWorded(f.message(), locale, language + " " + e.getMessage());
            assertThat(f.exitCode()).isBetween(ExitCodes.USAGE, ExitCodes.REJECTED);
            assertThat(f.type()).isNotEqualTo("INTERNAL");
            if (e.details().operation() == Operation.LIST_API_TOKENS && e.details().serverMessage() == null
                    && e.switchOutcome().isEmpty() && e.details().retryAfter() == null) {
                byReason.put(e.reason(), f.message());
            }
        }
        // one sentence per reason: no two reasons share a wording
        assertThat(byReason).hasSize(Reason.values().length);
        assertThat(new java.util.HashSet<>(byReason.values())).hasSize(Reason.values().length);
    }

    @Test
    void theWordingCarriesTheParameters() {
        CliMessages en = CliMessages.forLocale(Locale.ENGLISH);
        assertThat(Failure.of(failure(Reason.URL_PLAIN_HTTP, Operation.CONNECT, false), en, new Redactor()).message())
                .contains("https://").contains("api.example.com");
        Failure forbidden = Failure.of(failure(Reason.FORBIDDEN, Operation.LIST_API_TOKENS, true), en, new Redactor());
        assertThat(forbidden.message()).contains("list API tokens").contains("HTTP 403")
                .contains("Something went wrong").contains("E_SOMETHING");
        assertThat(forbidden.exitCode()).isEqualTo(ExitCodes.NOT_FOUND_OR_FORBIDDEN);
        assertThat(forbidden.httpStatus()).isEqualTo(403);
        EdfaPayException limited = EdfaPayException.of(Details.of(Reason.RATE_LIMITED, Operation.SEARCH_USERS)
                .withHttp(429, null, null, true).withRetryAfter(Duration.ofMinutes(5)));
        assertThat(Failure.of(limited, en, new Redactor()).message()).contains("5 minutes");
        Failure key = Failure.of(failure(Reason.KEY_SPACES, Operation.CONNECT, false), en, new Redactor());
        assertThat(key.type()).isEqualTo("INVALID_INPUT");
        assertThat(key.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
        assertThat(Failure.of(failure(Reason.ID_INVALID, Operation.READ_SDK_TOKEN, false), en, new Redactor())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        EdfaPayException unknown = failure(Reason.CONNECTION_LOST, Operation.SWITCH_SDK_TOKEN, false)
                .afterSwitch(SwitchOutcome.NOT_APPLIED, Boolean.TRUE);
        assertThat(Failure.of(unknown, en, new Redactor()).message()).contains("still enabled")
                .contains("connection to the server was lost");
    }

    // --- through the whole command line -------------------------------------------------------------------------

    private CliHarness.Result run(String language, Map<String, String> env, String... args) {
        CliHarness cli = new CliHarness(home);
        cli.env.putAll(env);
        List<String> all = new ArrayList<>(List.of("--language", language));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    /**
     * What the server said (its message and errorCode, such as {@code UNAUTHORIZED}) is quoted as given, as the
     * window does; everything around it is ours.
     */
    private static void assertFailureWorded(CliHarness.Result r, String language, int exit) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        String ours = SERVER_SAID.matcher(r.err()).replaceAll("");
        assertWorded(ours, Locale.forLanguageTag(language), r.toString());
        assertThat(ENUM_NAME.matcher(ours).results().map(m -> m.group())
                .filter(n -> !n.startsWith("EDFAPAY_")).toList()).as(r.toString()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void realFailuresPrintSentences(String language) {
        Map<String, String> merchant = Map.of(CliContext.BASE_URL_VARIABLE, sandbox.baseUrl(),
                CliContext.API_KEY_VARIABLE, sandbox.persona("merchant").orElseThrow().apiKey());
        Map<String, String> key = Map.of(CliContext.API_KEY_VARIABLE, "edfa_x");
        assertFailureWorded(run(language, key, "--base-url", "http://api.example.com", "whoami"), language,
                ExitCodes.USAGE);
        assertFailureWorded(run(language, key, "--base-url", "ftp://api.example.com", "whoami"), language,
                ExitCodes.USAGE);
        assertFailureWorded(run(language, Map.of(CliContext.API_KEY_VARIABLE, "two words"), "--base-url",
                sandbox.baseUrl(), "whoami"), language, ExitCodes.AUTHENTICATION);
        assertFailureWorded(run(language, Map.of(CliContext.API_KEY_VARIABLE, "edfa_wrong"), "--base-url",
                sandbox.baseUrl(), "whoami"), language, ExitCodes.AUTHENTICATION);
        assertFailureWorded(run(language, key, "--base-url", "http://127.0.0.1:1", "whoami"), language,
                ExitCodes.SERVER_OR_NETWORK);
        assertFailureWorded(run(language, merchant, "sdk", "get", "00000000-0000-0000-0000-000000000000"), language,
                ExitCodes.NOT_FOUND_OR_FORBIDDEN);
        assertFailureWorded(run(language, merchant, "sdk", "get", "not/an id"), language, ExitCodes.USAGE);
        CliHarness.Result json = run(language, key, "--json", "--base-url", "http://api.example.com", "whoami");
        assertWorded(json.json().get("error").get("message").asText(), Locale.forLanguageTag(language),
                json.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void picocliParseErrorsAreWordedInTheChosenLanguage(String language) {
        Map<String, String> none = Map.of();
        List<CliHarness.Result> results = List.of(
                run(language, none, "whoami", "--frobnicate"),
                run(language, none, "frobnicate"),
                run(language, none, "sdk"),
                run(language, none, "api-tokens", "rotate"),
                run(language, none, "users", "list", "--limit", "many"),
                run(language, none, "users", "list", "--limit"),
                run(language, none, "--profile", "a", "--profile", "b", "whoami"));
        for (CliHarness.Result r : results) {
            assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
            String first = r.err().lines().findFirst().orElse("");
            assertWorded(first, Locale.forLanguageTag(language), r.toString());
            // picocli's own English sentences never appear
            assertThat(r.err()).as(r.toString()).doesNotContain("Unknown option").doesNotContain("Missing required")
                    .doesNotContain("Unmatched argument").doesNotContain("Invalid value")
                    .doesNotContain("should be specified only once").doesNotContain("Expected parameter");
        }
        if (language.equals("en")) {
            assertThat(results.get(0).err()).startsWith("edfapay-tokens: edfapay-tokens whoami has no option "
                    + "--frobnicate.");
            assertThat(results.get(2).err()).contains("edfapay-tokens sdk needs a command: ").contains("disable");
            assertThat(results.get(3).err()).contains("Missing TOKEN_ID.");
            assertThat(results.get(4).err()).contains("\"many\" is not a valid value for --limit.");
            assertThat(results.get(6).err()).contains("--profile was given more than once.");
        }
    }
}
