package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.desktop.AppFolders;
import com.edfapay.tokenmanager.desktop.KeychainSecretStore;
import com.edfapay.tokenmanager.desktop.activity.FileActivityLog;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code edfapay-tokens}: the entry point the installers and {@code bin/edfapay-tokens} start. Logs go to a file in
 * the user's log folder, never to the terminal, so stdout carries only results and stderr only messages.
 */
public final class CliMain {

    private static final String LOGBACK_CONFIG = "logback.configurationFile";
    private static final String LOG_DIR = "edfapay.tokenmanager.logs";

    private CliMain() {
    }

    public static void main(String[] args) {
        AppFolders folders = AppFolders.forCurrentUser();
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "logback-cli.xml");
        }
        if (System.getProperty(LOG_DIR) == null) {
            System.setProperty(LOG_DIR, folders.logs().toString());
        }
        Charset charset = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset));
        CliContext context = new CliContext(out, err, System.in, System.getenv(), stderrIsTerminal(), folders,
                KeychainSecretStore::open, () -> EdfaPaySandbox.start(SandboxOptions.inMemory()), Clock.systemUTC(),
                FileActivityLog.inDataFolder(folders.data()));
        int code = Cli.run(context, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Java 17 cannot ask whether stderr alone is a terminal. On Linux the descriptor's link names the device; elsewhere
     * a console (stdin and stdout interactive) is taken as a sign that stderr is one too.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
