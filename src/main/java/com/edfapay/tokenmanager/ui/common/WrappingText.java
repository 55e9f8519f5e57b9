package com.edfapay.tokenmanager.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * A wrapping label that breaks its lines itself: JavaFX 21 on Linux lays out automatically wrapped Arabic wrongly
 * (every line repeats the tail of the paragraph), while text with explicit line breaks renders correctly. So this
 * control asks {@link LineBreaker} for the lines at its current width and shows them joined with {@code \n}.
 *
 * <p>It is a {@link Label} (style class {@code label} plus {@code wrapping-text}): text, font, text fill, graphic,
 * style classes, accessible text and the theme's {@code .label.text-muted} etc. work as on any label, and a
 * controller may keep its {@code @FXML Label} field. In FXML: {@code <WrappingText text="%key"
 * styleClass="text-muted"/>}. Whether the app breaks lines itself or lets JavaFX wrap is {@link Mode}, one switch
 * for the whole app.
 */
public class WrappingText extends Label {

    /** Who breaks the lines. */
    public enum Mode {
        /** {@link LineBreaker} breaks; JavaFX draws text with explicit line breaks. */
        OWN,
        /** A plain wrapping {@code Label}, for where JavaFX's own wrapping is correct. */
        JAVAFX,
        /**
         * {@link LineBreaker} breaks a text that holds right-to-left characters (JavaFX's wrapping is wrong only for
         * those); JavaFX wraps any other text itself, which costs no line breaking at all (docs/decisions/0081).
         */
        AUTO;

        /**
         * The system property {@value #PROPERTY} = {@code own|javafx|auto}; without it, AUTO on Linux (where
         * JavaFX's wrapping of Arabic was measured to be wrong) and JAVAFX elsewhere.
         */
        public static final String PROPERTY = "edfapay.tokenmanager.textWrapping";

        public static Mode of(String property, String osName) {
            if (property != null && !property.isBlank()) {
                return valueOf(property.trim().toUpperCase(Locale.ROOT));
            }
            return osName != null && osName.toLowerCase(Locale.ROOT).startsWith("linux") ? AUTO : JAVAFX;
        }

        /** The app's mode, from the system properties (read once per control, so a test may change it). */
        public static Mode current() {
            return of(System.getProperty(PROPERTY), System.getProperty("os.name"));
        }
    }

    private final Mode mode;

    public WrappingText() {
        this("");
    }

    public WrappingText(String text) {
        this(text, Mode.current());
    }

    public WrappingText(String text, Mode mode) {
        this(text, null, mode);
    }

    public WrappingText(String text, Node graphic) {
        this(text, graphic, Mode.current());
    }

    public WrappingText(String text, @Nullable Node graphic, Mode mode) {
        super(text, graphic);
        this.mode = mode;
        // Both ways: a width-dependent height (content bias HORIZONTAL), and JavaFX wraps in JAVAFX mode.
        setWrapText(true);
        getStyleClass().add("wrapping-text");
    }

    /** A wrapping text with these style classes: the factory for views built in code. */
    public static WrappingText of(String text, String... styleClasses) {
        WrappingText label = new WrappingText(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public Mode mode() {
        return mode;
    }

    /**
     * The lines as last laid out, each with the spaces and line break it ends with, so that joined they give
     * back the text; where JavaFX wraps (JAVAFX mode, or AUTO for a left-to-right text), the whole text as one
     * element (JavaFX does not say where it broke).
     */
    public List<String> lines() {
        return getSkin() instanceof WrappingTextSkin skin ? skin.lines() : List.of(textOrEmpty());
    }

    /** The width the lines were last broken for, in JAVAFX mode the control's own width. */
    public double lineWidth() {
        return getSkin() instanceof WrappingTextSkin skin ? skin.lineWidth() : getWidth();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return mode == Mode.JAVAFX ? new LabelSkin(this) : new WrappingTextSkin(this, mode == Mode.AUTO);
    }

    String textOrEmpty() {
        String text = getText();
        return text == null ? "" : text;
    }
}
