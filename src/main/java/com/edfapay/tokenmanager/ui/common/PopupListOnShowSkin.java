package com.edfapay.tokenmanager.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * JavaFX's combo box skin, with the list of its popup styled when the popup is first opened rather than with the
 * window's first frame. The standard skin keeps the popup's {@code ListView} as an unmanaged child of the combo box
 * so that CSS reaches it early, which gives every combo box on screen a list skin, a virtual flow, two scroll bars
 * and their cells at once (docs/decisions/0090). Here the list joins the combo box only just before the popup first
 * shows, gets its CSS and skin there, and then moves into the popup exactly as with the standard skin. Everything
 * else (button cell, arrow, keyboard, accessibility) is the standard skin's.
 */
public final class PopupListOnShowSkin<T> extends ComboBoxListViewSkin<T> {

    public PopupListOnShowSkin(ComboBox<T> comboBox) {
        super(comboBox);
        getChildren().remove(getPopupContent());
    }

    /** Sets the skin on {@code comboBox} and returns it. */
    public static <T> ComboBox<T> install(ComboBox<T> comboBox) {
        comboBox.setSkin(new PopupListOnShowSkin<>(comboBox));
        return comboBox;
    }

    /** True until the popup has been opened once (the list has no skin yet). */
    public boolean listDeferred() {
        Node list = getPopupContent();
        return list.getParent() == null && ((javafx.scene.control.Control) list).getSkin() == null;
    }

    @Override
    public void show() {
        Node list = getPopupContent();
        if (listDeferred() && getSkinnable().getScene() != null) {
            // As the standard skin has it before its first show: an unmanaged child, styled from the combo box.
            getChildren().add(list);
            list.applyCss();
        }
        super.show();
    }
}
