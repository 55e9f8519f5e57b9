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
import javafx.scene.layout.HBox;
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
