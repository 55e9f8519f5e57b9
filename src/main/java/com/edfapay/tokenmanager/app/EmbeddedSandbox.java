package com.edfapay.tokenmanager.app;

import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import com.edfapay.tokenmanager.ui.connect.LocalSandbox;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the embedded EdfaPay sandbox for the Local sandbox profile, started on first use, closed on exit. */
final class EmbeddedSandbox implements LocalSandbox, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);

    private final @Nullable Path dataFile;
    private @Nullable EdfaPaySandbox running;

    EmbeddedSandbox(@Nullable Path dataFile) {
        this.dataFile = dataFile;
    }

    @Override
    public synchronized Info start() throws Exception {
        EdfaPaySandbox sandbox = running;
        if (sandbox == null) {
            sandbox = open();
            running = sandbox;
        }
        List<Persona> personas = sandbox.personas().stream()
                .map(p -> new Persona(p.name(), p.userType(), p.apiKey(), p.businessUnitName()))
                .toList();
        return new Info(sandbox.baseUrl(), personas);
    }

    private EdfaPaySandbox open() throws Exception {
        Path file = dataFile;
        if (file == null) {
            return EdfaPaySandbox.start(SandboxOptions.inMemory());
        }
        try {
            return EdfaPaySandbox.start(SandboxOptions.onDisk(file));
        } catch (Exception onDisk) {
            // A second copy of the app holds the file lock; demo data in memory is better than no sandbox.
            LOG.warn("Sandbox database {} unavailable ({}); using an in-memory sandbox", dataFile,
                    onDisk.getClass().getSimpleName());
            return EdfaPaySandbox.start(SandboxOptions.inMemory());
        }
    }

    @Override
    public synchronized void close() {
        EdfaPaySandbox sandbox = running;
        if (sandbox != null) {
            sandbox.close();
            running = null;
        }
    }
}
