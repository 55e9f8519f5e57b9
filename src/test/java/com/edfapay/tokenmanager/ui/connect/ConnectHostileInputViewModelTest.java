package com.edfapay.tokenmanager.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ApiKeyPolicy;
import com.edfapay.tokenmanager.api.BaseUrlPolicy;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayException.Operation;
import com.edfapay.tokenmanager.api.EdfaPayException.Reason;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Connect-side defects of issue 10 (1, 8, 9): bad input and odd identities are named; nothing hangs. */
class ConnectHostileInputViewModelTest {

    private static final String KEY = "edfa_SECRETKEYVALUE1234567890abcdefghijXYZ9";

    @TempDir Path home;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final List<Session> sessions = new ArrayList<>();
    private FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
    private int opened;

    private ConnectViewModel viewModel(Locale locale) {
        ApiConnector connector = (url, key) -> {
            BaseUrlPolicy.problem(url).ifPresent(p -> {
                throw p;
            });
            ApiKeyPolicy.problem(key).ifPresent(p -> {
                throw p;
            });
            opened++;
            return api;
        };
        LocalSandbox sandbox = () -> new LocalSandbox.Info("http://127.0.0.1:4567", List.of());
        return new ConnectViewModel(tasks, Messages.forLocale(locale), new RecordingDialogs(),
                new ProfileStore(home.resolve("profiles.json")), new MemorySecretStore(), sandbox, connector,
                sessions::add);
    }

    private ConnectViewModel custom(String url, String key) {
        ConnectViewModel vm = viewModel(Locale.ENGLISH);
        vm.environmentProperty().set(Environment.CUSTOM);
        vm.baseUrlProperty().set(url);
        vm.apiKeyProperty().set(key);
        return vm;
    }

    // ---- defect 1

    @Test
    void defect1_meWithoutUserTypeSaysSoAndStaysOnConnect() {
        api = new FakeEdfaPayApi(new Identity("u1", null, "b1", "Olaya", null, false));
        ConnectViewModel vm = custom("https://payments.example.com", KEY);
        vm.connect();
        assertThat(sessions).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.statusProperty().get()).contains("did not say which kind of user owns this API key");
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }

    @Test
    void defect1_aRoleTheAppDoesNotKnowSaysSoAndStaysOnConnect() {
        api = new FakeEdfaPayApi(new Identity("u1", UserType.UNKNOWN, "b1", "Olaya", null, false));
        ConnectViewModel vm = custom("https://payments.example.com", KEY);
        vm.testConnection();
        assertThat(vm.statusProperty().get()).contains("a kind of user this app does not know");
        vm.connect();
        assertThat(sessions).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void defect1_theClientsRoleErrorsAreWordedToo() {
        api.failNext.put("whoAmI", () -> EdfaPayException.of(EdfaPayException.Details.of(Reason.ROLE_UNKNOWN,
                Operation.WHO_AM_I).withDetail("OVERLORD")));
        ConnectViewModel vm = custom("https://payments.example.com", KEY);
        vm.connect();
        assertThat(vm.statusProperty().get()).contains("\u201cOVERLORD\u201d");
        assertThat(sessions).isEmpty();
    }

    // ---- defect 8

    @ParameterizedTest
    @ValueSource(strings = {"https://app-api.edfapay.com/api/v1", "https://app-api.edfapay.com:443",
        "HTTPS://APP-API.EDFAPAY.COM", "https://app-api.edfapay.com.", "https://app-api.edfapay.com/",
        " https://App-Api.EdfaPay.com.:443/api/v1/ "})
    void defect8_productionWrittenAnotherWayKeepsTheWarning(String url) {
        ConnectViewModel vm = custom(url, KEY);
        assertThat(vm.productionProperty().get()).as(url).isTrue();
        vm.connect();
        assertThat(sessions).singleElement().satisfies(s ->
                assertThat(s.environment()).isEqualTo(Environment.PRODUCTION));
    }

    // ---- defect 9

    @Test
    void defect9_aKeyWithATrailingNoBreakSpaceIsNamedNotBlamedOnTheUrl() {
        ConnectViewModel vm = custom("https://payments.example.com", KEY + "\u00A0");
        assertThat(vm.inputProblemProperty().get()).contains("invisible character (U+00A0)")
                .doesNotContain("address").doesNotContain(KEY);
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.connect();
        assertThat(opened).isZero();
    }

    @Test
    void defect9_aKeyProblemFoundWhileOpeningIsAlsoWordedAsAKeyProblem() {
        ConnectViewModel vm = custom("https://payments.example.com", KEY);
        api.failNext.put("whoAmI", () -> EdfaPayException.invalid(Reason.KEY_SPACES, null));
        vm.connect();
        assertThat(vm.statusProperty().get()).startsWith("The API key contains spaces or line breaks");
    }

    @Test
    void defect9_aBadUrlSaysWhatIsWrongWithIt() {
        ConnectViewModel vm = custom("http://payments.example.com", KEY);
        assertThat(vm.inputProblemProperty().get())
                .isEqualTo("Plain http:// is only allowed for a server on this computer (localhost). "
                        + "Use https:// for payments.example.com.");
        vm.baseUrlProperty().set("https://payments.example.com");
        assertThat(vm.inputProblemProperty().get()).isEmpty();
    }

    @Test
    void defect9_anEmptyKeyIsNotAnErrorBeforeTheUserTypes() {
        ConnectViewModel vm = custom("https://payments.example.com", "");
        assertThat(vm.inputProblemProperty().get()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void defect9_problemsAreWordedInArabicToo() {
        ConnectViewModel vm = viewModel(Locale.forLanguageTag("ar"));
        vm.environmentProperty().set(Environment.CUSTOM);
        vm.baseUrlProperty().set("https://payments.example.com");
        vm.apiKeyProperty().set(KEY + "\u200B");
        assertThat(vm.inputProblemProperty().get()).contains("الحرف غير المرئي").contains("U+200B");
    }
}
