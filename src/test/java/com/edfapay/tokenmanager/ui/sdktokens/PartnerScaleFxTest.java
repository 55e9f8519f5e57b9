package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A partner with more than 10,000 users: the table lists them all, the keyboard takes the user to the last one,
 * which is read when it comes on screen, and an action on it reaches the server.
 */
class PartnerScaleFxTest extends FxRobot {

    private AppUnderTest app;

    @BeforeEach
    void start() throws Exception {
        app = AppUnderTest.start(SandboxOptions.inMemory().withMerchants(200).withUsersPerMerchant(50));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private TableView<SdkTokenRow> table() {
        return lookup("#sdkTokens #sdkTable").queryTableView();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean read(SdkTokenRow row) {
        return !row.isPlaceholder() && row.statusProperty().get() != TokenStatus.LOADING;
    }

    @Test
    void scrollsToTheLastOfTenThousandUsersWithTheKeyboardAndActsOnIt() throws Exception {
        EdfaPayClient partner = app.clientAs("partner");
        app.signInAs(this, "partner");
        waitUntil(() -> table().getItems().size() >= 10_000 && read(table().getItems().get(0)));
        int size = table().getItems().size();
        assertThat(table().getItems().get(size / 2).isPlaceholder()).as("the middle is never loaded").isTrue();

        clickOn(table().getItems().get(0).displayName());
        type(KeyCode.END);
        // End selects the last entry while its page is still on its way (a placeholder); when the page arrives the
        // selection must move to the real row at that index, not stay on (or jump to another) placeholder.
        waitUntil(() -> read(table().getItems().get(size - 1)));
        SdkTokenRow last = table().getItems().get(size - 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getSelectionModel().getSelectedItem() == last);
        assertThat(table().getSelectionModel().getSelectedIndex()).as("selected index after End").isEqualTo(size - 1);
        assertThat(table().getSelectionModel().getSelectedItems()).as("selected rows after End").containsExactly(last);
        assertThat(table().getFocusModel().getFocusedIndex()).as("focused index after End").isEqualTo(size - 1);
        assertThat(lookup("#sdkTokens #detailName").queryLabeled().getText()).isEqualTo(last.displayName());

        SdkToken before = partner.getSdkToken(last.userId());
        clickOn("#sdkTokens #generateButton");
        String confirm = before.hasToken() ? "Replace token" : "Generate";
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogButton(confirm).tryQuery().isPresent());
        clickOn(dialogButton(confirm).<javafx.scene.Node>query());

        waitUntil(() -> !last.busyProperty().get() && last.statusProperty().get() == TokenStatus.ACTIVE);
        SdkToken after = partner.getSdkToken(last.userId());
        assertThat(after.token()).isNotEqualTo(before.token()).endsWith(last.last4());
        assertThat(after.active()).isTrue();
    }

    private org.testfx.service.query.NodeQuery dialogButton(String text) {
        return lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text))
                .match(org.testfx.util.NodeQueryUtils.isVisible());
    }
}
