package com.edfapay.tokenmanager.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    private final List<String> calls = new ArrayList<>();

    private ShellViewModel shell(Environment environment, @Nullable UserType type, @Nullable String unitName) {
        FakeEdfaPayApi api = new FakeEdfaPayApi(new Identity("u-1", type == null ? UserType.UNKNOWN : type, "b-1",
                unitName, null, false));
        Identity identity = new Identity("u-1", type, "b-1", unitName, null, false);
        Session session = new Session("Riyadh stores", environment, "https://api.example.test", api, identity,
                new Session.KeyFingerprint("edfa_", "abcd"));
        return new ShellViewModel(session, EN, new SameThreadTaskRunner(), () -> calls.add("sign out"),
                new ShellViewModel.WindowActions(() -> calls.add("lock"), () -> calls.add("settings"),
                        () -> calls.add("about")));
    }

    @Test
    void theTopBarSaysWhoAndWhere() {
        ShellViewModel shell = shell(Environment.PRODUCTION, UserType.MERCHANT, "Riyadh Coffee Roasters");
        assertThat(shell.profileText()).isEqualTo("Riyadh stores");
        assertThat(shell.roleText()).isEqualTo("Merchant");
        assertThat(shell.businessUnitText()).isEqualTo("Riyadh Coffee Roasters");
        assertThat(shell.connectionText()).isEqualTo("Connected to https://api.example.test");
        assertThat(shell.environmentKind()).isEqualTo(Environment.Kind.PRODUCTION);
        assertThat(shell.badgeText()).isEqualTo("PRODUCTION");
        assertThat(shell.badgeTooltip()).isEqualTo("Environment: EdfaPay production");
    }

    @ParameterizedTest
    @CsvSource({"PRODUCTION, PRODUCTION", "REVAMP_SANDBOX, SANDBOX", "DEMO_SANDBOX, SANDBOX",
        "LOCAL_SANDBOX, LOCAL SANDBOX", "CUSTOM, CUSTOM SERVER"})
    void everyEnvironmentHasItsOwnBadge(Environment environment, String badge) {
        assertThat(shell(environment, UserType.MERCHANT, null).badgeText()).isEqualTo(badge);
    }

    @Test
    void aKeyWithoutABusinessUnitOrRoleStillReads() {
        ShellViewModel shell = shell(Environment.CUSTOM, null, null);
        assertThat(shell.businessUnitText()).isEmpty();
        assertThat(shell.roleText()).isEqualTo("Unknown");
        assertThat(shell.showsApiTokens()).isFalse();
        assertThat(shell.showsSdkTokens()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(UserType.class)
    void tabsFollowTheRole(UserType type) {
        ShellViewModel shell = shell(Environment.CUSTOM, type, null);
        boolean admin = type == UserType.PARTNER || type == UserType.MERCHANT || type == UserType.SUPER_ADMIN;
        assertThat(shell.showsApiTokens()).as("API tokens for %s", type).isEqualTo(admin);
        assertThat(shell.showsSdkTokens()).as("SDK tokens for %s", type).isEqualTo(type != UserType.UNKNOWN);
    }

    @Test
    void eachTopBarActionDoesItsOwnThing() {
        ShellViewModel shell = shell(Environment.LOCAL_SANDBOX, UserType.PARTNER, "Edfa Demo Partner");
        shell.lockNow();
        shell.openSettings();
        shell.openAbout();
        shell.signOut();
        assertThat(calls).containsExactly("lock", "settings", "about", "sign out");
    }

    @Test
    void inArabicTheBarIsArabic() {
        FakeEdfaPayApi api = FakeEdfaPayApi.partner();
        Session session = new Session("p", Environment.PRODUCTION, "https://app-api.edfapay.com", api, api.identity,
                new Session.KeyFingerprint("edfa_", "abcd"));
        ShellViewModel shell = new ShellViewModel(session, Messages.forLocale(Locale.forLanguageTag("ar")),
                new SameThreadTaskRunner(), () -> { });
        assertThat(shell.roleText()).containsPattern("[\\u0600-\\u06FF]");
        assertThat(shell.badgeText()).containsPattern("[\\u0600-\\u06FF]");
        assertThat(shell.connectionText()).contains("https://app-api.edfapay.com").containsPattern("[\\u0600-\\u06FF]");
    }
}
