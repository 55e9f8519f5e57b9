package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible string comes from the bundles (messages.properties, messages_ar.properties): FXML text
 * attributes are {@code %key} references, and code passes no string literal with words in it to a text setter or
 * to the constructor of a labelled control. A literal without letters (a dash, an ellipsis) is not text.
 */
class UserVisibleTextTest {

    private static final Path MAIN_JAVA = Path.of("src/main/java/com/edfapay/tokenmanager");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources/com/edfapay/tokenmanager");

    /** FXML attributes a user reads or a screen reader speaks. */
    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(text|promptText|accessibleText|accessibleHelp|title|headerText|contentText)=\"([^\"]*)\"");

    /** Calls and constructors whose string arguments end up on screen. */
    private static final Pattern TEXT_SINK = Pattern.compile(
            "\\.(setText|setPromptText|setTitle|setHeaderText|setContentText|setAccessibleText|setAccessibleHelp)\\("
                    + "|\\bnew (Label|Button|Text|Tooltip|CheckBox|RadioButton|ToggleButton|Hyperlink|MenuItem|Menu"
                    + "|Tab|TitledPane|WrappingText|Alert)\\(");

    /** What may legitimately appear in those arguments with a literal: bundle look-ups and icon codes. */
    private static final Pattern ALLOWED_LITERAL_USE = Pattern.compile(
            "\\b(get|getString|FontIcon)\\(\\s*\"(?:[^\"\\\\]|\\\\.)*\"");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void fxmlTextIsABundleReference() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path fxml : files(MAIN_RESOURCES, ".fxml")) {
            List<String> lines = Files.readAllLines(fxml);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FXML_TEXT.matcher(lines.get(i));
                while (m.find()) {
                    String value = m.group(2);
                    if (!value.isEmpty() && !value.startsWith("%") && !value.startsWith("$") && hasLetters(value)) {
                        problems.add(fxml.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertThat(problems).as("FXML text that is not a %key of the bundles").isEmpty();
    }

    @Test
    void codePassesNoLiteralTextToTheScreen() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : files(MAIN_JAVA, ".java")) {
            problems.addAll(literalTextIn(source.getFileName().toString(), Files.readString(source)));
        }
        assertThat(problems).as("string literals with words passed to text setters or labelled controls").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        String bad = """
                label.setText("Loading tokens");
                Button b = new Button(
                        "Copy " + name);
                tip.setAccessibleText(messages.get("ok.key") + " (raw words)");
                """;
        String good = """
                label.setText(messages.get("sdk.loading", count));
                Button b = new Button(null, new FontIcon("mdal-content_copy"));
                cell.setText(name + " \\u2014 " + detail);
                """;
        assertThat(literalTextIn("Bad.java", bad)).hasSize(3);
        assertThat(literalTextIn("Good.java", good)).isEmpty();
        assertThat(FXML_TEXT.matcher("<Label text=\"Hello\"/>").find()).isTrue();
    }

    static List<String> literalTextIn(String name, String source) {
        List<String> problems = new ArrayList<>();
        Matcher sink = TEXT_SINK.matcher(source);
        while (sink.find()) {
            String arguments = arguments(source, sink.end());
            String rest = ALLOWED_LITERAL_USE.matcher(arguments).replaceAll("");
            Matcher literal = LITERAL.matcher(rest);
            while (literal.find()) {
                if (hasLetters(literal.group(1).replaceAll("\\\\u[0-9a-fA-F]{4}|\\\\.", ""))) {
                    int line = (int) source.substring(0, sink.start()).chars().filter(c -> c == '\n').count() + 1;
                    problems.add(name + ":" + line + " " + sink.group() + arguments + ")");
                    break;
                }
            }
        }
        return problems;
    }

    /** The text between the opening parenthesis at {@code from} and its closing one, skipping string literals. */
    private static String arguments(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return source.substring(from);
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
