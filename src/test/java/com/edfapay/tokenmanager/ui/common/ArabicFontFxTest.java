package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Arabic lines that embed Latin values read right to left in the order they are written: the Arabic scene draws
 * in one family that holds both scripts (docs/decisions/0083), which dialogs inherit. The toolkit's own
 * geometry ({@code Text.rangeShape}) reports the same positions with and without the fault, so the drawn order
 * itself is checked on the screen tour's screenshots, not here.
 */
class ArabicFontFxTest extends ThemedStageFxTest {

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
}
