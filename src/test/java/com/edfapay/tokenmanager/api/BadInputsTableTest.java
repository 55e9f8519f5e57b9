package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10: bad base URLs, keys, ids and server answers, each with the exact English message the user reads, and
 * a check that the Arabic bundle words it too (in Arabic, every placeholder filled, none of the English left).
 */
class BadInputsTableTest extends ApiTestSupport {

    private static final ErrorMessages ENGLISH = new ErrorMessages(Messages.forLocale(Locale.ENGLISH));
    private static final ErrorMessages ARABIC = new ErrorMessages(Messages.forLocale(Locale.forLanguageTag("ar")));
    private static final String KEY = "live-key-7Hq2ZxPn4Rt9Wm3Kd8Lb";

    private record Row(String name, Function<BadInputsTableTest, EdfaPayException> failure, String english) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private static void url(String url, String english) {
        ROWS.add(new Row("base URL " + printable(url), t -> BaseUrlPolicy.problem(url).orElseThrow(), english));
    }

    private static void key(String name, String key, String english) {
        ROWS.add(new Row("key " + name, t -> ApiKeyPolicy.problem(key).orElseThrow(), english));
    }

    private static void id(String id, String english) {
        ROWS.add(new Row("user id " + printable(id), t -> t.fail(c -> c.getSdkToken(id)), english));
    }

    private static void answer(String name, Function<BadInputsTableTest, EdfaPayException> failure, String english) {
        ROWS.add(new Row("server " + name, failure, english));
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> sb.append(c < 0x20 || (c > 0x7e && c < 0xa1) || Character.getType(c)
                == Character.FORMAT ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return sb.append('"').toString();
    }

    private static final String EXAMPLE = "for example https://app-api.edfapay.com.";
    private static final String SCHEME = "The server address must start with https://, " + EXAMPLE;
    private static final String INVALID = "The server address is not a valid web address (it may contain a space or "
            + "an invisible character). Use a form like https://app-api.edfapay.com.";
    private static final String QUERY = "The server address must not contain \u201c?\u201d or \u201c#\u201d parts.";
    private static final String INVISIBLE = "The API key contains an invisible character (%s), probably copied along "
            + "with it. Delete the key, copy it again from the EdfaPay dashboard and paste it.";
    private static final String SPACES = "The API key contains spaces or line breaks, which an API key cannot "
            + "contain. Copy it again from the EdfaPay dashboard and paste it.";
    private static final String NOT_ASCII = "The API key contains letters or symbols an API key cannot contain (only "
            + "Latin letters, digits and punctuation). Check that you pasted the key and not something else.";
    private static final String ID_INVALID = "That is not a valid id: it contains spaces, slashes or invisible "
            + "characters.";
    private static final String READ = "read the user\u2019s SDK token";

    static {
        // ---- base URLs
        url("", "Enter the server address, " + EXAMPLE);
        url("   ", "Enter the server address, " + EXAMPLE);
        url("garbage", SCHEME);
        url("app-api.edfapay.com", SCHEME);
        url("ftp://host.example", SCHEME);
        url("file:///etc/passwd", SCHEME);
        url("javascript:alert(1)", SCHEME);
        url("https://", INVALID);
        url("https:// bad host", INVALID);
        url("https://app-api.edfapay.com\u200B", INVALID);
        url("https://[::1", INVALID);
        url("https://host.example:99999", INVALID);
        url("https://user:pw@host.example", "The server address must not contain a user name or password.");
        url("https://host.example/?x=1", QUERY);
        url("https://host.example/#top", QUERY);
        url("http://example.com", "Plain http:// is only allowed for a server on this computer (localhost). Use "
                + "https:// for example.com.");
        url("http://10.0.0.5:8080", "Plain http:// is only allowed for a server on this computer (localhost). Use "
                + "https:// for 10.0.0.5.");
        url("http://localhost.evil.com", "Plain http:// is only allowed for a server on this computer (localhost). "
                + "Use https:// for localhost.evil.com.");
        url("https://a\u3002\u3002b.example", "The server name in the address cannot be used: it contains characters "
                + "that are not allowed in a server name.");
        // ---- API keys
        key("empty", "", "Enter the API key.");
        key("blank", "  \t ", "Enter the API key.");
        key("with a trailing no-break space", KEY + "\u00A0", String.format(INVISIBLE, "U+00A0"));
        key("with a leading zero-width space", "\u200B" + KEY, String.format(INVISIBLE, "U+200B"));
        key("with a byte-order mark", KEY + "\uFEFF", String.format(INVISIBLE, "U+FEFF"));
        key("with a NUL inside", "abc\u0000def", String.format(INVISIBLE, "U+0000"));
        key("with a right-to-left override", "abc\u202Edef", String.format(INVISIBLE, "U+202E"));
        key("with an inner space", "abcd efgh", SPACES);
        key("with a line break", "abc\nSECRETKEY", SPACES);
        key("with a tab", "abc\tdef", SPACES);
        key("in Arabic letters", "\u0645\u0641\u062A\u0627\u062D123", NOT_ASCII);
        key("with typographic quotes", "\u201C" + KEY + "\u201D", NOT_ASCII);
        key("of 600 characters", "x".repeat(600), "This is longer than any API key (512 characters at most). Check "
                + "that you pasted the key and not something else.");
        // ---- user ids
        id("", "Enter the user id.");
        id("\u0000", "Enter the user id.");
        id("  \t ", "Enter the user id.");
        id("\u200B", "Enter the user id.");
        id("a/b", ID_INVALID);
        id("..", ID_INVALID);
        id("u\u00001", ID_INVALID);
        id("a b", ID_INVALID);
        id("x?y", ID_INVALID);
        // ---- server answers
        answer("401 with EdfaPay's envelope", t -> t.onGet(json(401, error(401, "Invalid API key", "UNAUTHORIZED"))),
                "The server rejected the API key (HTTP 401). It may have been revoked, disabled or expired: connect "
                        + "again with a valid key. The server said: \u201cInvalid API key\u201d (UNAUTHORIZED).");
        answer("403", t -> t.onGet(json(403, error(403, "Not allowed", "FORBIDDEN"))),
                "This API key is not allowed to " + READ + " (HTTP 403). Ask your administrator for a key with the "
                        + "right access. The server said: \u201cNot allowed\u201d (FORBIDDEN).");
        answer("404 NOT_FOUND", t -> t.onGet(json(404, error(404, "User not found.", "NOT_FOUND"))),
                "The item could not be found when trying to " + READ + " (HTTP 404). It may not exist, or it may be "
                        + "outside what this API key may see. The server said: \u201cUser not found\u201d (NOT_FOUND).");
        answer("400 without a message", t -> t.onGet(json(400, "{\"code\":400,\"errorCode\":\"BAD_REQUEST\"}")),
                "The server refused to " + READ + " (HTTP 400). (error code BAD_REQUEST)");
        answer("400 echoing the key in a bidi trick", t -> t.onGet(json(400, error(400,
                        "bad key \\u202E" + API_KEY + "\\u202C", "BAD_REQUEST"))),
                "The server refused to " + READ + " (HTTP 400). The server said: \u201cbad key ****\u201d "
                        + "(BAD_REQUEST).");
        answer("429 with Retry-After of a day", t -> t.onGet(new MockResponse.Builder().code(429)
                        .setHeader("Retry-After", "86400").build()),
                "The server is receiving too many requests and asked us to wait 24 hours before trying again "
                        + "(HTTP 429).");
        answer("429 with Retry-After of ten minutes", t -> t.onGet(new MockResponse.Builder().code(429)
                        .setHeader("Retry-After", "600").build()),
                "The server is receiving too many requests and asked us to wait 10 minutes before trying again "
                        + "(HTTP 429).");
        answer("429 with Retry-After of a year", t -> t.onGet(new MockResponse.Builder().code(429)
                        .setHeader("Retry-After", "31536000").build()),
                "The server is receiving too many requests and asked us to wait 365 days before trying again "
                        + "(HTTP 429).");
        answer("429 twice without Retry-After", t -> t.onGet(new MockResponse.Builder().code(429).build(),
                        new MockResponse.Builder().code(429).build()),
                "The server is receiving too many requests and asked us to slow down (HTTP 429). Try again in a "
                        + "moment.");
        answer("503 twice", t -> t.onGet(new MockResponse.Builder().code(503).build(),
                        new MockResponse.Builder().code(503).build()),
                "The server had a problem and could not " + READ + " (HTTP 503). Try again in a few minutes.");
        answer("HTML instead of JSON", t -> t.onGet(new MockResponse.Builder().code(200)
                        .body("<html>Welcome to nginx</html>").build()),
                "The server\u2019s answer could not be understood (it is not JSON). Check that the server address "
                        + "points to an EdfaPay server.");
        answer("JSON without the envelope", t -> t.onGet(json(200, sdkJson(SDK_TOKEN, true))),
                "The server\u2019s answer could not be understood (it is not in EdfaPay\u2019s response format). "
                        + "Check that the server address points to an EdfaPay server.");
        answer("a redirect", t -> t.onGet(new MockResponse.Builder().code(302)
                        .setHeader("Location", "https://evil.example/").build()),
                "The server answered with a redirect (HTTP 302), which is not followed for safety. Check the server "
                        + "address.");
        answer("envelope code 0", t -> t.onGet(json(200, "{\"code\":0,\"message\":\"string\",\"errorCode\":\"string\","
                        + "\"data\":{}}")),
                "The server did not complete the request to " + READ + " (code 0). The server said: \u201cstring\u201d "
                        + "(string).");
        answer("no data", t -> t.onGet(ok("null")),
                "The server\u2019s answer carries no data when trying to " + READ + ".");
        answer("an answer over the cap", t -> t.onGet(ok("{\"userId\":\"" + "x".repeat(70_000) + "\"}")),
                "The server\u2019s answer was too large to read safely (more than 65536 bytes) when trying to " + READ
                        + ". Nothing was changed by reading it.");
        answer("/me without userType", t -> t.fail(c -> c.whoAmI(), ok("{\"userId\":\"u1\"}")),
                "The server did not say which kind of user owns this API key, so the app cannot tell what to show. "
                        + "Check that the server address points to an EdfaPay server.");
        answer("/me with an unknown role", t -> t.fail(c -> c.whoAmI(), ok("{\"userType\":\"OVERLORD\"}")),
                "The server says this API key belongs to a kind of user this app does not know (\u201cOVERLORD\u201d), "
                        + "so it cannot tell what to show. Use a partner, merchant, branch, user or terminal key.");
        answer("404 to everything", t -> t.fail(c -> c.whoAmI(), html404(), html404(), html404(), html404()),
                "This does not look like an EdfaPay server: it answered \u201cnot found\u201d to everything. Check the "
                        + "server address.");
        answer("a negative total", t -> t.fail(c -> c.searchUsers(UserQuery.all(PageRequest.first(5))),
                        ok("{\"content\":[],\"totalElements\":-1}")),
                "The server sent an impossible page of results (field \u201ctotalElements\u201d) when trying to search "
                        + "users. Loading stopped.");
        answer("a garbage status line", t -> t.raw("NONSENSE\r\n\r\n"),
                "The server\u2019s answer is not valid HTTP (a broken status line or headers). Check that the server "
                        + "address points to an EdfaPay server.");
        answer("HTTP/0.9", t -> t.raw(envelope(sdkJson(SDK_TOKEN, true))),
                "The server\u2019s answer is not valid HTTP (a broken status line or headers). Check that the server "
                        + "address points to an EdfaPay server.");
    }

    private static MockResponse html404() {
        return new MockResponse.Builder().code(404).body("<html>404 Not Found</html>").build();
    }

    static Stream<Arguments> rows() {
        return ROWS.stream().map(Arguments::of);
    }

    EdfaPayException fail(java.util.function.Consumer<EdfaPayClient> call, MockResponse... answers) {
        for (MockResponse a : answers) {
            server.enqueue(a);
        }
        EdfaPayException e = catchThrowableOfType(EdfaPayException.class, () -> call.accept(client));
        assertThat(e).as("the call fails").isNotNull();
        return e;
    }

    EdfaPayException onGet(MockResponse... answers) {
        return fail(c -> c.getSdkToken(USER_ID), answers);
    }

    EdfaPayException raw(String answer) {
        try (RawHttpServer raw = RawHttpServer.answering(answer)) {
            replaceClient(config().withBaseUrl(raw.baseUrl()));
            return fail(c -> c.getSdkToken(USER_ID));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theTableHasAtLeastFiftyRows() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachBadInputHasItsOwnMessageInEnglishAndArabic(Row row) {
        EdfaPayException failure = row.failure().apply(this);
        String english = ENGLISH.describe(failure);
        assertThat(english).isEqualTo(row.english());
        assertThat(english).doesNotContain(API_KEY).doesNotContain("{").doesNotContain("null");

        String arabic = ARABIC.describe(failure);
        assertThat(arabic).as("worded in Arabic").containsPattern("[\\u0600-\\u06FF]{3,}")
                .doesNotContain("{").doesNotContain("null").doesNotContain(API_KEY);
        assertThat(arabic).as("no English sentence left").doesNotContainPattern("\\b(the|The|server|answer)\\b");
    }
}
