package com.edfapay.tokenmanager.ui.common;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Header and content texts of a dialog as {@link WrappingText}s: a {@code DialogPane}'s own header and content
 * labels wrap with JavaFX's wrapping, which lays out Arabic wrongly on Linux. The header keeps the theme's
 * header band ({@code .header-panel}) and its icon.
 */
public final class DialogTexts {

    /** The width dialog texts wrap at: the dialogs are 460 px wide, less their padding. */
    public static final double TEXT_WIDTH = 428;

    /** Icons of the header, by what the dialog is about. */
    public enum Kind {
        QUESTION("mdal-help_outline", "accent-icon"),
        WARNING("mdmz-warning", "warning-icon"),
        ERROR("mdal-error_outline", "danger-icon"),
        KEY("mdmz-vpn_key", "accent-icon");

        private final String icon;
        private final String style;

        Kind(String icon, String style) {
            this.icon = icon;
            this.style = style;
        }
    }

    private DialogTexts() {
    }

    /** Puts a wrapping header with this kind's icon into the pane; a null or blank header means none. */
    public static void header(DialogPane pane, @Nullable String header, Kind kind) {
        pane.setHeaderText(null);
        pane.setGraphic(null);
        if (header == null || header.isBlank()) {
            pane.setHeader(null);
            return;
        }
        WrappingText text = WrappingText.of(header, "dialog-header-text");
        text.setId("dialogHeader");
        text.setMaxWidth(Double.MAX_VALUE);
        text.setPrefWidth(TEXT_WIDTH - 48);
        FontIcon icon = new FontIcon(kind.icon);
        icon.setIconSize(28);
        icon.getStyleClass().add(kind.style);
        StackPane graphic = new StackPane(icon);
        graphic.getStyleClass().add("graphic-container");
        GridPane panel = new GridPane();
        panel.getStyleClass().add("header-panel");
        panel.add(text, 0, 0);
        panel.add(graphic, 1, 0);
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setFillWidth(text, true);
        pane.setHeader(panel);
    }

    /** A paragraph for a dialog's content area, wrapping at the dialog's width. */
    public static WrappingText paragraph(String text, String... styleClasses) {
        WrappingText paragraph = WrappingText.of(text, styleClasses);
        paragraph.setPrefWidth(TEXT_WIDTH);
        paragraph.setMaxWidth(Double.MAX_VALUE);
        return paragraph;
    }

    /** The pane's content: one wrapping paragraph. */
    public static Node content(DialogPane pane, String text) {
        WrappingText paragraph = paragraph(text);
        paragraph.setId("dialogContent");
        paragraph.getStyleClass().add("dialog-content-text");
        pane.setContentText(null);
        pane.setContent(paragraph);
        return paragraph;
    }
}
