package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No dead text in the bundles: every key of {@code messages.properties} is asked for somewhere in {@code src/main}
 * (a string literal in the code, a {@code %key} in an FXML file), or is one a listed piece of code builds from a
 * prefix and a value. Each built family below names the code that builds it, which must still be there, and the
 * values it is built from; a family nothing builds any more fails the test as surely as an unused key.
 */
class MessageKeysInUseTest {

    private static final Path MAIN = Path.of("src/main");
    private static final Path BUNDLES = MAIN.resolve("resources/com/edfapay/tokenmanager");
    private static final String ROOT = "com.edfapay.tokenmanager.";

    /** A family of keys built at run time: {@code prefix + value + suffix} for each value, by {@code code}. */
    private record Built(String code, String prefix, List<String> values, List<String> suffixes, String why) {

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            for (String value : values) {
                for (String suffix : suffixes) {
                    keys.add(prefix + value + suffix);
                }
            }
            return keys;
        }
    }

    private static final List<String> BARE = List.of("");

    private static List<Built> builtFamilies() {
        return List.of(
                new Built("\"environment.\" + ", "environment.", constants("desktop.Environment"), BARE,
                        "the environment's label: Connect, the shell badge's tooltip, the lock screen, Activity"),
                new Built("\"badge.\" + ", "badge.", constants("desktop.Environment$Kind"), BARE,
                        "ShellViewModel: the environment badge by kind"),
                new Built("\"userType.\" + ", "userType.", constants("api.UserType"), BARE,
                        "RoleAccess and ActivityViewModel: a role's label"),
                new Built("\"connect.persona.\" + ", "connect.persona.",
                        com.edfapay.tokenmanager.sandbox.Persona.NAMES, List.of("", ".detail"),
                        "ConnectViewModel: a sandbox persona's button, by the sandbox's persona names"),
                // The window's failures: FailureWording builds the keys under the prefixes ErrorMessages gives it.
                new Built("new FailureWording.Keys(\"error.\", \"error.op.\", \"error.duration.\")", "error.",
                        constants("api.EdfaPayException$Reason"), BARE,
                        "FailureWording: a typed failure worded by its reason (docs/decisions/0050, 0057)"),
                new Built("keys.operation() + d.operation().name()", "error.op.",
                        constants("api.EdfaPayException$Operation"), BARE,
                        "FailureWording: what was being done when it failed"),
                new Built("keys.reason() + \"switch.\" + ", "error.switch.",
                        constants("api.EdfaPayException$SwitchOutcome"), BARE,
                        "FailureWording: the state after a status switch whose answer was lost"),
                new Built("keys.reason() + \"", "error.", List.of("RATE_LIMITED.after", "serverCode", "serverSaid",
                        "serverSaidCode", "state.enabled", "state.disabled"), BARE,
                        "FailureWording: a wait, what the server said, a state in words"),
                new Built("keys.duration() + \"", "error.duration.", List.of("seconds", "minutes", "hours", "days"),
                        BARE, "FailureWording: a wait in its natural unit"),
                new Built("\"sdk.\" + kind + \".", "sdk.", List.of("disable", "enable"),
                        List.of(".title", ".header", ".detail", ".confirm"),
                        "SdkTokenRowActions: the confirmation before a switch, kind = enable or disable"),
                new Built("\"sdk.done.\" + kind", "sdk.done.", List.of("disable", "enable"), BARE,
                        "SdkTokenRowActions: the notice after a switch"),
                new Built("\"sdk.already.\" + kind", "sdk.already.", List.of("disable", "enable"), BARE,
                        "SdkTokenRowActions: the notice when the token already was in that state"),
                new Built("\"sdk.doneAnswerLost.\" + kind", "sdk.doneAnswerLost.", List.of("disable", "enable"), BARE,
                        "SdkTokenRowActions: the notice after a switch reconciled (docs/decisions/0055)"),
                new Built("\"sdk.status.\" + ", "sdk.status.", constants("ui.sdktokens.TokenStatus"), BARE,
                        "SdkTokensViewModel: a token status's label"),
                new Built("\"bulk.outcome.\" + ", "bulk.outcome.", constants("ui.sdktokens.BulkResult$Outcome"), BARE,
                        "SdkTokenCells: a bulk result's outcome for assistive technology"),
                new Built("\"api.filter.\" + ", "api.filter.", constants("ui.apitokens.ApiTokensViewModel$Filter"),
                        BARE, "ApiTokensViewModel: the filter choices"),
                new Built("\"api.flag.\" + flag.name()", "api.flag.", constants("ui.apitokens.ApiTokenFlags$Flag"),
                        List.of("", ".detail"), "ApiTokenTexts: a token's warning flag and its explanation"),
                new Built("\"api.expiry.\" + ", "api.expiry.", constants("ui.apitokens.GenerateTokenViewModel$Expiry"),
                        BARE, "GenerateTokenViewModel: the expiry choices"),
                new Built("\"leak.kind.\" + ", "leak.kind.", constants("scan.TokenKind"), BARE,
                        "LeakFindingRow: what kind of token was found"),
                new Built("\"leak.class.\" + ", "leak.class.", constants("scan.Classification"), BARE,
                        "LeakFindingRow and LeakCheckView: a finding's classification"),
                new Built("\"activity.action.\" + ", "activity.action.", constants("desktop.activity.ActivityAction"),
                        BARE, "ActivityViewModel: an action of the activity log"),
                new Built("\"activity.outcome.\" + ", "activity.outcome.",
                        constants("desktop.activity.ActivityOutcome"), BARE,
                        "ActivityViewModel: an outcome of the activity log"),
                new Built("\"settings.theme.\" + ", "settings.theme.", constants("desktop.Settings$Theme"), BARE,
                        "SettingsViewModel: the theme choices"),
                new Built("\"settings.language.\" + ", "settings.language.", constants("desktop.Settings$Language"),
                        BARE, "SettingsViewModel: the language choices"));
    }

    /** BulkPlan, BulkRun and SdkTokensViewModel word a bulk action by {@code "bulk.<part>." + action.name()}. */
    private static List<Built> bulkFamilies() {
        List<Built> families = new ArrayList<>();
        for (String part : List.of("title", "header", "consequence", "confirm", "nothing", "skipped", "done")) {
            families.add(new Built("\"bulk." + part + ".\" + action.name()", "bulk." + part + ".",
                    constants("ui.sdktokens.BulkAction"), BARE, "a bulk action's " + part));
        }
        return families;
    }

    private static List<String> constants(String enumName) {
        try {
            Object[] values = Class.forName(ROOT + enumName).getEnumConstants();
            assertThat(values).as(enumName + " is an enum").isNotNull();
            return Arrays.stream(values).map(value -> ((Enum<?>) value).name()).toList();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no enum " + enumName, e);
        }
    }

    @Test
    void everyKeyIsUsedByTheApp() throws IOException {
        String code = mainCode();
        Set<String> literals = stringLiterals(code);
        Set<String> fxmlKeys = fxmlKeys();
        Set<String> built = new HashSet<>();
        for (Built family : families()) {
            built.addAll(family.keys());
        }
        Set<String> unused = new TreeSet<>();
        for (String key : keys("messages.properties")) {
            if (!literals.contains(key) && !fxmlKeys.contains(key) && !built.contains(key)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in messages.properties that nothing in src/main asks for").isEmpty();
    }

    @Test
    void everyBuiltFamilyIsStillBuiltAndDefined() throws IOException {
        String code = mainCode();
        Set<String> defined = new HashSet<>(keys("messages.properties"));
        for (Built family : families()) {
            assertThat(code).as("the code that builds " + family.prefix() + "*").contains(family.code());
            assertThat(defined).as(family.prefix() + "* for every value").containsAll(family.keys());
        }
    }

    @Test
    void noKeyIsDefinedTwiceInEitherBundle() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_ar.properties")) {
            List<String> keys = keys(bundle);
            Set<String> seen = new HashSet<>();
            Set<String> twice = new TreeSet<>();
            for (String key : keys) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as("keys defined twice in " + bundle + " (the last one silently wins)").isEmpty();
        }
    }

    @Test
    void theDetectorSeesAnUnusedKey() throws IOException {
        // The test above can fail: a key no code names is not among the literals, the FXML keys or the families.
        String code = mainCode();
        assertThat(stringLiterals(code)).contains("about.title").doesNotContain("no.such.key.anywhere");
        assertThat(stringLiterals("a(\"x.y\", '\"', \"z\\\"q\")")).containsExactlyInAnyOrder("x.y", "z\\\"q");
    }

    private static List<Built> families() {
        List<Built> families = new ArrayList<>(builtFamilies());
        families.addAll(bulkFamilies());
        return families;
    }

    /** The keys of a bundle in file order, duplicates kept (Properties would hide them). */
    private static List<String> keys(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        String continued = null;
        for (String line : Files.readAllLines(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            boolean wasContinued = continued != null;
            continued = line.endsWith("\\") ? line : null;
            String trimmed = line.strip();
            if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            Matcher key = Pattern.compile("^((?:[^=:\\s\\\\]|\\\\.)+)").matcher(trimmed);
            if (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }

    /** All Java source of the app but the command line, which has its own bundle (checked by CliMessagesTest). */
    private static String mainCode() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().replace('\\', '/').contains("/tokenmanager/cli/")).sorted().toList()) {
                code.append(Files.readString(file)).append('\n');
            }
        }
        return code.toString();
    }

    /** The contents of the string literals of some Java code (character literals such as '"' skipped). */
    private static Set<String> stringLiterals(String code) {
        String noChars = code.replaceAll("'(?:[^'\\\\\\n]|\\\\.)+'", "''");
        Set<String> literals = new HashSet<>();
        Matcher matcher = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(noChars);
        while (matcher.find()) {
            literals.add(matcher.group(1));
        }
        return literals;
    }

    private static Set<String> fxmlKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("resources"))) {
            for (Path file : files.filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".fxml")).toList()) {
                Matcher matcher = Pattern.compile("\"%([a-zA-Z0-9._]+)\"").matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }
}
