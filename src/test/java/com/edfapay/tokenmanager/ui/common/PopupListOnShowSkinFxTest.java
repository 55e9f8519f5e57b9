package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Connect screen's combo boxes style their popup's list only when it first opens (docs/decisions/0090): until
 * then the list has no skin and is not in the scene, and the combo box still works from the keyboard and names its
 * value for assistive technology; once opened, the list is the standard one, sized and selected as the value.
 */
class PopupListOnShowSkinFxTest extends ThemedStageFxTest {

    private final FxRobot robot = new FxRobot();
    private final ObjectProperty<String> bound = new SimpleObjectProperty<>("Sandbox");
    private ComboBox<String> combo;
    private TextField before;

    private void show() throws Exception {
        FxToolkit.setupFixture(() -> {
            before = new TextField();
            combo = PopupListOnShowSkin.install(new ComboBox<>());
            combo.getItems().setAll(List.of("Production", "Sandbox", "Demo", "Custom"));
            Cells.labelAll(combo, item -> "EdfaPay " + item);
            combo.valueProperty().bindBidirectional(bound);
            stage.setScene(new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(new VBox(8, before, combo),
                    400, 300));
            stage.show();
            before.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closePopup() throws Exception {
        FxToolkit.setupFixture(() -> combo.hide());
    }

    private ListView<?> list() {
        return (ListView<?>) ((PopupListOnShowSkin<?>) combo.getSkin()).getPopupContent();
    }

    @Test
    void theListHasNoSkinAndIsNotInTheSceneUntilThePopupOpens() throws Exception {
        show();
        AtomicReference<Object[]> seen = new AtomicReference<>();
        FxToolkit.setupFixture(() -> seen.set(new Object[] {
            list().getSkin(), list().getScene(), combo.getChildrenUnmodifiable().contains(list()),
            ((PopupListOnShowSkin<?>) combo.getSkin()).listDeferred(),
            ((ListCell<?>) combo.lookup(".list-cell")).getText(), combo.getHeight()}));
        assertThat(seen.get()[0]).as("list skin").isNull();
        assertThat(seen.get()[1]).as("list scene").isNull();
        assertThat(seen.get()[2]).as("list among the combo box's children").isEqualTo(false);
        assertThat(seen.get()[3]).isEqualTo(true);
        assertThat(seen.get()[4]).as("the button shows the value").isEqualTo("EdfaPay Sandbox");
        assertThat((Double) seen.get()[5]).as("laid out at its normal height").isGreaterThan(20);
    }

    @Test
    void theKeyboardChangesTheValueWithoutOpeningThePopupAndKeepsTheBinding() throws Exception {
        show();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isFocused()).as("reached by Tab").isTrue();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bound.get()).isEqualTo("Demo");
        assertThat(combo.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo("EdfaPay Demo");
        FxToolkit.setupFixture(() -> bound.set("Production"));
        assertThat(combo.getValue()).isEqualTo("Production");
        assertThat(((ListCell<?>) combo.lookup(".list-cell")).getText()).isEqualTo("EdfaPay Production");
    }

    @Test
    @SuppressWarnings("unchecked")
    void opensFromTheKeyboardAsTheStandardListAndChoosesInIt() throws Exception {
        show();
        robot.type(KeyCode.TAB);
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> combo.isShowing() && list().getSkin() != null);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Object[]> seen = new AtomicReference<>();
        FxToolkit.setupFixture(() -> seen.set(new Object[] {
            list().getSelectionModel().getSelectedItem(), list().lookupAll(".list-cell").stream()
                .map(cell -> ((ListCell<?>) cell).getText()).filter(text -> text != null).toList(),
            list().getWidth(), combo.getWidth(), ((PopupListOnShowSkin<?>) combo.getSkin()).listDeferred(),
            combo.getChildrenUnmodifiable().contains(list())}));
        assertThat(seen.get()[0]).as("the list selects the value").isEqualTo("Sandbox");
        assertThat((List<Object>) seen.get()[1]).containsExactly("EdfaPay Production", "EdfaPay Sandbox", "EdfaPay Demo",
                "EdfaPay Custom");
        assertThat((Double) seen.get()[2]).as("the list is as wide as the combo box").isEqualTo((Double) seen.get()[3]);
        assertThat(seen.get()[4]).isEqualTo(false);
        assertThat(seen.get()[5]).as("the list moved into the popup").isEqualTo(false);

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !combo.isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bound.get()).isEqualTo("Demo");

        // Opened a second time: the list is the same, already styled one.
        ListView<?> first = list();
        FxToolkit.setupFixture(() -> combo.show());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> combo.isShowing());
        assertThat(list()).isSameAs(first);
        assertThat(list().getSelectionModel().getSelectedItem()).isEqualTo("Demo");
    }
}
