package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.SecretStore;
import com.edfapay.tokenmanager.desktop.activity.ActivityLog;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything a run of the command line takes from its surroundings, so that tests run it in-process with captured
 * streams, a chosen environment and their own sandbox.
 *
 * @param out              standard output: results, and a generated secret where asked
 * @param err              standard error: messages and progress, never a secret
 * @param in               standard input, read for the id list {@code -}
 * @param env              environment variables ({@code EDFAPAY_API_KEY}, {@code EDFAPAY_BASE_URL})
 * @param stderrIsTerminal whether progress may be drawn on {@code err}
 * @param folders          where profiles (and the activity log) live
 * @param secretStores     opens the OS keychain, only when a profile's key is needed
 * @param sandboxes        starts the embedded sandbox for {@code --sandbox}
 * @param clock            the time used for expiry dates, rotation names and activity entries
 * @param activity         the activity log shared with the window; every command is recorded there
 */
public record CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env,
                         boolean stderrIsTerminal, AppFolders folders, Supplier<Optional<SecretStore>> secretStores,
                         SandboxStarter sandboxes, Clock clock, ActivityLog activity) {

    public static final String API_KEY_VARIABLE = "EDFAPAY_API_KEY";
    public static final String BASE_URL_VARIABLE = "EDFAPAY_BASE_URL";

    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        env = Map.copyOf(env);
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(secretStores, "secretStores");
        Objects.requireNonNull(sandboxes, "sandboxes");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(activity, "activity");
    }

    /** Starts a fresh embedded sandbox; the command closes it when done. */
    @FunctionalInterface
    public interface SandboxStarter {
        EdfaPaySandbox start() throws IOException;
    }
}
