package com.edfapay.tokenmanager.ui.shell;

import com.edfapay.tokenmanager.ui.common.CssNames;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the signed-in frame; the composition root puts each tab's view in. */
public final class ShellView {

    private final ShellViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private Label environmentBadge;
    @FXML private Label profileLabel;
    @FXML private HBox scopeSlot;
    @FXML private Label identityLabel;
    @FXML private Button signOutButton;
    @FXML private TabPane tabs;
    @FXML private Label connectionLabel;
    @FXML private HBox statusSlot;

    public ShellView(ShellViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        environmentBadge.setText(viewModel.badgeText());
        environmentBadge.getStyleClass().add(CssNames.of("environment", viewModel.environmentKind()));
        environmentBadge.setTooltip(new Tooltip(viewModel.badgeTooltip()));
        environmentBadge.setAccessibleText(viewModel.badgeTooltip());
        profileLabel.setText(viewModel.profileText());
        String unit = viewModel.businessUnitText();
        identityLabel.setText(unit.isEmpty() ? viewModel.roleText() : viewModel.roleText() + " \u00b7 " + unit);
        identityLabel.setId("identityLabel");
        connectionLabel.setText(viewModel.connectionText());
        bindTabShortcuts();
        // Signed in: the keyboard starts in the first tab's first control (its search field), once the tab pane's
        // skin has put the tabs' content into the scene.
        tabs.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && old == null) {
                focusSelectedTab();
            }
        });
    }

    private void focusSelectedTab() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        @Nullable Node first = selected == null || selected.getContent() == null ? null : firstControl(selected.getContent());
        if (first != null) {
            first.requestFocus();
        } else {
            tabs.requestFocus();
        }
    }

    private static @Nullable Node firstControl(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstControl(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Ctrl+1, Ctrl+2 (Cmd on macOS) open the first, second tab from anywhere, and put the focus in it: Ctrl+Tab,
     * the TabPane's own key, does not reach it while a text field has the focus.
     */
    private void bindTabShortcuts() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
                return;
            }
            int index = event.getCode().isDigitKey() ? event.getCode().getCode() - KeyCode.DIGIT1.getCode() : -1;
            if (index >= 0 && index < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(index);
                focusSelectedTab();
                event.consume();
            }
        });
    }

    public void addTab(String id, String title, String iconLiteral, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setGraphic(new FontIcon(iconLiteral));
        tabs.getTabs().add(tab);
    }

    /** Where a tab puts controls that belong in the top bar (the partner's merchant picker). */
    public HBox scopeSlot() {
        return scopeSlot;
    }

    /** Where tabs report background progress. */
    public HBox statusSlot() {
        return statusSlot;
    }

    @FXML
    private void signOut() {
        viewModel.signOut();
    }

    @FXML
    private void lockNow() {
        viewModel.lockNow();
    }

    @FXML
    private void openSettings() {
        viewModel.openSettings();
    }

    @FXML
    private void openAbout() {
        viewModel.openAbout();
    }
}
