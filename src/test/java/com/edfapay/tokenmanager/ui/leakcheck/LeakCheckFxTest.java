package com.edfapay.tokenmanager.ui.leakcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.api.ApiToken;
import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.GeneratedApiToken;
import com.edfapay.tokenmanager.api.NewApiToken;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.app.RealAppExtension;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.scan.Classification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Leak check tab of the real app: a planted active API token is found, disabled, and stops authenticating. */
@ExtendWith(RealAppExtension.class)
class LeakCheckFxTest extends FxRobot {

    private AppUnderTest app;

    @TempDir
    Path project;

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        RealAppExtension.waitOnFx(30, condition);
    }

    @SuppressWarnings("unchecked")
    private TableView<LeakFindingRow> table() {
        return lookup("#leakTable").queryAs(TableView.class);
    }

    @Test
    void findsAPlantedActiveApiTokenAndDisablesIt() throws Exception {
        EdfaPayClient merchant = app.clientAs("merchant");
        String unit = merchant.whoAmI().businessUnitId();
        GeneratedApiToken generated = merchant.generateApiToken(new NewApiToken(unit, "CI deploy key", null, null));
        String secret = generated.secret().reveal();
        generated.secret().wipe();
        Files.createDirectories(project.resolve("deploy"));
        Files.writeString(project.resolve("deploy/.env"), "# deploy settings\nREGION=riyadh\nEDFAPAY_KEY=" + secret + "\n");
        Files.writeString(project.resolve("README.md"), "decoy: edfa_" + "0123456789abcdefghijABCDEFGHIJ0123456789\n");
        try (EdfaPayClient leaked = new EdfaPayClient(ClientConfig.of(app.sandbox().baseUrl(), secret))) {
            assertThat(leaked.whoAmI().businessUnitId()).as("the planted token works before").isEqualTo(unit);
        }

        app.signInAs(this, "merchant");
        TabPane tabs = lookup(".main-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "leakTab".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TextField folder = lookup("#leakFolderField").queryAs(TextField.class);
        interact(() -> folder.setText(project.toString()));
        assertThat(lookup("#leakFolderField").queryAs(TextField.class).getText()).isEqualTo(project.toString());
        clickOn("#leakScanButton");
        waitUntil(() -> table().getItems().size() == 2
                && !lookup("#leakScanButton").queryAs(Button.class).isDisabled());

        LeakFindingRow exposed = table().getItems().get(0);
        assertThat(exposed.classificationProperty().get()).isEqualTo(Classification.YOURS_ACTIVE);
        assertThat(exposed.path()).isEqualTo("deploy/.env");
        assertThat(exposed.line()).isEqualTo(3);
        assertThat(exposed.ownerText()).isEqualTo("CI deploy key");
        assertThat(exposed.masked()).isEqualTo(secret.substring(0, 9) + "\u2026" + secret.substring(41));
        assertThat(table().getItems().get(1).classificationProperty().get()).isEqualTo(Classification.NOT_IN_SCOPE);
        assertThat(lookup("#leakDisableAllButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(visibleTexts()).noneMatch(text -> text.contains(secret.substring(9, 41)));

        interact(() -> table().getSelectionModel().select(exposed));
        clickOn("#leakDisableButton");
        waitUntil(() -> dialogButton("Disable now") != null);
        clickOn(dialogButton("Disable now"));
        waitUntil(() -> exposed.classificationProperty().get() == Classification.YOURS_INACTIVE);

        ApiToken onServer = merchant.listApiTokens(null).stream().filter(t -> t.name().equals("CI deploy key"))
                .findFirst().orElseThrow();
        assertThat(onServer.active()).isFalse();
        assertThat(onServer.disabledReason()).isEqualTo("exposed in deploy/.env");
        try (EdfaPayClient leaked = new EdfaPayClient(ClientConfig.of(app.sandbox().baseUrl(), secret))) {
            assertThatThrownBy(leaked::whoAmI).isInstanceOf(EdfaPayException.Unauthorized.class);
        }
        assertThat(exposed.actionTextProperty().get()).isEqualTo("Disabled");
        assertThat(lookup("#leakDisableAllButton").queryAs(Button.class).isDisabled())
                .as("nothing active is exposed any more").isTrue();

        waitUntil(() -> activity().stream().anyMatch(e -> e.action() == ActivityAction.DISABLE));
        ActivityEntry disabled = activity().stream().filter(e -> e.action() == ActivityAction.DISABLE).findFirst()
                .orElseThrow();
        assertThat(disabled.targetName()).isEqualTo("CI deploy key");
        assertThat(disabled.targetId()).isEqualTo(onServer.id());
        assertThat(disabled.outcome()).isEqualTo(ActivityOutcome.SUCCEEDED);
        assertThat(activity()).anyMatch(e -> e.action() == ActivityAction.SCAN);
        assertThat(app.filesContaining(secret)).as("no secret written by the app").isEmpty();
    }

    private List<ActivityEntry> activity() {
        return FileActivityLog.inDataFolder(app.home().resolve("data")).read();
    }

    private List<String> visibleTexts() {
        return lookup(".label").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(java.util.Objects::nonNull).toList();
    }

    /** A button of a dialog window (not the main window's button with the same text). */
    private Button dialogButton(String text) {
        return lookup(".button").match((Node node) -> node instanceof Button b && text.equals(b.getText())
                        && node.getScene() != app.stage().getScene())
                .tryQuery().map(Button.class::cast).orElse(null);
    }
}
