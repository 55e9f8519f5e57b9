package com.edfapay.tokenmanager.ui.common;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a status into style classes: a status line's kind (the theme's semantic classes) and
 * a status chip's value ({@code status-<value>}, styled by app.css).
 */
public final class StatusStyles {

    private static final String[] ALL = {"success", "danger", "text-muted"};
    private static final String CHIP_PREFIX = "status-";
    /** The chip's own shape class, which {@link #chip} keeps. */
    public static final String CHIP = "status-chip";

    private StatusStyles() {
    }

    public static void follow(Node node, ObservableValue<StatusKind> kind) {
        apply(node, kind.getValue());
        kind.addListener((obs, old, now) -> apply(node, now));
    }

    /**
     * Shows {@code status} as the style class {@code status-<name>} (ACTIVE: {@code status-active}, NO_TOKEN:
     * {@code status-no-token}), replacing the one a reused cell showed before; null shows none.
     */
    public static void chip(Node node, @Nullable Enum<?> status) {
        node.getStyleClass().removeIf(style -> style.startsWith(CHIP_PREFIX) && !style.equals(CHIP));
        if (status != null) {
            node.getStyleClass().add(CHIP_PREFIX + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private static void apply(Node node, @Nullable StatusKind kind) {
        node.getStyleClass().removeAll(ALL);
        switch (kind == null ? StatusKind.NONE : kind) {
            case SUCCESS -> node.getStyleClass().add("success");
            case ERROR -> node.getStyleClass().add("danger");
            case PROGRESS -> node.getStyleClass().add("text-muted");
            default -> { }
        }
    }
}
