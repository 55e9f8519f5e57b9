package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Arabic lines that embed Latin values read right to left in the order they are written: the Arabic scene draws
 * in one family that holds both scripts (docs/decisions/0083), which dialogs inherit; checked by where the
 * toolkit puts each part of a mixed line, not only by the family's name.
 */
class ArabicFontFxTest {

    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        SceneFactory.applyTheme(false);
    }

    @AfterAll
    static void hide() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void arabicScenesAndTheirDialogsDrawInOneFamilyForBothScripts() throws Exception {
        assertThat(SceneFactory.arabicFamily()).as("an installed family from " + SceneFactory.ARABIC_FAMILIES)
                .isPresent();
        String family = SceneFactory.arabicFamily().orElseThrow();
        AtomicReference<String> window = new AtomicReference<>();
        AtomicReference<String> dialog = new AtomicReference<>();
        AtomicReference<String> english = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Label label = new Label("تم الاتصال: merchant");
            Scene scene = new SceneFactory(Messages.forLocale(Locale.forLanguageTag("ar"))).create(new VBox(label),
                    400, 200);
            stage.setScene(scene);
            stage.show();
            label.applyCss();
            window.set(label.getFont().getFamily());
            // Dialogs copy the window's stylesheets (FxDialogService, the app's own dialogs).
            DialogPane pane = new DialogPane();
            Label inDialog = new Label("هل تريد حذف الملف «Riyadh»؟");
            pane.setContent(inDialog);
            pane.getStylesheets().addAll(scene.getStylesheets());
            new Scene(pane);
            inDialog.applyCss();
            dialog.set(inDialog.getFont().getFamily());
            Label latin = new Label("Connected");
            new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(new VBox(latin), 400, 200);
            latin.applyCss();
            english.set(latin.getFont().getFamily());
        });
        assertThat(window.get()).isEqualTo(family);
        assertThat(dialog.get()).isEqualTo(family);
        assertThat(english.get()).as("English keeps the theme's font").isNotEqualTo(family);
    }

    /**
     * "Connected: merchant" in Arabic, right to left: the Arabic words rightmost, then the colon, then the Latin
     * name leftmost. With Arabic letters from a fallback font JavaFX 21 puts the colon at the right end instead.
     */
    @Test
    void aMixedLineIsDrawnInReadingOrder() throws Exception {
        String arabic = "تم الاتصال";
        String line = arabic + ": merchant";
        AtomicReference<double[]> centres = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Text text = new Text(line);
            Scene scene = new SceneFactory(Messages.forLocale(Locale.forLanguageTag("ar"))).create(new VBox(text),
                    600, 200);
            stage.setScene(scene);
            stage.show();
            text.applyCss();
            int colon = line.indexOf(':');
            int latin = line.indexOf('m');
            centres.set(new double[] {
                centre(text, 0, arabic.length()), centre(text, colon, colon + 1), centre(text, latin, line.length())});
        });
        double[] x = centres.get();
        assertThat(x[0]).as("Arabic right of the colon " + Arrays.toString(x)).isGreaterThan(x[1]);
        assertThat(x[1]).as("colon right of the Latin name " + Arrays.toString(x)).isGreaterThan(x[2]);
    }

    private static double centre(Text text, int start, int end) {
        // On the screen, where the user sees it (a right-to-left scene mirrors its nodes).
        Bounds bounds = text.localToScreen(new Path(text.rangeShape(start, end)).getBoundsInLocal());
        return (bounds.getMinX() + bounds.getMaxX()) / 2;
    }
}
