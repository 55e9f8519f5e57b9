package com.edfapay.tokenmanager.ui.common;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns a status into styles: a status line's kind (the theme's semantic classes) and a status
 * chip's value, shown as the pseudo-class {@code :status-<value>} of a {@code .status-chip} (styled by app.css).
 */
public final class StatusStyles {

    private static final String[] ALL = {"success", "danger", "text-muted"};
    /** The chip's own shape class. */
    public static final String CHIP = "status-chip";
    private static final Object SHOWN = new Object();

    private StatusStyles() {
    }

    public static void follow(Node node, ObservableValue<StatusKind> kind) {
        apply(node, kind.getValue());
        kind.addListener((obs, old, now) -> apply(node, now));
    }

    /**
     * Shows {@code status} as the pseudo-class {@code :status-<name>} (ACTIVE: {@code :status-active}, NO_TOKEN:
     * {@code :status-no-token}), replacing the one a reused cell showed before; null shows none. A pseudo-class, not a
     * style class: a changed style class makes JavaFX match the node and its text against every selector again, a
     * pseudo-class only re-reads the styles already matched, and a table's chips change with every token answer.
     */
    public static void chip(Node node, @Nullable Enum<?> status) {
        chipLook(node, status == null ? null : status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Shows the chip look {@code look} ({@code active}, {@code disabled}, {@code no-token}, ...; null for none). */
    public static void chipLook(Node node, @Nullable String look) {
        PseudoClass now = look == null ? null : PseudoClass.getPseudoClass("status-" + look);
        Object before = node.getProperties().get(SHOWN);
        if (before == now) {
            return;
        }
        if (before instanceof PseudoClass shown) {
            node.pseudoClassStateChanged(shown, false);
        }
        if (now == null) {
            node.getProperties().remove(SHOWN);
        } else {
            node.getProperties().put(SHOWN, now);
            node.pseudoClassStateChanged(now, true);
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
