package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.app.RealAppExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The SDK Tokens tab in the real window against the real sandbox; outcomes are checked over the wire. */
@ExtendWith(RealAppExtension.class)
class SdkTokensFxTest extends FxRobot {

    private AppUnderTest app;

    private TableView<SdkTokenRow> table() {
        return lookup("#sdkTokens #sdkTable").queryTableView();
    }

    /** The condition is read on the JavaFX thread: the table's rows change there, and only there. */
    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        RealAppExtension.waitOnFx(20, condition);
    }

    /** Dialogs open in a nested event loop; wait for the button before clicking it. */
    private void clickWhenShown(String buttonText) throws Exception {
        waitUntil(() -> dialogButton(buttonText).tryQuery().isPresent());
        clickOn(dialogButton(buttonText).<javafx.scene.Node>query());
    }

    /** A button of a dialog window (the other tab has buttons with the same words). */
    private org.testfx.service.query.NodeQuery dialogButton(String text) {
        return lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text))
                .match(org.testfx.util.NodeQueryUtils.isVisible());
    }

    /** The first screenful is there with its token states (rows further down are read when they come on screen). */
    private boolean allLoaded() {
        return !table().getItems().isEmpty() && table().getItems().stream().limit(12)
                .noneMatch(row -> row.isPlaceholder() || row.statusProperty().get() == TokenStatus.LOADING);
    }

    @Test
    void merchantReplacesATerminalsTokenCopiesItAndDisablesIt() throws Exception {
        EdfaPayClient merchant = app.clientAs("merchant");
        UserSummary terminal = merchant.searchUsers(UserQuery.all(PageRequest.first(100))
                        .withUserType(UserType.TERMINAL)).content().stream()
                .filter(user -> merchant.getSdkToken(user.id()).active())
                .findFirst().orElseThrow();
        String before = merchant.getSdkToken(terminal.id()).token();

        app.signInAs(this, "merchant");
        waitUntil(this::allLoaded);
        clickOn("#sdkTokens #searchField").write(terminal.username());
        waitUntil(() -> table().getItems().size() == 1 && allLoaded()
                && table().getItems().get(0).userId().equals(terminal.id()));

        clickOn(table().getItems().get(0).displayName());
        clickOn("#sdkTokens #generateButton");
        clickWhenShown("Replace token");
        SdkTokenRow row = table().getItems().get(0);
        waitUntil(() -> !row.last4().isEmpty() && !before.endsWith(row.last4()));
        SdkToken replaced = merchant.getSdkToken(terminal.id());
        assertThat(replaced.token()).isNotEqualTo(before).endsWith(row.last4());

        Label masked = lookup("#sdkTokens #tokenSecret .secret-text").query();
        assertThat(masked.getText()).doesNotContain(replaced.token()).endsWith(replaced.last4());
        clickOn("#sdkTokens #copyButton");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(merchant.getSdkToken(terminal.id()).token());

        clickOn("#sdkTokens #toggleButton");
        clickWhenShown("Disable");
        waitUntil(() -> row.statusProperty().get() == TokenStatus.DISABLED);
        assertThat(merchant.getSdkToken(terminal.id()).active()).isFalse();
        assertThat(((Button) lookup("#sdkTokens #toggleButton").query()).getText()).isEqualTo("_Enable\u2026");
        assertThat(app.filesContaining(before, replaced.token(), app.persona("merchant").apiKey()))
                .as("no token or key written to the app's folders or logs").isEmpty();
    }

    @Test
    void aTerminalSeesOnlyItsOwnToken() throws Exception {
        var persona = app.persona("terminal");
        SdkToken own = app.clientAs("terminal").getSdkToken(persona.userId());

        app.signInAs(this, "terminal");
        waitUntil(() -> lookup("#sdkTokens #detailName").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && lookup("#sdkTokens #detailStatus").queryLabeled().getText().equals(own.active() ? "Active" : "Disabled"));

        assertThat(lookup("#sdkTokens #sdkTable").tryQuery()).as("no table of other users").isEmpty();
        assertThat(lookup("#sdkTokens #toolbar").query().isVisible()).as("no search or bulk toolbar").isFalse();
        if (own.hasToken()) {
            Label masked = lookup("#sdkTokens #tokenSecret .secret-text").query();
            assertThat(masked.getText()).endsWith(own.last4()).doesNotContain(own.token());
        }
    }

    @Test
    void aPartnerSwitchesMerchantAndSeesOnlyThatMerchantsUsers() throws Exception {
        EdfaPayClient partner = app.clientAs("partner");
        List<MerchantSummary> merchants = partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))).content();
        MerchantSummary target = merchants.stream().filter(m -> m.name().startsWith("Jeddah")).findFirst()
                .orElse(merchants.get(1));
        Set<String> expected = partner.searchUsers(UserQuery.all(PageRequest.first(500))
                .withBusinessUnitId(target.id())).content().stream().map(UserSummary::id)
                .collect(Collectors.toSet());

        app.signInAs(this, "partner");
        waitUntil(this::allLoaded);
        int everyone = table().getItems().size();
        assertThat(everyone).isGreaterThan(expected.size());

        clickOn("#merchantPicker");
        clickOn("#merchantSearch").write(target.name().substring(0, 6));
        // Wait for the server-side search to narrow the list, so the click does not race a refresh.
        waitUntil(() -> lookup("#merchantList").<javafx.scene.control.ListView<?>>query().getItems().size() == 2);
        clickOn(lookup(".list-cell").match(LabeledMatchers.hasText(target.name())).<javafx.scene.Node>query());

        try {
            waitUntil(() -> allLoaded() && table().getItems().stream().map(SdkTokenRow::userId)
                    .collect(Collectors.toSet()).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            String shown = WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
                    .map(row -> row.isPlaceholder() ? "placeholder" : row.userId() + "=" + row.statusProperty().get())
                    .collect(Collectors.joining(", "))).get();
            throw new AssertionError("table shows " + table().getItems().size() + " rows (" + shown
                    + "), picker says " + ((Button) lookup("#merchantPicker").query()).getText() + ", expected "
                    + expected, e);
        }
        assertThat(((Button) lookup("#merchantPicker").query()).getText()).isEqualTo(target.name());
    }
}
