package com.edfapay.tokenmanager.ui.common;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;

/**
 * For tests of one control on the shared primary stage, in the app's light theme. The stage is hidden after the
 * class; the app's own FX tests size it again (see {@code AppUnderTest}), since a shown stage keeps its size.
 */
abstract class ThemedStageFxTest {

    protected static Stage stage;

    @BeforeAll
    static void startToolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        SceneFactory.applyTheme(false);
    }

    @AfterAll
    static void hide() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }
}
