package com.edfapay.tokenmanager.ui.connect;

import com.edfapay.tokenmanager.api.ApiKeyPolicy;
import com.edfapay.tokenmanager.api.BaseUrlPolicy;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.ConnectionProfile;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.ProfileStore;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.desktop.activity.ActivityEntry;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.desktop.activity.ActivityOutcome;
import com.edfapay.tokenmanager.desktop.activity.MemoryActivityLog;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ErrorMessages;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.StatusKind;
import com.edfapay.tokenmanager.ui.common.TaskRunner;
import com.edfapay.tokenmanager.ui.session.RoleAccess;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** The Connect screen: the local sandbox personas and the form for a real EdfaPay environment. */
public final class ConnectViewModel {

    public enum SandboxState { STARTING, READY, FAILED }

    private final TaskRunner tasks;
    private final Messages messages;
    private final ErrorMessages errors;
    private final DialogService dialogs;
    private final ProfileStore profileStore;
    private final SecretStore secretStore;
    private final LocalSandbox sandbox;
    private final ApiConnector connector;
    private final Consumer<Session> onConnected;
    private final ActivityLog activityLog;
    private Runnable settingsOpener = () -> { };

    private final ReadOnlyObjectWrapper<SandboxState> sandboxState = new ReadOnlyObjectWrapper<>(SandboxState.STARTING);
    private final ReadOnlyStringWrapper sandboxStatus = new ReadOnlyStringWrapper();
    private final ObservableList<PersonaChoice> personas = FXCollections.observableArrayList();
    private final ObservableList<PersonaChoice> personasView = FXCollections.unmodifiableObservableList(personas);
    private @Nullable String sandboxBaseUrl;
    /** The demo personas, in the order the sandbox seeds them; shown as "starting" until it is ready. */
    private static final List<String> PERSONA_NAMES = List.of("partner", "merchant", "branch", "user", "terminal");
    private final ReadOnlyBooleanWrapper keychainAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper keychainMissing = new ReadOnlyBooleanWrapper();

    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<ConnectionProfile> profilesView = FXCollections.unmodifiableObservableList(profiles);
    private final ObjectProperty<ConnectionProfile> selectedProfile = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(Environment.PRODUCTION);
    private final StringProperty baseUrl = new SimpleStringProperty(Environment.PRODUCTION.presetBaseUrl());
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final BooleanProperty rememberKey = new SimpleBooleanProperty();
    /** The selected profile has a key in the secret store that is read only when Connect or Test needs it. */
    private final ReadOnlyBooleanWrapper storedKeyInUse = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusKind> statusKind = new ReadOnlyObjectWrapper<>(StatusKind.NONE);
    private final BooleanBinding baseUrlEditable = Bindings.createBooleanBinding(
            () -> environment.get() == Environment.CUSTOM, environment);
    private final BooleanBinding production = Bindings.createBooleanBinding(
            () -> Environment.forBaseUrl(baseUrl.get()) == Environment.PRODUCTION, baseUrl);
    private final BooleanBinding canSubmit = Bindings.createBooleanBinding(
            () -> !busy.get() && (!apiKey.get().isBlank() || storedKeyInUse.get())
                    && BaseUrlPolicy.problem(baseUrl.get()).isEmpty()
                    && (apiKey.get().isBlank() || ApiKeyPolicy.problem(apiKey.get()).isEmpty()),
            busy, apiKey, baseUrl, storedKeyInUse);
    /** Issue 10: what is wrong with the typed URL or key, worded; empty while nothing is (or nothing is typed). */
    private final ReadOnlyStringWrapper inputProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave = Bindings.createBooleanBinding(
            () -> !busy.get() && !name.get().isBlank() && BaseUrlPolicy.problem(baseUrl.get()).isEmpty(),
            busy, name, baseUrl);
    private final BooleanBinding canDelete = Bindings.createBooleanBinding(
            () -> !busy.get() && selectedProfile.get() != null, busy, selectedProfile);

    public ConnectViewModel(TaskRunner tasks, Messages messages, DialogService dialogs, ProfileStore profileStore,
                            SecretStore secretStore, LocalSandbox sandbox, ApiConnector connector,
                            Consumer<Session> onConnected) {
        this(tasks, messages, dialogs, profileStore, secretStore, sandbox, connector, onConnected,
                new MemoryActivityLog());
    }

    public ConnectViewModel(TaskRunner tasks, Messages messages, DialogService dialogs, ProfileStore profileStore,
                            SecretStore secretStore, LocalSandbox sandbox, ApiConnector connector,
                            Consumer<Session> onConnected, ActivityLog activityLog) {
        this.activityLog = activityLog;
        this.tasks = tasks;
        this.messages = messages;
        this.errors = new ErrorMessages(messages);
        this.dialogs = dialogs;
        this.profileStore = profileStore;
        this.secretStore = secretStore;
        this.sandbox = sandbox;
        this.connector = connector;
        this.onConnected = onConnected;
        environment.addListener((obs, old, chosen) -> {
            if (chosen != null && chosen.presetBaseUrl() != null) {
                baseUrl.set(chosen.presetBaseUrl());
            }
        });
        selectedProfile.addListener((obs, old, profile) -> showProfile(profile));
        sandboxStatus.set(messages.get("connect.sandbox.starting"));
        personas.setAll(PERSONA_NAMES.stream().map(this::startingChoice).toList());
        baseUrl.addListener((obs, old, url) -> checkInput());
        apiKey.addListener((obs, old, key) -> checkInput());
        checkInput();
        // Typing a key replaces the stored one for this attempt.
        apiKey.addListener((obs, old, typed) -> {
            if (typed != null && !typed.isEmpty()) {
                storedKeyInUse.set(false);
            }
        });
    }

    /** What the Settings button opens (set by the composition root). */
    public void onOpenSettings(Runnable opener) {
        this.settingsOpener = opener;
    }

    public void openSettings() {
        settingsOpener.run();
    }

    /** Words the first problem of the URL, then of the key (once one is typed), for the line under the form. */
    private void checkInput() {
        Optional<EdfaPayException.InvalidInput> problem = BaseUrlPolicy.problem(baseUrl.get());
        if (problem.isEmpty() && !apiKey.get().isEmpty()) {
            problem = ApiKeyPolicy.problem(apiKey.get());
        }
        inputProblem.set(problem.map(errors::describe).orElse(""));
    }

    /** Issue 10, defect 1: an identity the app cannot show is an error on this screen, never an empty window. */
    private static Identity requireKnownRole(Identity identity) {
        if (identity.userType() == null) {
            throw EdfaPayException.of(EdfaPayException.Reason.ROLE_MISSING, EdfaPayException.Operation.WHO_AM_I);
        }
        if (!RoleAccess.seesSdkTokens(identity.userType())) {
            throw EdfaPayException.of(EdfaPayException.Details.of(EdfaPayException.Reason.ROLE_UNKNOWN,
                    EdfaPayException.Operation.WHO_AM_I).withDetail(identity.userType().name()));
        }
        return identity;
    }

    /**
     * Asks the keychain whether it keeps keys, loads saved profiles and starts the local sandbox, all in the
     * background. Until then the screen shows the personas as starting and the remember box disabled.
     */
    public void start() {
        tasks.run(secretStore::isPersistent, persistent -> {
            keychainAvailable.set(persistent);
            keychainMissing.set(!persistent);
        }, failure -> keychainMissing.set(true));
        tasks.run(profileStore::load, profiles::setAll, failure -> showError(failure));
        tasks.run(sandbox::start, this::sandboxReady, failure -> {
            sandboxState.set(SandboxState.FAILED);
            personas.clear();
            sandboxStatus.set(messages.get("connect.sandbox.failed", String.valueOf(failure.getMessage())));
        });
    }

    private void sandboxReady(LocalSandbox.Info info) {
        sandboxBaseUrl = info.baseUrl();
        personas.setAll(info.personas().stream().map(this::choiceFor).toList());
        sandboxState.set(SandboxState.READY);
        sandboxStatus.set(messages.get("connect.sandbox.ready", info.baseUrl()));
    }

    private PersonaChoice choiceFor(LocalSandbox.Persona persona) {
        String key = "connect.persona." + persona.name();
        return new PersonaChoice(persona, messages.get(key), messages.get(key + ".detail", persona.businessUnitName()),
                true);
    }

    private PersonaChoice startingChoice(String name) {
        return new PersonaChoice(new LocalSandbox.Persona(name, "", "", ""), messages.get("connect.persona." + name),
                messages.get("connect.persona.starting"), false);
    }

    public void connectAs(PersonaChoice choice) {
        if (busy.get() || sandboxBaseUrl == null || !choice.ready()) {
            return;
        }
        LocalSandbox.Persona persona = choice.persona();
        openSession(choice.title(), Environment.LOCAL_SANDBOX, sandboxBaseUrl, () -> persona.apiKey(), null, null);
    }

    /** Asks the server who owns the key, then closes that client at once: a test keeps no key. */
    public void testConnection() {
        if (!canSubmit.get()) {
            return;
        }
        String url = baseUrl.get().trim();
        KeySource key = keySource();
        String profileName = formProfileName();
        Environment env = environment.get();
        begin(messages.get("connect.status.testing"));
        tasks.run(() -> {
            EdfaPayApi api = connector.open(url, key.get());
            try {
                return requireKnownRole(api.whoAmI());
            } finally {
                close(api);
            }
        }, identity -> {
            record(ActivityAction.TEST_CONNECTION, profileName, env, identity.userType().name(), identity.userId(),
                    ActivityOutcome.SUCCEEDED, "");
            finish(StatusKind.SUCCESS, describe(identity));
        }, failure -> {
            record(ActivityAction.TEST_CONNECTION, profileName, env, "", "", ActivityOutcome.FAILED,
                    failure.getClass().getSimpleName());
            showError(failure);
        });
    }

    private String formProfileName() {
        return name.get().isBlank() ? messages.get("environment." + environment.get()) : name.get();
    }

    /**
     * Where the key for this attempt comes from: what was typed, or the selected profile's stored key, read in
     * the background only now that it is used.
     */
    private KeySource keySource() {
        String typed = apiKey.get().trim();
        ConnectionProfile profile = selectedProfile.get();
        if (!typed.isEmpty() || profile == null || !storedKeyInUse.get()) {
            return () -> typed;
        }
        String id = profile.id();
        return () -> secretStore.read(id).filter(k -> !k.isBlank())
                .orElseThrow(() -> new MissingStoredKey(messages.get("connect.problem.noStoredKey")));
    }

    @FunctionalInterface
    private interface KeySource {
        String get();
    }

    /** The profile says its key is remembered but the store has none (for example a memory-only store). */
    static final class MissingStoredKey extends RuntimeException {
        MissingStoredKey(String message) {
            super(message);
        }
    }

    private static void close(EdfaPayApi api) {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing a client that did its work; nothing to report.
            }
        }
    }

    private void record(ActivityAction action, String profileName, Environment env, String role,
                        @Nullable String targetId,
                        ActivityOutcome outcome, String detail) {
        activityLog.record(ActivityEntry.of(Instant.now(), action).profile(profileName, env.name(), role)
                .target(profileName, targetId).detail(detail).outcome(outcome));
    }

    public void connect() {
        if (!canSubmit.get()) {
            return;
        }
        String profileName = formProfileName();
        ConnectionProfile profile = selectedProfile.get();
        boolean typed = !apiKey.get().isBlank();
        String rememberFor = profile != null && rememberKey.get() && typed ? profile.id() : null;
        openSession(profileName, environment.get(), baseUrl.get().trim(), keySource(), rememberFor,
                profile == null ? null : profile.id());
    }

    /** Connects; a failed attempt closes its client, so no key stays behind in a half-open connection. */
    private void openSession(String profileName, Environment env, String url, KeySource keySource,
                             @Nullable String rememberFor, @Nullable String profileId) {
        begin(messages.get("connect.status.connecting"));
        Environment shown = env == Environment.CUSTOM ? Environment.forBaseUrl(url) : env;
        tasks.run(() -> {
            String key = keySource.get();
            EdfaPayApi api = connector.open(url, key);
            try {
                Identity identity = requireKnownRole(api.whoAmI());
                if (rememberFor != null) {
                    secretStore.write(rememberFor, key);
                }
                return new Session(profileName, shown, url, api, identity, Session.KeyFingerprint.of(key))
                        .withProfileId(profileId);
            } catch (RuntimeException | Error failure) {
                close(api);
                throw failure;
            }
        }, session -> {
            finish(StatusKind.SUCCESS, describe(session.identity()));
            apiKey.set("");
            onConnected.accept(session);
        }, failure -> {
            record(ActivityAction.SIGN_IN, profileName, shown, "", "", ActivityOutcome.FAILED,
                    failure.getClass().getSimpleName());
            showError(failure);
        });
    }

    public void saveProfile() {
        if (!canSave.get()) {
            status(StatusKind.ERROR, messages.get("connect.problem.nameMissing"));
            return;
        }
        ConnectionProfile current = selectedProfile.get();
        boolean typedKey = !apiKey.get().isBlank();
        // A remembered key that is not retyped stays where it is.
        boolean remember = rememberKey.get() && (typedKey || storedKeyInUse.get());
        ConnectionProfile profile = current == null
                ? ConnectionProfile.create(name.get().trim(), environment.get(), baseUrl.get().trim(), remember)
                : current.withDetails(name.get().trim(), environment.get(), baseUrl.get().trim(), remember);
        String key = apiKey.get().trim();
        begin(messages.get("connect.status.connecting"));
        tasks.run(() -> {
            if (remember && typedKey) {
                secretStore.write(profile.id(), key);
            } else if (!remember) {
                secretStore.delete(profile.id());
            }
            return profileStore.save(profile);
        }, saved -> {
            profiles.setAll(saved);
            selectedProfile.set(profile);
            String doneKey = remember && !secretStore.isPersistent()
                    ? "connect.status.savedMemory" : "connect.status.saved";
            finish(StatusKind.SUCCESS, messages.get(doneKey, profile.name()));
        }, this::showError);
    }

    public void deleteProfile() {
        ConnectionProfile profile = selectedProfile.get();
        if (profile == null || busy.get()) {
            return;
        }
        boolean confirmed = dialogs.confirm(new DialogService.Confirmation(
                messages.get("connect.delete.confirm.title"),
                messages.get("connect.delete.confirm.header", profile.name()),
                messages.get("connect.delete.confirm.detail"),
                messages.get("connect.delete"), true));
        if (!confirmed) {
            return;
        }
        begin("");
        tasks.run(() -> {
            secretStore.delete(profile.id());
            return profileStore.delete(profile.id());
        }, remaining -> {
            profiles.setAll(remaining);
            selectedProfile.set(null);
            finish(StatusKind.SUCCESS, messages.get("connect.status.deleted"));
        }, this::showError);
    }

    /** Starts a blank profile form. */
    public void newProfile() {
        selectedProfile.set(null);
        showProfile(null);
    }

    private void showProfile(@Nullable ConnectionProfile profile) {
        status(StatusKind.NONE, "");
        apiKey.set("");
        storedKeyInUse.set(false);
        if (profile == null) {
            name.set("");
            environment.set(Environment.PRODUCTION);
            baseUrl.set(Environment.PRODUCTION.presetBaseUrl());
            rememberKey.set(false);
            return;
        }
        name.set(profile.name());
        environment.set(profile.environment());
        baseUrl.set(profile.baseUrl() == null ? "" : profile.baseUrl());
        rememberKey.set(profile.rememberKey());
        // The key stays in the store until Connect or Test uses it; the form never holds it.
        storedKeyInUse.set(profile.rememberKey());
    }

    private String describe(Identity identity) {
        String role = RoleAccess.typeLabel(messages, identity.userType());
        if (identity.fromProbe()) {
            return messages.get("connect.status.okProbe", role);
        }
        String unit = identity.businessUnitName() == null ? "" : identity.businessUnitName();
        return messages.get("connect.status.ok", role, unit);
    }

    private void begin(String text) {
        busy.set(true);
        status(StatusKind.PROGRESS, text);
    }

    private void finish(StatusKind kind, String text) {
        busy.set(false);
        status(kind, text);
    }

    private void showError(Throwable failure) {
        finish(StatusKind.ERROR, failure instanceof MissingStoredKey missing
                ? String.valueOf(missing.getMessage()) : errors.describe(failure));
    }

    private void status(StatusKind kind, String text) {
        statusKind.set(kind);
        status.set(text);
    }

    public List<Environment> environments() {
        return List.of(Environment.PRODUCTION, Environment.REVAMP_SANDBOX, Environment.DEMO_SANDBOX,
                Environment.CUSTOM);
    }

    public String environmentLabel(Environment value) {
        return value == null ? "" : messages.get("environment." + value.name());
    }

    /** True once the OS keychain answered and keeps keys; false while it is still being asked. */
    public ReadOnlyBooleanProperty keychainAvailableProperty() { return keychainAvailable.getReadOnlyProperty(); }

    /** True once it is known that there is no OS keychain (keys then live in memory only). */
    public ReadOnlyBooleanProperty keychainMissingProperty() { return keychainMissing.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<SandboxState> sandboxStateProperty() { return sandboxState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sandboxStatusProperty() { return sandboxStatus.getReadOnlyProperty(); }
    public ObservableList<PersonaChoice> personas() { return personasView; }
    public ObservableList<ConnectionProfile> profiles() { return profilesView; }
    public ObjectProperty<ConnectionProfile> selectedProfileProperty() { return selectedProfile; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Environment> environmentProperty() { return environment; }
    public StringProperty baseUrlProperty() { return baseUrl; }
    public StringProperty apiKeyProperty() { return apiKey; }
    /** True while Connect would use the selected profile's remembered key (the key field stays empty). */
    public ReadOnlyBooleanProperty storedKeyInUseProperty() { return storedKeyInUse.getReadOnlyProperty(); }
    /** The key field's hint: says when the remembered key will be used without showing it. */
    public javafx.beans.binding.StringBinding apiKeyPromptProperty() {
        return Bindings.createStringBinding(() -> messages.get(storedKeyInUse.get()
                ? "connect.apiKey.stored" : "connect.apiKey.prompt"), storedKeyInUse);
    }
    public BooleanProperty rememberKeyProperty() { return rememberKey; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty inputProblemProperty() { return inputProblem.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<StatusKind> statusKindProperty() { return statusKind.getReadOnlyProperty(); }
    public BooleanBinding baseUrlEditableProperty() { return baseUrlEditable; }
    public BooleanBinding productionProperty() { return production; }
    public BooleanBinding canSubmitProperty() { return canSubmit; }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanBinding canDeleteProperty() { return canDelete; }

    /** A persona button: its label and one line saying what it can see; not {@code ready} while starting. */
    public record PersonaChoice(LocalSandbox.Persona persona, String title, String detail, boolean ready) {
    }
}
