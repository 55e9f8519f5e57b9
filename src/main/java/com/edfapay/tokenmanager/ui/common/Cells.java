package com.edfapay.tokenmanager.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/** Cells and converters that show an item by a label function (usually a view-model method). */
public final class Cells {

    private Cells() {
    }

    /** A list cell showing {@code label.apply(item)}; an empty cell or a null item shows nothing. */
    public static <T> ListCell<T> labelled(Function<? super T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(@Nullable T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
    }

    /** A converter showing {@code label.apply(value)} ("" for null); it parses nothing (lists are not edited). */
    public static <T> StringConverter<T> converter(Function<? super T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(@Nullable T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public @Nullable T fromString(String text) {
                return null;
            }
        };
    }

    /** Shows every item of the combo box, in its list, its button and its converter, by {@code label}. */
    public static <T> void labelAll(ComboBox<T> combo, Function<? super T, String> label) {
        combo.setConverter(converter(label));
        combo.setCellFactory(list -> labelled(label));
        combo.setButtonCell(labelled(label));
    }

    /**
     * Like {@link #labelAll}, for a combo box whose null item is a real choice ("All types"): the null item and a
     * null value show {@code label.apply(null)}, in the list and in the button.
     */
    public static <T> void labelAllWithNone(ComboBox<T> combo, Function<? super T, String> label) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(@Nullable T value) {
                return label.apply(value);
            }

            @Override
            public @Nullable T fromString(String text) {
                return null;
            }
        });
        combo.setCellFactory(list -> withNone(label));
        combo.setButtonCell(withNone(label));
        combo.setPromptText(label.apply(null));
    }

    private static <T> ListCell<T> withNone(Function<? super T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(@Nullable T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        };
    }
}
