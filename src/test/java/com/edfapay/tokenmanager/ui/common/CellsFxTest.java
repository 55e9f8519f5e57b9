package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A filter whose null choice means "all" shows that choice's label in its button, not an empty box. */
class CellsFxTest {

    private static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void hide() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void theNullChoiceIsShownByItsLabel() throws Exception {
        AtomicReference<ComboBox<String>> combo = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            ComboBox<String> filter = new ComboBox<>();
            filter.getItems().setAll(Arrays.asList(null, "user", "terminal"));
            Cells.labelAllWithNone(filter, type -> type == null ? "All types" : "Type " + type);
            stage.setScene(new Scene(new VBox(filter), 300, 200));
            stage.show();
            combo.set(filter);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<String> button = combo.get().getButtonCell();
        assertThat(button.getText()).isEqualTo("All types");
        FxToolkit.setupFixture(() -> combo.get().setValue("terminal"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button.getText()).isEqualTo("Type terminal");
        FxToolkit.setupFixture(() -> combo.get().setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button.getText()).isEqualTo("All types");
        assertThat(combo.get().getConverter().toString(null)).isEqualTo("All types");
    }
}
