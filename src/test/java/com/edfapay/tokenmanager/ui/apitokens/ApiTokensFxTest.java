package com.edfapay.tokenmanager.ui.apitokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.app.RealAppExtension;
import com.edfapay.tokenmanager.ui.common.MaskedSecretField;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The API Tokens tab of the real app against the real sandbox; outcomes are checked over the wire. */
@ExtendWith(RealAppExtension.class)
class ApiTokensFxTest extends FxRobot {

    private AppUnderTest app;

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        RealAppExtension.waitOnFx(20, condition);
    }

    private boolean present(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private TableView<ApiTokenRow> table() {
        return lookup("#apiTable").queryAs(TableView.class);
    }

    private ApiTokenRow rowNamed(String name) {
        return table().getItems().stream().filter(r -> r.nameProperty().get().equals(name)).findFirst().orElse(null);
    }

    private void openApiTab() throws Exception {
        TabPane tabs = lookup(".main-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "apiTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> !table().getItems().isEmpty());
    }

    private void select(ApiTokenRow row) throws Exception {
        interact(() -> {
            table().getSelectionModel().select(row);
            table().scrollTo(row);
        });
        waitUntil(() -> table().getSelectionModel().getSelectedItem() == row);
    }

    private String clipboardText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
    }

    private ApiToken serverToken(String name) {
        return app.clientAs("merchant").listApiTokens(null).stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }

    private void giveReason(String reason) throws Exception {
        waitUntil(() -> present("#reasonField"));
        clickOn("#reasonField").write(reason);
        clickOn("#reasonConfirm");
        waitUntil(() -> !present("#reasonField"));
    }

    @Test
    void generatedTokenIsShownOnceCopiedAuthenticatesAndStopsWorkingWhenDisabled() throws Exception {
        app.signInAs(this, "merchant");
        openApiTab();

        clickOn("#generateButton");
        waitUntil(() -> present("#tokenNameField"));
        clickOn("#tokenNameField").write("Checkout server");
        clickOn("#generateConfirm");
        waitUntil(() -> present("#showOnceCopy"));

        MaskedSecretField secretField = lookup("#showOnceSecret").queryAs(MaskedSecretField.class);
        String masked = secretField.textLabel().getText();
        Button done = lookup("#showOnceDone").queryAs(Button.class);
        assertThat(done.isDisabled()).as("Done waits for the 'I have stored it' check").isTrue();

        clickOn("#showOnceCopy");
        String copied = clipboardText();
        assertThat(copied).startsWith("edfa_").hasSize(45);
        assertThat(masked).doesNotContain(copied.substring(5, 41)).endsWith(copied.substring(41));

        clickOn("#showOnceStored");
        clickOn("#showOnceDone");
        waitUntil(() -> !present("#showOnceCopy"));

        // The copied secret is a working API key of this merchant.
        try (EdfaPayClient client = new EdfaPayClient(ClientConfig.of(app.sandbox().baseUrl(), copied))) {
            Identity identity = client.whoAmI();
            assertThat(identity.userType()).isEqualTo(UserType.MERCHANT);
            assertThat(identity.businessUnitName()).isEqualTo("Riyadh Coffee Roasters");
        }
        ApiTokenRow row = rowNamed("Checkout server");
        assertThat(row).isNotNull();
        assertThat(table().getSelectionModel().getSelectedItem()).isSameAs(row);
        assertThat(row.keyProperty().get()).isEqualTo(copied.substring(0, 9) + "\u2026" + copied.substring(41));

        clickOn("#disableButton");
        giveReason("Server decommissioned");
        waitUntil(() -> row.statusProperty().get() == ApiTokenRow.Status.DISABLED);

        ApiToken onServer = serverToken("Checkout server");
        assertThat(onServer.active()).isFalse();
        assertThat(onServer.disabledReason()).isEqualTo("Server decommissioned");
        try (EdfaPayClient client = new EdfaPayClient(ClientConfig.of(app.sandbox().baseUrl(), copied))) {
            assertThatThrownBy(client::whoAmI).isInstanceOf(EdfaPayException.Unauthorized.class);
        }
    }

    @Test
    void rotateKeepsTheOldTokenActiveUntilItsOneClickDisable() throws Exception {
        EdfaPayClient merchant = app.clientAs("merchant");
        String unit = merchant.whoAmI().businessUnitId();
        merchant.generateApiToken(new NewApiToken(unit, "Checkout server", null, null)).secret().wipe();
        app.signInAs(this, "merchant");
        openApiTab();
        waitUntil(() -> rowNamed("Checkout server") != null);
        ApiTokenRow old = rowNamed("Checkout server");
        select(old);

        clickOn("#rotateButton");
        waitUntil(() -> present("#tokenNameField"));
        String expectedName = "Checkout server (rotated " + LocalDate.now() + ")";
        assertThat(lookup("#tokenNameField").queryAs(TextField.class).getText()).isEqualTo(expectedName);
        clickOn("#generateConfirm");
        waitUntil(() -> present("#showOnceCopy"));

        // Closing without the confirmation (the window's close button) asks again; declining keeps it open.
        javafx.stage.Window onceWindow = lookup("#showOnceCopy").query().getScene().getWindow();
        // Not interact(): the question is a nested modal loop, so the close request returns only once it is answered.
        WaitForAsyncUtils.asyncFx(() -> onceWindow.fireEvent(
                new javafx.stage.WindowEvent(onceWindow, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> lookup(".button").match(node -> node instanceof Button b
                && "Close anyway".equals(b.getText())).tryQuery().isPresent());
        // The Cancel of that very question (other windows may have a Cancel button too).
        Button closeAnywayButton = lookup(".button").match(node -> node instanceof Button b
                && "Close anyway".equals(b.getText())).queryAs(Button.class);
        clickOn(from(closeAnywayButton.getScene().getRoot()).lookup(".button")
                .match(node -> node instanceof Button b && "Cancel".equals(b.getText())).queryAs(Button.class));
        waitUntil(() -> lookup(".button").match(node -> node instanceof Button b
                && "Close anyway".equals(b.getText())).tryQuery().isEmpty());
        assertThat(present("#showOnceCopy")).isTrue();
        // Esc asks the same question; this time the user closes anyway.
        interact(onceWindow::requestFocus);
        clickOn("#showOnceSecret");
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup(".button").match(node -> node instanceof Button b
                && "Close anyway".equals(b.getText())).tryQuery().isPresent());
        clickOn(lookup(".button").match(node -> node instanceof Button b && "Close anyway".equals(b.getText()))
                .queryAs(Button.class));
        waitUntil(() -> !present("#showOnceCopy"));

        List<ApiToken> onServer = merchant.listApiTokens(null);
        ApiToken replacement = onServer.stream().filter(t -> t.name().equals(expectedName)).findFirst().orElseThrow();
        ApiToken original = onServer.stream().filter(t -> t.name().equals("Checkout server")).findFirst().orElseThrow();
        assertThat(replacement.active()).isTrue();
        assertThat(original.active()).as("the old token keeps working until it is retired").isTrue();
        assertThat(original.replacedById()).isEqualTo(replacement.id());
        assertThat(old.flagsProperty().get()).contains(ApiTokenFlags.Flag.REPLACED);

        select(old);
        waitUntil(() -> present("#disableReplacedButton"));
        clickOn("#disableReplacedButton");
        giveReason("Replaced by the rotated token");
        waitUntil(() -> !old.activeProperty().get());
        assertThat(serverToken("Checkout server").active()).isFalse();
        assertThat(serverToken(expectedName).active()).isTrue();
    }
}
