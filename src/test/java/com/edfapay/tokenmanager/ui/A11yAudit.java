package com.edfapay.tokenmanager.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * Walks the scene graph of every open window and lists what assistive technology could not name: icon-only
 * buttons without accessible text, text fields and combo boxes with no accessible text, prompt or label, tabs
 * without text, and accessible names that still carry a mnemonic marker.
 */
public final class A11yAudit {

    private A11yAudit() {
    }

    /** Call on the JavaFX thread. */
    public static List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.isShowing() && window.getScene() != null) {
                Parent root = window.getScene().getRoot();
                Set<Node> labelled = all(root).stream().filter(Label.class::isInstance).map(Label.class::cast)
                        .map(Label::getLabelFor).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                for (Node node : all(root)) {
                    check(node, labelled, problems);
                }
            }
        }
        return problems;
    }

    /** How many controls the audit looked at, so a test can tell it did not pass on an empty window. */
    public static int controlsSeen() {
        int seen = 0;
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.isShowing() && window.getScene() != null) {
                seen += (int) all(window.getScene().getRoot()).stream().filter(A11yAudit::shown)
                        .filter(node -> node instanceof ButtonBase || node instanceof TextInputControl
                                || node instanceof ComboBoxBase).count();
            }
        }
        return seen;
    }

    private static void check(Node node, Set<Node> labelled, List<String> problems) {
        if (!shown(node)) {
            return;
        }
        String name = accessibleName(node);
        if (node instanceof ButtonBase button) {
            boolean iconOnly = blank(button.getText()) || button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY;
            if (iconOnly && blank(button.getAccessibleText())) {
                problems.add("icon-only button without accessible text: " + describe(node));
            }
        }
        if (node instanceof TextInputControl field && !(node.getParent() instanceof ComboBoxBase<?>)) {
            if (blank(field.getAccessibleText()) && blank(field.getPromptText()) && !labelled.contains(node)) {
                problems.add("text field without a name: " + describe(node));
            }
        }
        if (node instanceof ComboBoxBase<?> combo) {
            if (blank(combo.getAccessibleText()) && blank(combo.getPromptText()) && !labelled.contains(node)) {
                problems.add("combo box without a name: " + describe(node));
            }
        }
        if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().filter(tab -> blank(tab.getText()))
                    .forEach(tab -> problems.add("tab without text: " + tab.getId()));
        }
        if ((node instanceof Labeled || node instanceof TextInputControl) && name.contains("_")
                && node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
            problems.add("accessible name keeps its mnemonic marker: '" + name + "' " + describe(node));
        }
    }

    private static String accessibleName(Node node) {
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text == null ? "" : text.toString();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> all(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> nodes) {
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, nodes);
            }
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + "#" + node.getId() + " " + node.getStyleClass();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
