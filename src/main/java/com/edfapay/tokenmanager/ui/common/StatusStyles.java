package com.edfapay.tokenmanager.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Colours a status line after its kind, using the theme's semantic style classes. */
public final class StatusStyles {

    private static final String[] ALL = {"success", "danger", "text-muted"};

    private StatusStyles() {
    }

    public static void follow(Node node, ObservableValue<StatusKind> kind) {
        apply(node, kind.getValue());
        kind.addListener((obs, old, now) -> apply(node, now));
    }

    private static void apply(Node node, StatusKind kind) {
        node.getStyleClass().removeAll(ALL);
        switch (kind == null ? StatusKind.NONE : kind) {
            case SUCCESS -> node.getStyleClass().add("success");
            case ERROR -> node.getStyleClass().add("danger");
            case PROGRESS -> node.getStyleClass().add("text-muted");
            default -> { }
        }
    }
}
