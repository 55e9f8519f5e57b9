package com.edfapay.tokenmanager.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.MemorySecretStore;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.ui.ClosingApi;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {

    private static final String KEY = "edfa_SECRETKEYVALUE1234567890abcdefghijXYZ9";

    @TempDir Path home;

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final MemorySecretStore secrets = new MemorySecretStore();
    private final List<Session> sessions = new ArrayList<>();
    private final List<String> openedUrls = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FakeEdfaPayApi api;
    private ProfileStore profileStore;
    private LocalSandbox sandbox;

    @BeforeEach
    void setUp() {
        api = FakeEdfaPayApi.merchant();
        profileStore = new ProfileStore(home.resolve("profiles.json"));
        sandbox = () -> new LocalSandbox.Info("http://127.0.0.1:4567", List.of(
                new LocalSandbox.Persona("partner", "PARTNER", "partner-key-0000", "Edfa Demo Partner"),
                new LocalSandbox.Persona("merchant", "MERCHANT", "merchant-key-1111", "Riyadh Coffee Roasters")));
    }

    private ConnectViewModel viewModel() {
        ApiConnector connector = (url, key) -> {
            openedUrls.add(url + "|" + key);
            return api;
        };
        return new ConnectViewModel(tasks, messages, dialogs, profileStore, secrets, sandbox, connector, sessions::add);
    }

    @Test
    void startOffersTheSandboxPersonasWithTheirScope() {
        ConnectViewModel vm = viewModel();
        vm.start();

        assertThat(vm.sandboxStateProperty().get()).isEqualTo(ConnectViewModel.SandboxState.READY);
        assertThat(vm.sandboxStatusProperty().get()).contains("http://127.0.0.1:4567");
        assertThat(vm.personas()).extracting(ConnectViewModel.PersonaChoice::title)
                .containsExactly("Partner admin", "Merchant admin");
        assertThat(vm.personas().get(1).detail()).startsWith("Riyadh Coffee Roasters");
    }

    @Test
    void untilStartedThePersonasShowAsStartingAndCannotSignIn() {
        ConnectViewModel vm = viewModel();

        assertThat(vm.sandboxStateProperty().get()).isEqualTo(ConnectViewModel.SandboxState.STARTING);
        assertThat(vm.sandboxStatusProperty().get()).isEqualTo("Starting the local sandbox\u2026");
        assertThat(vm.personas()).extracting(ConnectViewModel.PersonaChoice::title)
                .containsExactly("Partner admin", "Merchant admin", "Branch manager", "User", "Terminal");
        assertThat(vm.personas()).allSatisfy(choice -> {
            assertThat(choice.ready()).isFalse();
            assertThat(choice.detail()).isEqualTo("Starting\u2026");
        });
        vm.connectAs(vm.personas().get(1));
        assertThat(openedUrls).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();

        vm.start();
        assertThat(vm.personas()).allMatch(ConnectViewModel.PersonaChoice::ready);
    }

    @Test
    void theRememberBoxWaitsForTheKeychainsAnswer() {
        ConnectViewModel vm = viewModel();
        assertThat(vm.keychainAvailableProperty().get()).isFalse();
        assertThat(vm.keychainMissingProperty().get()).isFalse();

        vm.start();
        // MemorySecretStore: no OS keychain, keys in memory only.
        assertThat(vm.keychainAvailableProperty().get()).isFalse();
        assertThat(vm.keychainMissingProperty().get()).isTrue();
    }

    @Test
    void aKeychainThatKeepsKeysEnablesTheRememberBox() {
        ConnectViewModel vm = new ConnectViewModel(tasks, messages, dialogs, profileStore, new PersistentSecrets(),
                sandbox, (url, key) -> api, sessions::add);
        vm.start();
        assertThat(vm.keychainAvailableProperty().get()).isTrue();
        assertThat(vm.keychainMissingProperty().get()).isFalse();
    }

    @Test
    void aSandboxThatCannotStartRemovesTheStartingPersonas() {
        sandbox = () -> {
            throw new java.io.IOException("port in use");
        };
        ConnectViewModel vm = viewModel();
        vm.start();
        assertThat(vm.personas()).isEmpty();
    }

    /** A keychain that keeps keys across runs, as far as the view-model can tell. */
    private static final class PersistentSecrets implements com.edfapay.tokenmanager.desktop.SecretStore {
        private final MemorySecretStore memory = new MemorySecretStore();

        @Override public boolean isPersistent() { return true; }
        @Override public java.util.Optional<String> read(String profileId) { return memory.read(profileId); }
        @Override public void write(String profileId, String secret) { memory.write(profileId, secret); }
        @Override public void delete(String profileId) { memory.delete(profileId); }
    }

    @Test
    void aSandboxThatCannotStartSaysWhyAndLeavesTheRemoteFormUsable() {
        sandbox = () -> {
            throw new java.io.IOException("port in use");
        };
        ConnectViewModel vm = viewModel();
        vm.start();

        assertThat(vm.sandboxStateProperty().get()).isEqualTo(ConnectViewModel.SandboxState.FAILED);
        assertThat(vm.sandboxStatusProperty().get()).contains("port in use");
        vm.apiKeyProperty().set(KEY);
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }

    @Test
    void oneClickOnAPersonaSignsInToTheLocalSandbox() {
        ConnectViewModel vm = viewModel();
        vm.start();
        vm.connectAs(vm.personas().get(1));

        assertThat(openedUrls).containsExactly("http://127.0.0.1:4567|merchant-key-1111");
        assertThat(sessions).hasSize(1);
        Session session = sessions.get(0);
        assertThat(session.environment()).isEqualTo(Environment.LOCAL_SANDBOX);
        assertThat(session.identity().userType()).isEqualTo(UserType.MERCHANT);
        assertThat(session.key().last4()).isEqualTo("1111");
    }

    @Test
    void choosingAPresetFillsItsUrlAndOnlyCustomIsEditable() {
        ConnectViewModel vm = viewModel();
        vm.environmentProperty().set(Environment.DEMO_SANDBOX);
        assertThat(vm.baseUrlProperty().get()).isEqualTo("https://demo-api.edfapay.com");
        assertThat(vm.baseUrlEditableProperty().get()).isFalse();
        assertThat(vm.productionProperty().get()).isFalse();

        vm.environmentProperty().set(Environment.PRODUCTION);
        assertThat(vm.productionProperty().get()).isTrue();

        vm.environmentProperty().set(Environment.CUSTOM);
        assertThat(vm.baseUrlEditableProperty().get()).isTrue();
    }

    @Test
    void plainHttpToARemoteHostCannotBeSubmitted() {
        ConnectViewModel vm = viewModel();
        vm.environmentProperty().set(Environment.CUSTOM);
        vm.baseUrlProperty().set("http://payments.example.com");
        vm.apiKeyProperty().set(KEY);
        assertThat(vm.canSubmitProperty().get()).isFalse();

        vm.connect();
        assertThat(openedUrls).isEmpty();

        vm.baseUrlProperty().set("http://localhost:8080");
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }

    @Test
    void aRejectedKeyGivesAClearMessageAndKeepsWhatWasTyped() {
        api.failNext.put("whoAmI", FakeEdfaPayApi::unauthorized);
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        vm.connect();

        assertThat(sessions).isEmpty();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(vm.statusProperty().get()).contains("rejected the API key").doesNotContain(KEY);
        assertThat(vm.apiKeyProperty().get()).isEqualTo(KEY);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void testConnectionShowsRoleAndScopeWithoutSigningIn() {
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        vm.testConnection();

        assertThat(sessions).isEmpty();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(vm.statusProperty().get()).isEqualTo("Connected: Merchant \u00b7 Riyadh Coffee Roasters");
    }

    @Test
    void busyWhileConnectingSoASecondClickDoesNothing() {
        tasks.hold();
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        vm.connect();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.connect();
        assertThat(tasks.pending()).isEqualTo(1);

        tasks.release();
        assertThat(sessions).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aRememberedKeyGoesToTheSecretStoreAndNeverIntoTheProfileFile() throws Exception {
        ConnectViewModel vm = viewModel();
        vm.nameProperty().set("Riyadh stores");
        vm.environmentProperty().set(Environment.REVAMP_SANDBOX);
        vm.apiKeyProperty().set(KEY);
        vm.rememberKeyProperty().set(true);
        vm.saveProfile();

        assertThat(vm.profiles()).extracting(ConnectionProfile::name).containsExactly("Riyadh stores");
        String id = vm.profiles().get(0).id();
        assertThat(secrets.read(id)).contains(KEY);
        assertThat(Files.readString(home.resolve("profiles.json"))).contains("Riyadh stores").doesNotContain(KEY);

        // A fresh screen finds the profile; the key stays in the store until Connect uses it.
        ConnectViewModel again = viewModel();
        again.start();
        again.selectedProfileProperty().set(again.profiles().get(0));
        assertThat(again.apiKeyProperty().get()).isEmpty();
        assertThat(again.storedKeyInUseProperty().get()).isTrue();
        assertThat(again.apiKeyPromptProperty().get()).contains("keychain");
        assertThat(again.canSubmitProperty().get()).isTrue();
        assertThat(again.baseUrlProperty().get()).isEqualTo("https://revamp-api.edfapay.com");
        assertThat(openedUrls).isEmpty();

        again.connect();
        assertThat(openedUrls).containsExactly("https://revamp-api.edfapay.com|" + KEY);
        assertThat(sessions).hasSize(1);
        assertThat(sessions.get(0).profileId()).isEqualTo(id);
        assertThat(secrets.read(id)).contains(KEY);
    }

    @Test
    void savingARememberedProfileWithoutRetypingKeepsItsKey() {
        ConnectViewModel vm = viewModel();
        vm.nameProperty().set("Riyadh stores");
        vm.apiKeyProperty().set(KEY);
        vm.rememberKeyProperty().set(true);
        vm.saveProfile();
        String id = vm.profiles().get(0).id();

        ConnectViewModel again = viewModel();
        again.start();
        again.selectedProfileProperty().set(again.profiles().get(0));
        again.nameProperty().set("Riyadh stores (main)");
        again.saveProfile();
        assertThat(secrets.read(id)).contains(KEY);
    }

    @Test
    void aRememberedProfileWhoseKeyIsGoneAsksForTheKey() {
        ConnectViewModel vm = viewModel();
        vm.nameProperty().set("Riyadh stores");
        vm.apiKeyProperty().set(KEY);
        vm.rememberKeyProperty().set(true);
        vm.saveProfile();
        secrets.delete(vm.profiles().get(0).id());

        ConnectViewModel again = viewModel();
        again.start();
        again.selectedProfileProperty().set(again.profiles().get(0));
        again.connect();
        assertThat(sessions).isEmpty();
        assertThat(again.statusProperty().get()).contains("Paste the API key");
    }

    @Test
    void testConnectionClosesItsClientWhetherTheKeyWorksOrNot() {
        ClosingApi closing = new ClosingApi();
        api = closing;
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        vm.testConnection();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.SUCCESS);
        assertThat(closing.closed).isEqualTo(1);

        closing.failNext.put("whoAmI", FakeEdfaPayApi::unauthorized);
        vm.testConnection();
        assertThat(vm.statusKindProperty().get()).isEqualTo(StatusKind.ERROR);
        assertThat(closing.closed).isEqualTo(2);
        assertThat(sessions).isEmpty();
    }

    @Test
    void aFailedConnectClosesItsClientAndASuccessfulOneKeepsItOpen() {
        ClosingApi closing = new ClosingApi();
        api = closing;
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        closing.failNext.put("whoAmI", FakeEdfaPayApi::unauthorized);
        vm.connect();
        assertThat(sessions).isEmpty();
        assertThat(closing.closed).isEqualTo(1);

        vm.apiKeyProperty().set(KEY);
        vm.connect();
        assertThat(sessions).hasSize(1);
        assertThat(closing.closed).isEqualTo(1);
    }

    @Test
    void connectingWithAnUnsavedFormStoresNothing() throws Exception {
        ConnectViewModel vm = viewModel();
        vm.apiKeyProperty().set(KEY);
        vm.rememberKeyProperty().set(true);
        vm.connect();

        assertThat(sessions).hasSize(1);
        assertThat(Files.exists(home.resolve("profiles.json"))).isFalse();
        assertThat(vm.apiKeyProperty().get()).as("the form forgets the key once handed to the session").isEmpty();
    }

    @Test
    void deletingAProfileAsksFirstAndForgetsItsKey() {
        ConnectViewModel vm = viewModel();
        vm.nameProperty().set("Old");
        vm.apiKeyProperty().set(KEY);
        vm.rememberKeyProperty().set(true);
        vm.saveProfile();
        String id = vm.profiles().get(0).id();

        dialogs.answer = false;
        vm.deleteProfile();
        assertThat(vm.profiles()).hasSize(1);
        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0).header()).contains("Old");

        dialogs.answer = true;
        vm.deleteProfile();
        assertThat(vm.profiles()).isEmpty();
        assertThat(secrets.read(id)).isEmpty();
    }
}
