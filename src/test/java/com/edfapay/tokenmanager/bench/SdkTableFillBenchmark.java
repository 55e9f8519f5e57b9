package com.edfapay.tokenmanager.bench;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.SystemClipboard;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.ui.common.DialogService;
import com.edfapay.tokenmanager.ui.common.ExecutorTaskRunner;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.sdktokens.SdkTokensViewModel;
import com.edfapay.tokenmanager.ui.sdktokens.TokenStatus;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How long the SDK Tokens table takes to fill against a sandbox with WAN-like latency, compared with the lower
 * bound {@code users round-trips + ceil(N / concurrency) x round-trip} measured in the same run. Not a test: run
 * it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 *  -Dexec.mainClass=com.edfapay.tokenmanager.bench.SdkTableFillBenchmark -Dexec.args="50 12"}
 * (latency in ms, users per merchant).
 */
public final class SdkTableFillBenchmark {

    private static final int SCREENFUL = 25;

    private SdkTableFillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int latencyMs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int usersPerMerchant = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        SandboxOptions options = SandboxOptions.inMemory().withLatency(Duration.ofMillis(latencyMs))
                .withUsersPerMerchant(usersPerMerchant);
        try (EdfaPaySandbox sandbox = EdfaPaySandbox.start(options)) {
            Persona merchant = sandbox.persona("merchant").orElseThrow();
            try (EdfaPayClient client = new EdfaPayClient(ClientConfig.of(sandbox.baseUrl(), merchant.apiKey()))) {
                var identity = client.whoAmI();
                long users = client.searchUsers(UserQuery.all(PageRequest.first(1))).totalElements();
                double rtt = medianRoundTripMs(client, merchant.userId());
                System.out.printf(Locale.ROOT, "sandbox latency %d ms, merchant with %d users, measured round-trip"
                        + " %.1f ms%n", latencyMs, users, rtt);
                System.out.println("concurrency | first screenful ms | full table ms | lower bound ms | full/bound");
                for (int concurrency : new int[] {1, 4, 8, 16}) {
                    Session session = new Session("bench", Environment.LOCAL_SANDBOX, sandbox.baseUrl(), client,
                            identity, Session.KeyFingerprint.of(merchant.apiKey()));
                    long pages = (users + 99) / 100;
                    double bound = (pages + Math.ceil(users / (double) concurrency)) * rtt;
                    double[] result = fill(session, concurrency);
                    System.out.printf(Locale.ROOT, "%11d | %18.0f | %13.0f | %14.0f | %10.2f%n", concurrency,
                            result[0], result[1], bound, result[1] / bound);
                }
            }
        }
    }

    private static double medianRoundTripMs(EdfaPayClient client, String userId) {
        double[] samples = new double[15];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            client.getSdkToken(userId);
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    /** Returns {first screenful ms, full table ms}. */
    private static double[] fill(Session session, int concurrency) throws Exception {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(32)) {
            long start = System.nanoTime();
            SdkTokensViewModel vm = runner.onUi(() -> {
                SdkTokensViewModel created = new SdkTokensViewModel(session, null, runner,
                        Messages.forLocale(Locale.ENGLISH), new SilentDialogs(), new ClipboardGuard(new NoClipboard(),
                        (delay, action) -> () -> { }, () -> Duration.ofSeconds(30)), () -> { }, concurrency);
                created.start();
                return created;
            });
            double firstScreen = -1;
            while (true) {
                boolean[] state = runner.onUi(() -> new boolean[] {
                        screenfulLoaded(vm),
                        !vm.loadingUsersProperty().get() && vm.tokensTotalProperty().get() > 0
                                && vm.tokensDoneProperty().get() == vm.tokensTotalProperty().get()});
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (firstScreen < 0 && state[0]) {
                    firstScreen = elapsed;
                }
                if (state[1]) {
                    return new double[] {firstScreen < 0 ? elapsed : firstScreen, elapsed};
                }
                Thread.onSpinWait();
            }
        }
    }

    private static boolean screenfulLoaded(SdkTokensViewModel vm) {
        var rows = vm.allRows();
        if (rows.isEmpty()) {
            return false;
        }
        return rows.stream().limit(SCREENFUL).noneMatch(r -> r.statusProperty().get() == TokenStatus.LOADING);
    }

    private static final class SilentDialogs implements DialogService {
        @Override
        public boolean confirm(Confirmation confirmation) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void notify(String message) {
        }

        @Override
        public void openInBrowser(String url) {
        }

        @Override
        public void showSecretOnce(SecretOnce request) {
        }

        @Override
        public boolean askForm(Object form) {
            return false;
        }

        @Override
        public Optional<String> askReason(ReasonRequest request) {
            return Optional.empty();
        }

        @Override
        public Optional<java.nio.file.Path> chooseFolder(String title, java.nio.file.Path initial) {
            return Optional.empty();
        }
    }

    private static final class NoClipboard implements SystemClipboard {
        @Override
        public void putText(String text, boolean concealed) {
        }

        @Override
        public Optional<String> readText() {
            return Optional.empty();
        }

        @Override
        public void clear() {
        }
    }
}
