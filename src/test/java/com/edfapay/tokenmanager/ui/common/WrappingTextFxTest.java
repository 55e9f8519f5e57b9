package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every message of the app, English and Arabic, laid out in a {@link WrappingText} at two widths with the real
 * toolkit (Monocle, headless): the lines, joined, give back the message exactly once (the JavaFX 21 fault repeats
 * the tail of the paragraph on every line), each line fits the width, and what is drawn is those lines.
 */
class WrappingTextFxTest extends ThemedStageFxTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WrappingTextFxTest.class.getResourceAsStream("/com/edfapay/tokenmanager/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The message as the user sees it: arguments filled in where the pattern takes plain ones. */
    private static String shown(String pattern, Locale locale) {
        Object[] words = {"Riyadh Coffee Roasters", "Olaya Branch", "SoftPOS terminal 7", "token", "5"};
        Object[] numbers = {3, 12, 2, 1, 4};
        for (Object[] arguments : List.of(numbers, words)) {
            try {
                return new MessageFormat(pattern, locale).format(arguments);
            } catch (IllegalArgumentException notThese) {
                // a choice or number format: try the other kind
            }
        }
        return pattern;
    }

    record Problem(String key, double width, String what) {
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"messages.properties, en", "messages_ar.properties, ar"})
    void everyMessageBreaksIntoLinesThatGiveItBackExactlyOnceAndFit(String file, String language)
            throws Exception {
        Properties messages = bundle(file);
        Locale locale = Locale.forLanguageTag(language);
        List<Problem> problems = new ArrayList<>();
        int[] wrapped = {0};
        int[] checked = {0};
        FxToolkit.setupFixture(() -> {
            VBox root = new VBox();
            Scene scene = new Scene(root, 900, 600);
            scene.getStylesheets().add(SceneFactory.class.getResource("app.css").toExternalForm());
            scene.setNodeOrientation("ar".equals(language)
                    ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            stage.setScene(scene);
            stage.show();
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                String text = shown(messages.getProperty(key), locale);
                for (double width : new double[] {180, 420}) {
                    WrappingText control = new WrappingText(text, WrappingText.Mode.OWN);
                    control.getStyleClass().add("text-muted");
                    control.setMinWidth(width);
                    control.setPrefWidth(width);
                    control.setMaxWidth(width);
                    root.getChildren().setAll(control);
                    root.applyCss();
                    root.layout();
                    checked[0]++;
                    List<String> lines = control.lines();
                    if (lines.size() > 1) {
                        wrapped[0]++;
                    }
                    if (!String.join("", lines).equals(text)) {
                        problems.add(new Problem(key, width, "lines " + lines + " do not give back " + text));
                    }
                    Text measure = new Text();
                    measure.setFont(control.getFont());
                    double room = width - control.snappedLeftInset() - control.snappedRightInset();
                    for (String line : lines) {
                        measure.setText(LineBreaker.visible(line));
                        double lineWidth = measure.getLayoutBounds().getWidth();
                        if (lineWidth > room + 0.01) {
                            problems.add(new Problem(key, width, "line '" + line + "' is " + lineWidth + " wide"));
                        }
                    }
                    Text drawn = drawnText(control);
                    String expected = String.join("\n", lines.stream().map(LineBreaker::visible).toList());
                    if (!drawn.getText().equals(expected)) {
                        problems.add(new Problem(key, width, "draws '" + drawn.getText() + "'"));
                    }
                    Bounds inControl = drawn.getBoundsInParent();
                    if (inControl.getWidth() > room + 0.5 || inControl.getMaxY() > control.getHeight() + 0.5) {
                        problems.add(new Problem(key, width, "drawn text " + inControl + " leaves the control "
                                + control.getWidth() + "x" + control.getHeight()));
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems).isEmpty();
        assertThat(checked[0]).isEqualTo(messages.size() * 2);
        // Not a vacuous pass: a good share of the messages really wrap at the narrow width.
        assertThat(wrapped[0]).isGreaterThan(messages.size() / 4);
    }

    @Test
    void rightToLeftTextStartsAtTheRightEdge() throws Exception {
        String text = "سيتم استبدال رمز SDK الحالي لهذا المستخدم، ويجب إعادة تفعيل الأجهزة التي تستخدم الرمز "
                + "القديم قبل أن تتمكن من قبول المدفوعات مرة أخرى.";
        double[] edges = new double[4];
        FxToolkit.setupFixture(() -> {
            WrappingText control = new WrappingText(text, WrappingText.Mode.OWN);
            control.setPrefWidth(320);
            control.setMaxWidth(320);
            VBox root = new VBox(control);
            root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            stage.setScene(new Scene(new javafx.scene.layout.Pane(root), 600, 300));
            stage.show();
            root.applyCss();
            root.resize(600, 300);
            root.layout();
            Bounds box = control.localToScene(control.getLayoutBounds());
            Bounds drawn = drawnText(control).localToScene(drawnText(control).getLayoutBounds());
            edges[0] = box.getMaxX();
            edges[1] = drawn.getMaxX();
            edges[2] = control.lines().size();
            edges[3] = box.getMinX();
        });
        assertThat(edges[2]).isGreaterThan(1);
        // The control sits at the right of its right-to-left parent, and its text starts at its right edge.
        assertThat(edges[0]).isEqualTo(600.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(edges[1]).isEqualTo(edges[0], org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void growsNarrowerAndTallerWhenItsWidthShrinks() throws Exception {
        String text = "The new token replaces the old one at once, and devices that use the old one must be "
                + "activated again before they can take payments.";
        int[] lines = new int[2];
        double[] heights = new double[2];
        FxToolkit.setupFixture(() -> {
            WrappingText control = new WrappingText(text, WrappingText.Mode.OWN);
            control.setMaxWidth(Double.MAX_VALUE);
            VBox root = new VBox(control);
            stage.setScene(new Scene(new javafx.scene.layout.Pane(root), 600, 300));
            stage.show();
            root.applyCss();
            root.resize(600, 300);
            root.layout();
            lines[0] = control.lines().size();
            heights[0] = control.getHeight();
            root.resize(240, 300);
            root.layout();
            lines[1] = control.lines().size();
            heights[1] = control.getHeight();
        });
        assertThat(lines[1]).isGreaterThan(lines[0]);
        assertThat(heights[1]).isGreaterThan(heights[0]);
    }

    @Test
    void theSwitchGivesWayToJavaFxWrapping() throws Exception {
        assertThat(WrappingText.Mode.of(null, "Linux")).isEqualTo(WrappingText.Mode.AUTO);
        assertThat(WrappingText.Mode.of("auto", "Windows 11")).isEqualTo(WrappingText.Mode.AUTO);
        assertThat(WrappingText.Mode.of(null, "Windows 11")).isEqualTo(WrappingText.Mode.JAVAFX);
        assertThat(WrappingText.Mode.of(null, "Mac OS X")).isEqualTo(WrappingText.Mode.JAVAFX);
        assertThat(WrappingText.Mode.of("javafx", "Linux")).isEqualTo(WrappingText.Mode.JAVAFX);
        assertThat(WrappingText.Mode.of(" own ", "Windows 11")).isEqualTo(WrappingText.Mode.OWN);
        Object[] skins = new Object[2];
        FxToolkit.setupFixture(() -> {
            WrappingText own = new WrappingText("a b c", WrappingText.Mode.OWN);
            WrappingText javafx = new WrappingText("a b c", WrappingText.Mode.JAVAFX);
            VBox root = new VBox(own, javafx);
            stage.setScene(new Scene(root, 300, 200));
            stage.show();
            root.applyCss();
            skins[0] = own.getSkin();
            skins[1] = javafx.getSkin();
        });
        assertThat(skins[0]).isInstanceOf(WrappingTextSkin.class);
        assertThat(skins[1]).isExactlyInstanceOf(LabelSkin.class);
    }

    /**
     * AUTO, the default on Linux: a text with right-to-left characters is broken by the app (JavaFX's wrapping of
     * it is wrong there), any other text is wrapped by JavaFX, which costs no line breaking; both grow taller as
     * they narrow, and an English text that gains an Arabic name switches to the app's breaking.
     */
    @Test
    void autoBreaksRightToLeftTextItselfAndLetsJavaFxWrapTheRest() throws Exception {
        String english = "The new token replaces the old one at once, and devices that use the old one must be "
                + "activated again before they can take payments.";
        String arabic = "سيتم استبدال رمز SDK الحالي لهذا المستخدم، ويجب إعادة تفعيل الأجهزة التي تستخدم الرمز "
                + "القديم قبل أن تتمكن من قبول المدفوعات مرة أخرى.";
        Object[] seen = new Object[7];
        FxToolkit.setupFixture(() -> {
            WrappingText latin = new WrappingText(english, WrappingText.Mode.AUTO);
            WrappingText rtl = new WrappingText(arabic, WrappingText.Mode.AUTO);
            latin.setMaxWidth(Double.MAX_VALUE);
            rtl.setMaxWidth(Double.MAX_VALUE);
            VBox root = new VBox(latin, rtl);
            stage.setScene(new Scene(new javafx.scene.layout.Pane(root), 600, 400));
            stage.show();
            root.applyCss();
            root.resize(240, 400);
            root.layout();
            seen[0] = latin.lines().size();
            seen[1] = drawnText(latin).getWrappingWidth();
            seen[2] = latin.getHeight();
            seen[3] = rtl.lines().size();
            seen[4] = drawnText(rtl).getWrappingWidth();
            latin.setText(english + " (مقهى الرياض)");
            root.layout();
            seen[5] = latin.lines().size();
            seen[6] = drawnText(latin).getWrappingWidth();
        });
        assertThat((int) seen[0]).as("JavaFX wraps the English text: one piece").isEqualTo(1);
        assertThat((double) seen[1]).as("with a wrapping width").isGreaterThan(0);
        assertThat((double) seen[2]).as("and it is several lines tall").isGreaterThan(3 * 14.0);
        assertThat((int) seen[3]).as("the app breaks the Arabic text").isGreaterThan(1);
        assertThat((double) seen[4]).as("drawn with explicit line breaks only").isZero();
        assertThat((int) seen[5]).as("an Arabic name in the text: the app breaks it").isGreaterThan(1);
        assertThat((double) seen[6]).isZero();
    }

    private static Text drawnText(WrappingText control) {
        return control.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElseThrow();
    }
}
