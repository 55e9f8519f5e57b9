package com.edfapay.tokenmanager.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.ui.A11yAudit;
import com.edfapay.tokenmanager.ui.common.LiveStatus;
import com.edfapay.tokenmanager.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app by keyboard alone, in English and in Arabic (right-to-left): sign in as a persona, find a user,
 * copy, replace and disable their SDK token, generate an API token and confirm the show-once dialog, sign out.
 * No mouse event is sent. On every screen and dialog on the way, every open window's scene graph is audited
 * for controls assistive technology could not name ({@link A11yAudit}); outcomes are checked over the wire.
 */
class KeyboardWalkFxTest extends FxRobot {

    private AppUnderTest app;
    private Messages messages;
    private final List<String> audited = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void start(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        messages = Messages.forLocale(locale);
        app = AppUnderTest.start(locale, false);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void everyStepOfTheMainFlowsByKeyboardAlone(String language) throws Exception {
        start(language);
        EdfaPayClient merchant = app.clientAs("merchant");
        UserSummary terminal = merchant.searchUsers(UserQuery.all(PageRequest.first(100))
                        .withUserType(UserType.TERMINAL)).content().stream()
                .filter(user -> merchant.getSdkToken(user.id()).active())
                .findFirst().orElseThrow();
        String before = merchant.getSdkToken(terminal.id()).token();

        // Connect: Tab to the merchant persona, Space signs in.
        waitUntil(() -> lookup("#persona-merchant").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        audit("connect");
        tabTo(id("persona-merchant"), 20);
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#identityLabel").tryQuery().isPresent());
        waitUntil(() -> !sdkTable().getItems().isEmpty());
        audit("sdk tab");

        // Find the user: Ctrl+F, type, then Tab along the toolbar to the table, in reading order.
        push(KeyCode.CONTROL, KeyCode.F);
        assertThat(idOf(focusOwner())).isEqualTo("searchField");
        write(terminal.username());
        try {
            waitUntil(() -> sdkTable().getItems().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("search field has '" + lookup("#sdkTokens #searchField")
                    .queryAs(javafx.scene.control.TextField.class).getText() + "', focus on " + idOf(focusOwner())
                    + ", rows " + sdkTable().getItems().size(), e);
        }
        List<String> toolbar = tabTo(id("sdkTable"), 12);
        assertThat(toolbar).containsSubsequence("typeFilter", "statusFilter", "refreshButton", "sdkTable");
        // Home selects the first (here the only) row.
        type(KeyCode.HOME);
        waitUntil(() -> sdkTable().getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> lookup("#sdkTokens #copyButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        audit("sdk detail");

        // Copy: Ctrl+C in the table; the copy is announced to assistive technology.
        push(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> before.equals(clipboardText()));
        assertThat(liveStatus().announced()).isEqualTo(messages.get("secret.copied", 30));

        // Replace: Enter moves to the detail pane's actions; Tab to Replace; the confirmation's own button.
        type(KeyCode.ENTER);
        assertThat(idOf(focusOwner())).isEqualTo("copyButton");
        assertThat(tabTo(id("generateButton"), 4)).containsSubsequence("qrButton", "generateButton");
        type(KeyCode.SPACE);
        confirmDialogByKeyboard("replace confirmation");
        waitUntil(() -> !before.equals(merchant.getSdkToken(terminal.id()).token()));

        // Disable: Tab to the toggle, Space, confirm by keyboard.
        // The focus stays in the detail pane (the button is disabled while the replace runs).
        tabTo(id("toggleButton"), 3);
        type(KeyCode.SPACE);
        confirmDialogByKeyboard("disable confirmation");
        waitUntil(() -> !merchant.getSdkToken(terminal.id()).active());

        // API tokens: Ctrl+2 opens the second tab, Tab to Generate, a name, Enter.
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> lookup("#apiTable").tryQuery().map(KeyboardWalkFxTest::visible).orElse(false));
        audit("api tab");
        tabTo(inApiTab("generateButton"), 25);
        type(KeyCode.SPACE);
        waitUntil(() -> idOf(focusOwner()).equals("tokenNameField"));
        audit("generate dialog");
        // Key presses, not write(): TestFX types characters into the first focused window, and Monocle reports
        // the dialog's owner focused too.
        type(KeyCode.K, KeyCode.I, KeyCode.O, KeyCode.S, KeyCode.K);
        waitUntil(() -> lookup("#generateConfirm").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        // Enter in the name field confirms the form (the default button).
        assertThat(idOf(focusOwner())).isEqualTo("tokenNameField");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#showOnceCopy").tryQuery().map(Node::isVisible).orElse(false));
        audit("show-once dialog");

        // Show once: Tab to Copy, Space; Tab to the check box, Space; Tab to Done, Space.
        tabTo(id("showOnceCopy"), 6);
        type(KeyCode.SPACE);
        waitUntil(() -> clipboardText() != null && clipboardText().startsWith("edfa_"));
        String secret = clipboardText();
        tabTo(id("showOnceStored"), 4);
        type(KeyCode.SPACE);
        tabTo(id("showOnceDone"), 3);
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#showOnceCopy").tryQuery().isEmpty());
        ApiToken generated = merchant.listApiTokens(null).stream().filter(t -> t.name().equals("kiosk"))
                .findFirst().orElseThrow();
        assertThat(secret).endsWith(generated.last4());
        audit("api detail");

        // Sign out: Tab round to it, Space.
        tabTo(id("signOutButton"), 40);
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#persona-merchant").tryQuery().isPresent());
        audit("connect again");

        assertThat(audited).containsExactly("connect", "sdk tab", "sdk detail", "replace confirmation",
                "disable confirmation", "api tab", "generate dialog", "show-once dialog", "api detail", "connect again");
    }

    /**
     * The screens issue 9 added, by keyboard alone: Settings (open from the top bar, change the clipboard delay,
     * close with Esc; the next copy uses the new delay), the lock (Lock now, unlock with Enter on the local
     * sandbox), the Leak check tab (audited) and the Activity tab (Ctrl+4 lands in its search field, typing
     * filters, Tab reaches Export).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void settingsLockAndActivityByKeyboardAlone(String language) throws Exception {
        start(language);
        waitUntil(() -> lookup("#persona-merchant").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        tabTo(id("persona-merchant"), 20);
        type(KeyCode.SPACE);
        waitUntil(() -> !sdkTable().getItems().isEmpty());

        // Settings: Tab along the top bar to the gear, Space; Tab to the clipboard delay, Up; Esc closes.
        tabTo(id("settingsButton"), 40);
        type(KeyCode.SPACE);
        waitUntil(() -> focusOwner() != null && focusOwner().getScene().getWindow() != app.stage());
        audit("settings");
        tabTo(inside("settingsClipboard"), 12);
        javafx.scene.control.Spinner<?> delay = lookup("#settingsClipboard").queryAs(javafx.scene.control.Spinner.class);
        int before = (Integer) delay.getValue();
        type(KeyCode.UP);
        waitUntil(() -> !Integer.valueOf(before).equals(delay.getValue()));
        int after = (Integer) delay.getValue();
        assertThat(after).isGreaterThan(before);
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#settingsClipboard").tryQuery().isEmpty());
        // The next copy clears the clipboard after the new delay, and says so.
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        tabTo(id("sdkTable"), 12);
        type(KeyCode.HOME);
        waitUntil(() -> lookup("#sdkTokens #copyButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        push(KeyCode.CONTROL, KeyCode.C);
        waitUntil(() -> messages.get("secret.copied", after).equals(liveStatus().announced()));

        // Lock now from the top bar; the local sandbox unlocks without a key: Enter on the focused Unlock.
        tabTo(id("lockButton"), 40);
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#unlockButton").tryQuery().map(KeyboardWalkFxTest::visible).orElse(false));
        assertThat(idOf(focusOwner())).isEqualTo("unlockButton");
        audit("lock");
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#unlockButton").tryQuery().map(n -> !visible(n)).orElse(true));

        // Leak check: Ctrl+3 puts the focus in its first control.
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> lookup("#leakTable").tryQuery().map(KeyboardWalkFxTest::visible).orElse(false));
        audit("leak check");

        // Activity: Ctrl+4 puts the focus in its search field; typing filters; Tab reaches Export.
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> idOf(focusOwner()).equals("activitySearch"));
        audit("activity");
        TableView<?> activity = lookup("#activityTable").queryAs(TableView.class);
        waitUntil(() -> !activity.getItems().isEmpty());
        type(KeyCode.Q, KeyCode.Q, KeyCode.Q, KeyCode.Q);
        waitUntil(() -> activity.getItems().isEmpty());
        type(KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE, KeyCode.BACK_SPACE);
        waitUntil(() -> !activity.getItems().isEmpty());
        assertThat(tabTo(id("activityExport"), 8))
                .containsSubsequence("activityActionFilter", "activityOutcomeFilter", "activityExport");

        tabTo(id("signOutButton"), 40);
        type(KeyCode.SPACE);
        waitUntil(() -> lookup("#persona-merchant").tryQuery().isPresent());
        assertThat(audited).containsExactly("settings", "lock", "leak check", "activity");
    }

    @Test
    void mnemonicsReachTheMainActions() throws Exception {
        start("en");
        waitUntil(() -> lookup("#persona-merchant").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        tabTo(id("persona-merchant"), 20);
        type(KeyCode.SPACE);
        waitUntil(() -> !sdkTable().getItems().isEmpty());
        push(KeyCode.CONTROL, KeyCode.F);
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> lookup("#apiTable").tryQuery().map(KeyboardWalkFxTest::visible).orElse(false));

        push(KeyCode.ALT, KeyCode.G);
        waitUntil(() -> lookup("#tokenNameField").tryQuery().map(Node::isVisible).orElse(false));
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#tokenNameField").tryQuery().isEmpty());

        push(KeyCode.ALT, KeyCode.S);
        waitUntil(() -> lookup("#persona-merchant").tryQuery().isPresent());
    }

    /** Default and cancel buttons: Enter on a destructive question is Cancel; Tab to the action, Space does it. */
    private void confirmDialogByKeyboard(String step) throws Exception {
        try {
            waitUntil(() -> focusOwner() != null && focusOwner().getScene().getWindow() != app.stage());
        } catch (java.util.concurrent.TimeoutException e) {
            String windows = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().map(w -> w.getClass()
                    .getSimpleName() + " showing=" + w.isShowing() + " focused=" + w.isFocused() + " owner="
                    + (w.getScene() == null ? null : idOf(w.getScene().getFocusOwner()))).toList().toString()).get();
            throw new AssertionError(step + ": no dialog has the focus; windows " + windows, e);
        }
        audit(step);
        Button cancel = dialogButton(button -> button.isCancelButton());
        assertThat(cancel).as("a cancel button").isNotNull();
        assertThat(dialogButton(Button::isDefaultButton)).as("a default button").isNotNull();
        tabTo(node -> node instanceof Button button
                && ButtonBar.getButtonData(button) == ButtonBar.ButtonData.OK_DONE, 4);
        type(KeyCode.SPACE);
        waitUntil(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(javafx.stage.Stage.class::isInstance).count() == 1);
    }

    private Button dialogButton(Predicate<Button> which) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(".dialog-pane .button").queryAll().stream()
                .filter(Button.class::isInstance).map(Button.class::cast).filter(which).findFirst().orElse(null))
                .get(5, TimeUnit.SECONDS);
    }

    /** Presses Tab until the focus is on the target; returns the ids focused on the way (the traversal order). */
    private List<String> tabTo(Predicate<Node> target, int maxPresses) throws Exception {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < maxPresses; i++) {
            Node owner = focusOwner();
            if (owner != null && target.test(owner)) {
                return path;
            }
            type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node now = focusOwner();
            assertThat(now).as("Tab always lands somewhere").isNotNull();
            assertThat(visible(now)).as("focus on a visible control: " + idOf(now)).isTrue();
            path.add(idOf(now));
        }
        Node owner = focusOwner();
        if (owner != null && target.test(owner)) {
            return path;
        }
        throw new AssertionError("not reached by " + maxPresses + " Tabs; focus went " + path);
    }

    private Predicate<Node> id(String id) {
        return node -> id.equals(node.getId());
    }

    /** The node with this id or a part of it (a spinner's text field has the focus, not the spinner). */
    private Predicate<Node> inside(String id) {
        return node -> ancestorWithId(node, id);
    }

    private Predicate<Node> inApiTab(String id) {
        return node -> id.equals(node.getId()) && ancestorWithId(node, "apiTokens");
    }

    private static boolean ancestorWithId(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String idOf(Node node) {
        return node == null ? "<none>" : node.getId() != null ? node.getId() : node.getClass().getSimpleName();
    }

    private Node focusOwner() {
        try {
            // The newest focused window: Monocle reports a modal dialog and its owner both focused.
            return WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = Window.getWindows().stream().filter(Window::isShowing)
                        .filter(Window::isFocused).filter(javafx.stage.Stage.class::isInstance)
                        .filter(window -> window.getScene() != null).toList();
                return windows.isEmpty() ? null : windows.get(windows.size() - 1).getScene().getFocusOwner();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void audit(String step) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = WaitForAsyncUtils.asyncFx(A11yAudit::problems).get(5, TimeUnit.SECONDS);
        int seen = WaitForAsyncUtils.asyncFx(A11yAudit::controlsSeen).get(5, TimeUnit.SECONDS);
        assertThat(String.join("\n", problems)).as("accessibility of " + step).isEmpty();
        assertThat(seen).as("controls audited at " + step).isPositive();
        audited.add(step);
    }

    private LiveStatus liveStatus() {
        return lookup("#liveStatus").queryAs(LiveStatus.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> sdkTable() {
        return lookup("#sdkTokens #sdkTable").tryQuery().map(TableView.class::cast).orElseGet(TableView::new);
    }

    private String clipboardText() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
