package com.edfapay.tokenmanager.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.app.RealAppExtension;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Each sandbox persona signs in with one click and lands in a shell that shows its role, scope and tabs. */
@ExtendWith(RealAppExtension.class)
class SignInFxTest extends FxRobot {

    private AppUnderTest app;

    @ParameterizedTest
    @CsvSource({
            "partner, Partner \u00b7 Edfa Demo Partner, sdkTab apiTab leakTab activityTab",
            "merchant, Merchant \u00b7 Riyadh Coffee Roasters, sdkTab apiTab leakTab activityTab",
            "branch, Branch \u00b7 Olaya Branch, sdkTab leakTab activityTab",
            "user, User \u00b7 Riyadh Coffee Roasters, sdkTab leakTab activityTab",
            "terminal, Terminal \u00b7 Riyadh Coffee Roasters, sdkTab leakTab activityTab"})
    void personaSeesItsRoleAndOnlyItsTabs(String persona, String identity, String tabs) throws Exception {
        app.signInAs(this, persona);

        Label identityLabel = lookup("#identityLabel").query();
        assertThat(identityLabel.getText()).isEqualTo(identity);
        Label badge = lookup(".environment-badge").query();
        assertThat(badge.getText()).isEqualTo("LOCAL SANDBOX");
        TabPane tabPane = lookup(".main-tabs").query();
        assertThat(tabPane.getTabs()).extracting(tab -> tab.getId()).containsExactly(tabs.split(" "));
        assertThat(lookup("#merchantPicker").tryQuery().isPresent()).isEqualTo(persona.equals("partner"));

        clickOn("#signOutButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#persona-merchant").tryQuery().isPresent());
    }
}
