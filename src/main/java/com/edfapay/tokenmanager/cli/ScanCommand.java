package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import com.edfapay.tokenmanager.scan.ApiScopeTokens;
import com.edfapay.tokenmanager.scan.Classification;
import com.edfapay.tokenmanager.scan.ClassifiedFinding;
import com.edfapay.tokenmanager.scan.CommitInfo;
import com.edfapay.tokenmanager.scan.Finding;
import com.edfapay.tokenmanager.scan.LeakClassifier;
import com.edfapay.tokenmanager.scan.ScanMonitor;
import com.edfapay.tokenmanager.scan.ScanPool;
import com.edfapay.tokenmanager.scan.ScanProgress;
import com.edfapay.tokenmanager.scan.ScanRequest;
import com.edfapay.tokenmanager.scan.ScanResult;
import com.edfapay.tokenmanager.scan.Skipped;
import com.edfapay.tokenmanager.scan.TokenKind;
import com.edfapay.tokenmanager.scan.TokenPatterns;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scan PATH [--history] [--gitignore] [--offline]}: the leak check of the window on the command line, for a
 * pre-commit hook or a CI step. Scans the folder (and with {@code --history} every version of every file in its git
 * history) on this machine for EdfaPay token shapes, and when a key is at hand classifies each finding against the
 * key's scope. Prints where each one is, its kind and its last 4 characters, never the value.
 *
 * <p>Exit codes ({@code docs/cli.md}): 0 when nothing found can be a working token of the scope, {@link
 * ExitCodes#EXPOSED} when an active token of the scope is exposed, {@link ExitCodes#UNCHECKED} when token-shaped
 * values were found that could not be checked (no key, or a sign-in that may not list that kind) and none is known
 * to be active; connection failures as for every command.
 */
@Command(name = "scan")
final class ScanCommand implements Callable<Integer> {

    /** Strings read from git (author, subject) or a path could hold a token themselves: both shapes are masked. */
    private static final Pattern TOKEN_SHAPES = Pattern.compile(
            TokenPatterns.API_TOKEN_REGEX + "|" + TokenPatterns.SDK_TOKEN_REGEX);
    /** SDK tokens of the scope read at a time while classifying (the window's leak check uses the same). */
    private static final int CLASSIFY_CONCURRENCY = 4;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before call()
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", descriptionKey = "param.scanPath")
    @SuppressWarnings("NullAway.Init") // required parameter, set by picocli
    Path folder;

    @Option(names = "--history", descriptionKey = "option.history")
    boolean history;

    @Option(names = "--gitignore", descriptionKey = "option.gitignore")
    boolean gitignore;

    @Option(names = "--offline", descriptionKey = "option.offline")
    boolean offline;

    private final Run run;

    ScanCommand(Run run) {
        this.run = run;
    }

    @Override
    public Integer call() throws IOException {
        CliMessages messages = run.messages();
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw CliFailure.usage(messages.get("scan.noFolder", root));
        }
        ScanRequest request = ScanRequest.of(root).withHistory(history).withGitignore(gitignore);
        if (!offline && hasKeySource()) {
            try (Connection connection = run.connector().open()) {
                Identity identity = signIn(connection);
                ScanResult result = scan(request);
                List<ClassifiedFinding> classified = result.findings().isEmpty() ? List.of()
                        : new LeakClassifier(run.context().clock()).classify(result.findings(),
                                new ApiScopeTokens(connection.api(), identity, CLASSIFY_CONCURRENCY,
                                        Executors::newFixedThreadPool, () -> false));
                int exit = report(root, result, classified, connection);
                run.record(connection, identity, "scan", ActivityAction.SCAN, root.toString(), null, null,
                        messages.get("scan.activity", classified.size(), count(classified,
                                Classification.YOURS_ACTIVE)));
                return exit;
            }
        }
        if (!run.options().quiet && !offline) {
            run.context().err().println(messages.get("error.prefix", messages.get("scan.notSignedIn")));
            run.context().err().flush();
        }
        ScanResult result = scan(request);
        List<ClassifiedFinding> unchecked = result.findings().stream()
                .map(f -> new ClassifiedFinding(f, Classification.UNVERIFIED, null)).toList();
        return report(root, result, unchecked, null);
    }

    /** A key or a server is named somewhere: then the scan classifies, and a bad key fails the command. */
    private boolean hasKeySource() {
        GlobalOptions o = run.options();
        String envKey = run.context().env().get(CliContext.API_KEY_VARIABLE);
        return o.sandboxPersona() != null || o.profile != null || o.keyFile != null || o.baseUrl != null
                || o.refusedKey != null || (envKey != null && !envKey.isBlank());
    }

    private Identity signIn(Connection connection) {
        try {
            Identity identity = connection.api().whoAmI();
            run.record(connection, identity, "scan", ActivityAction.SIGN_IN, identity.businessUnitName(),
                    identity.businessUnitId(), null, "");
            return identity;
        } catch (RuntimeException e) {
            run.record(connection, null, "scan", ActivityAction.SIGN_IN, null, null,
                    Failure.of(e, run.messages(), run.redactor()), "");
            throw e;
        }
    }

    private ScanResult scan(ScanRequest request) throws IOException {
        try (ScanPool pool = ScanPool.perCore(Executors::newFixedThreadPool);
             Progress progress = run.progress(run.messages().get("scan.progress"), Integer.MAX_VALUE)) {
            return pool.scanner().scan(request, new ScanMonitor() {
                @Override
                public boolean isCancelled() {
                    return false;
                }

                @Override
                public void progress(ScanProgress now) {
                    progress.show(now.done(), now.total());
                }
            });
        }
    }

    private int report(Path root, ScanResult result, List<ClassifiedFinding> findings,
                       @Nullable Connection connection) {
        List<ClassifiedFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((ClassifiedFinding f) -> f.classification().ordinal())
                .thenComparing(f -> f.finding().inHistory())
                .thenComparing(f -> f.finding().path())
                .thenComparingInt(f -> f.finding().line()));
        int active = count(sorted, Classification.YOURS_ACTIVE);
        int inactive = count(sorted, Classification.YOURS_INACTIVE);
        int notInScope = count(sorted, Classification.NOT_IN_SCOPE);
        int unchecked = count(sorted, Classification.UNVERIFIED);
        int exit = active > 0 ? ExitCodes.EXPOSED : unchecked > 0 ? ExitCodes.UNCHECKED : ExitCodes.OK;
        Output output = run.output();
        if (output.json()) {
            output.writeJson(json(output, root, result, sorted, connection, exit,
                    new int[] {sorted.size(), active, inactive, notInScope, unchecked}));
            return exit;
        }
        CliMessages messages = run.messages();
        if (!sorted.isEmpty()) {
            Table table = new Table(messages.get("column.status"), messages.get("column.kind"),
                    messages.get("column.token"), messages.get("column.file"), messages.get("column.line"),
                    messages.get("column.commit"), messages.get("column.owner"));
            for (ClassifiedFinding f : sorted) {
                Finding finding = f.finding();
                table.row(messages.get("scan.status." + f.classification().name()),
                        messages.get("scan.kind." + finding.kind().name()), masked(finding),
                        safe(finding.path()), String.valueOf(finding.line()),
                        finding.commit() == null ? "-" : commitLabel(finding.commit()),
                        f.owner() == null ? "-" : safe(f.owner().name()) + " (" + f.owner().id() + ")");
            }
            output.table(table);
        }
        ScanResult.Stats stats = result.stats();
        output.line(result.gitRepository() && history
                ? messages.get("scan.summary.history", stats.files(), stats.commits(), stats.blobs(), sorted.size())
                : messages.get("scan.summary.files", stats.files(), sorted.size()));
        if (!sorted.isEmpty()) {
            output.line(messages.get("scan.summary.classes", active, inactive, notInScope, unchecked));
        }
        if (!result.skipped().isEmpty()) {
            output.line(messages.get("scan.summary.skipped", result.skipped().size(),
                    ScanRequest.DEFAULT_MAX_FILE_BYTES / (1024 * 1024)));
        }
        if (history && !result.gitRepository()) {
            output.line(messages.get("scan.notRepository"));
        }
        if (active > 0) {
            output.line(messages.get("scan.actNow"));
        }
        return exit;
    }

    private ObjectNode json(Output output, Path root, ScanResult result, List<ClassifiedFinding> findings,
                            @Nullable Connection connection, int exit, int[] counts) {
        ObjectNode doc = output.document("scan", exit == ExitCodes.OK);
        doc.put("folder", root.toString());
        doc.put("history", history);
        doc.put("gitRepository", result.gitRepository());
        doc.put("checked", connection != null);
        if (connection == null) {
            doc.putNull("connection");
        } else {
            ObjectNode server = doc.putObject("connection");
            server.put("baseUrl", connection.baseUrl());
            server.put("environment", connection.environment().name());
            server.put("profile", connection.profileLabel());
        }
        ArrayNode items = doc.putArray("findings");
        for (ClassifiedFinding f : findings) {
            Finding finding = f.finding();
            ObjectNode n = items.addObject();
            n.put("kind", finding.kind().name());
            n.put("path", safe(finding.path()));
            n.put("line", finding.line());
            n.put("last4", finding.last4());
            n.put("classification", f.classification().name());
            CommitInfo commit = finding.commit();
            if (commit == null) {
                n.putNull("commit");
            } else {
                ObjectNode c = n.putObject("commit");
                c.put("id", commit.id());
                c.put("author", safe(commit.authorName()));
                c.put("date", Views.time(commit.authorDate()));
            }
            if (f.owner() == null) {
                n.putNull("owner");
            } else {
                ObjectNode o = n.putObject("owner");
                o.put("id", f.owner().id());
                o.put("name", safe(f.owner().name()));
                o.put("businessUnitId", f.owner().businessUnitId());
            }
        }
        ArrayNode skipped = doc.putArray("skipped");
        for (Skipped s : result.skipped()) {
            ObjectNode n = skipped.addObject();
            n.put("path", safe(s.path()));
            n.put("commit", s.commitId());
            n.put("reason", s.reason().name());
            n.put("size", s.size());
        }
        ScanResult.Stats stats = result.stats();
        ObjectNode st = doc.putObject("stats");
        st.put("files", stats.files());
        st.put("bytes", stats.bytes());
        st.put("commits", stats.commits());
        st.put("blobs", stats.blobs());
        ObjectNode summary = doc.putObject("summary");
        summary.put("total", counts[0]);
        summary.put("active", counts[1]);
        summary.put("inactive", counts[2]);
        summary.put("notInScope", counts[3]);
        summary.put("unchecked", counts[4]);
        return doc;
    }

    /** {@code edfa_****wXyZ} or {@code ****01BC}: the kind's fixed start and the last 4, nothing random before. */
    static String masked(Finding finding) {
        return (finding.kind() == TokenKind.API_TOKEN ? TokenPatterns.API_PREFIX : "") + "****" + finding.last4();
    }

    private String commitLabel(CommitInfo commit) {
        return commit.shortId() + " " + safe(commit.authorName()) + " " + commit.authorDate().toString().substring(0,
                10);
    }

    /** Git and file-system text with anything token-shaped masked, then through the run's redactor. */
    private String safe(String text) {
        return run.redactor().apply(TOKEN_SHAPES.matcher(text).replaceAll("****"));
    }

    private static int count(List<ClassifiedFinding> findings, Classification classification) {
        return (int) findings.stream().filter(f -> f.classification() == classification).count();
    }
}
