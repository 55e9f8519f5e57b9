package com.edfapay.tokenmanager.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/** One place for what every scene needs: theme, the app stylesheet, and right-to-left for Arabic. */
public final class SceneFactory {

    private static final String APP_CSS = Objects.requireNonNull(
            SceneFactory.class.getResource("app.css"), "app.css").toExternalForm();

    /**
     * Families that hold Arabic and Latin letters and the punctuation between them, best first (Linux, Windows,
     * macOS). JavaFX 21 draws a right-to-left line whose Arabic letters come from a fallback font in the wrong
     * order (punctuation and spaces jump across the Arabic words next to a Latin run); with one font for both
     * scripts the line reads right (docs/decisions/0083).
     */
    static final List<String> ARABIC_FAMILIES = List.of(
            "Noto Sans Arabic UI", "Segoe UI", "Tahoma", "Geeza Pro", "DejaVu Sans");

    private final Messages messages;

    public SceneFactory(Messages messages) {
        this.messages = messages;
    }

    /**
     * AtlantaFX replaces the default Modena look application-wide. Its binary form (.bss, shipped beside the CSS
     * and made from it) spares the first frame parsing 170 KB of CSS.
     */
    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Right-to-left for a right-to-left language (Arabic), left-to-right otherwise: every scene and dialog pane. */
    public static NodeOrientation orientation(Messages messages) {
        return messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    public Scene create(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(APP_CSS);
        if (messages.isRightToLeft()) {
            arabicFontStylesheet().ifPresent(scene.getStylesheets()::add);
        }
        scene.setNodeOrientation(orientation(messages));
        return scene;
    }

    /** The family Arabic screens are drawn in: the first of {@link #ARABIC_FAMILIES} installed, if any. */
    public static Optional<String> arabicFamily() {
        List<String> installed = Font.getFamilies();
        return ARABIC_FAMILIES.stream().filter(installed::contains).findFirst();
    }

    /**
     * A stylesheet that sets the Arabic family on the root; a data URL, so dialogs that copy the window's
     * stylesheets get it too.
     */
    static Optional<String> arabicFontStylesheet() {
        return arabicFamily().map(family -> "data:text/css;base64," + Base64.getEncoder().encodeToString(
                (".root { -fx-font-family: \"" + family + "\"; }\n").getBytes(StandardCharsets.UTF_8)));
    }
}
