package com.edfapay.tokenmanager.ui.common;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/** Cells and converters that show an item by a label function (usually a view-model method), and text cells. */
public final class Cells {

    private Cells() {
    }

    /** A list cell showing {@code label.apply(item)}; an empty cell or a null item shows nothing. */
    public static <T> ListCell<T> labelled(Function<? super T, String> label) {
        return labelled(label, false);
    }

    private static <T> ListCell<T> labelled(Function<? super T, String> label, boolean nullIsAChoice) {
        return new ListCell<>() {
            @Override
            protected void updateItem(@Nullable T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || (item == null && !nullIsAChoice) ? null : label.apply(item));
            }
        };
    }

    /** A converter showing {@code label.apply(value)} ("" for null); it parses nothing (lists are not edited). */
    public static <T> StringConverter<T> converter(Function<? super T, String> label) {
        return converter(label, false);
    }

    private static <T> StringConverter<T> converter(Function<? super T, String> label, boolean nullIsAChoice) {
        return new StringConverter<>() {
            @Override
            public String toString(@Nullable T value) {
                return value == null && !nullIsAChoice ? "" : label.apply(value);
            }

            @Override
            public @Nullable T fromString(String text) {
                return null;
            }
        };
    }

    /** Shows every item of the combo box, in its list, its button and its converter, by {@code label}. */
    public static <T> void labelAll(ComboBox<T> combo, Function<? super T, String> label) {
        labelAll(combo, label, false);
    }

    /**
     * As {@link #labelAll}, for a combo box where null is one of the choices (a filter's "All actions"):
     * {@code label} is asked for null too.
     */
    public static <T> void labelAllWithNullChoice(ComboBox<T> combo, Function<? super T, String> label) {
        labelAll(combo, label, true);
    }

    private static <T> void labelAll(ComboBox<T> combo, Function<? super T, String> label, boolean nullIsAChoice) {
        combo.setConverter(converter(label, nullIsAChoice));
        combo.setCellFactory(list -> labelled(label, nullIsAChoice));
        combo.setButtonCell(labelled(label, nullIsAChoice));
    }

    /**
     * A table cell showing its text and, where {@code tooltip} gives a non-empty text for the row and the cell's
     * text, that in a tooltip (a long value the column clips, a detail the column leaves out). An empty cell shows
     * neither. One tooltip per cell, re-texted: creating a Tooltip per update is costly (a popup window each).
     */
    public static <S> TableCell<S, String> textWithTooltip(BiFunction<? super S, String, String> tooltip) {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(@Nullable String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                @Nullable S row = getTableRow() == null ? null : getTableRow().getItem();
                String text = empty || item == null || row == null ? "" : tooltip.apply(row, item);
                if (text.isEmpty()) {
                    setTooltip(null);
                } else {
                    tip.setText(text);
                    setTooltip(tip);
                }
            }
        };
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
