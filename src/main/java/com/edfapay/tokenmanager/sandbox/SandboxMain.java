package com.edfapay.tokenmanager.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox alone, for integration and benchmark work. Stdout is machine-readable: first the base URL, then
 * (with {@code --print-keys}) one JSON line per persona. Logs go to stderr. Runs until the process is stopped.
 */
public final class SandboxMain {

    private static final int USAGE_ERROR = 2;

    private SandboxMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SandboxCommandLine.Parsed parsed;
        try {
            parsed = SandboxCommandLine.parse(args, System.getenv(), System.getProperties());
        } catch (SandboxCommandLine.UsageException | IllegalArgumentException e) {
            System.err.println("Error: " + e.getMessage());
            System.err.print(SandboxCommandLine.USAGE);
            System.exit(USAGE_ERROR);
            return;
        }
        if (parsed.help()) {
            System.out.print(SandboxCommandLine.USAGE);
            return;
        }
        StderrLogging.install();
        EdfaPaySandbox sandbox = EdfaPaySandbox.start(parsed.options());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "edfapay-sandbox-shutdown"));
        printStartup(System.out, sandbox, parsed.printKeys());
        stopped.await();
    }

    static void printStartup(PrintStream out, EdfaPaySandbox sandbox, boolean printKeys) throws IOException {
        out.println(sandbox.baseUrl());
        if (printKeys) {
            ObjectMapper mapper = new ObjectMapper();
            for (Persona persona : sandbox.personas()) {
                Map<String, String> line = new LinkedHashMap<>();
                line.put("persona", persona.name());
                line.put("userType", persona.userType());
                line.put("apiKey", persona.apiKey());
                line.put("businessUnitId", persona.businessUnitId());
                line.put("userId", persona.userId());
                out.println(mapper.writeValueAsString(line));
            }
        }
        out.flush();
    }
}
