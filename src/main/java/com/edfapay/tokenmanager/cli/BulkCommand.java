package com.edfapay.tokenmanager.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command applied to many ids: from arguments, stdin ({@code -}) or a CSV column; at most {@code --concurrency}
 * rows in flight; one result per row in input order; {@code --dry-run} reads and reports what would change.
 *
 * <p>Exit code: 0 when no row failed; when every row failed for the same class of reason, that reason's code
 * (so a single id behaves like a single command); otherwise {@link ExitCodes#PARTIAL_FAILURE}.
 */
abstract class BulkCommand extends ConnectedCommand {

    static final int MAX_CONCURRENCY = 16;

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "param.ids")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--csv", paramLabel = "FILE", descriptionKey = "option.csv")
    @Nullable Path csv;

    @Option(names = "--column", paramLabel = "NAME", descriptionKey = "option.column")
    @Nullable String column;

    @Option(names = "--dry-run", descriptionKey = "option.dryRun")
    boolean dryRun;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4", descriptionKey = "option.concurrency")
    int concurrency;

    private List<String> ids = List.of();

    BulkCommand(Run run) {
        super(run);
    }

    /** The CSV column read when {@code --column} is not given. */
    abstract String defaultColumn();

    /** The progress label, for example "Disabling". */
    abstract String progressLabel();

    /** Work done once before the rows (for example listing the API tokens the rows refer to). */
    void prepare(Session session) {
    }

    /** What a row that did something is recorded as in the activity log; null when it only reads. */
    abstract @Nullable ActivityAction activityAction();

    /** One row; may throw a client error, which becomes a failed row. */
    abstract RowResult row(Session session, String id);

    @Override
    void validate() {
        CliMessages messages = run.messages();
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw CliFailure.usage(messages.get("usage.concurrency", MAX_CONCURRENCY));
        }
        ids = IdList.collect(arguments, csv, column == null ? defaultColumn() : column, run.context().in(),
                messages);
    }

    @Override
    final int execute(Session session) {
        prepare(session);
        List<RowResult> results = runRows(session);
        return report(session, results);
    }

    private List<RowResult> runRows(Session session) {
        int threads = Math.min(concurrency, ids.size());
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "edfapay-tokens-bulk-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (Progress progress = run.progress(progressLabel(), ids.size())) {
            List<Future<RowResult>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> {
                    RowResult result;
                    try {
                        result = row(session, id);
                    } catch (RuntimeException e) {
                        result = RowResult.failed(id, session.failure(e));
                    }
                    recordRow(session, result);
                    progress.step();
                    return result;
                }));
            }
            List<RowResult> results = new ArrayList<>(futures.size());
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(futures.get(i), ids.get(i), session));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A dry run changes nothing and is not recorded; a row of several is a BULK_ROW naming the action. */
    private void recordRow(Session session, RowResult result) {
        ActivityAction action = activityAction();
        if (action == null || dryRun) {
            return;
        }
        boolean bulk = ids.size() > 1;
        String detail = (bulk ? action.name() + " " : "") + result.outcome().name();
        session.record(bulk ? ActivityAction.BULK_ROW : action, rowName(result), result.id(), result.failure(),
                detail);
    }

    /** The name of the row's target for the activity log (an API token's name), else null. */
    @Nullable String rowName(RowResult result) {
        return result.token() != null && result.token().hasNonNull("name") ? result.token().get("name").asText()
                : null;
    }

    private static RowResult await(Future<RowResult> future, String id, Session session) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowResult.failed(id, session.failure(e));
        } catch (ExecutionException e) {
            return RowResult.failed(id, session.failure(e.getCause() == null ? e : e.getCause()));
        }
    }

    private int report(Session session, List<RowResult> results) {
        CliMessages messages = session.messages();
        Output output = session.output();
        int[] counts = new int[RowResult.Outcome.Kind.values().length];
        Set<Integer> failureCodes = new HashSet<>();
        for (RowResult r : results) {
            counts[r.outcome().kind().ordinal()]++;
            if (r.failure() != null) {
                failureCodes.add(r.failure().exitCode());
                session.run().context().err().println(messages.get("error.row", r.id(), r.failure().message()));
            }
        }
        session.run().context().err().flush();
        int failed = counts[RowResult.Outcome.Kind.FAILED.ordinal()];
        if (output.json()) {
            ObjectNode doc = output.document(session.command(), failed == 0);
            doc.put("dryRun", dryRun);
            ArrayNode rows = doc.putArray("results");
            for (RowResult r : results) {
                ObjectNode row = rows.addObject();
                row.put("id", r.id());
                row.put("ok", r.ok());
                row.put("outcome", r.outcome().name());
                if (r.token() == null) {
                    row.putNull("token");
                } else {
                    row.set("token", r.token());
                }
                if (r.failure() == null) {
                    row.putNull("error");
                } else {
                    Views.error(row.putObject("error"), r.failure());
                }
            }
            ObjectNode summary = doc.putObject("summary");
            summary.put("total", results.size());
            summary.put("changed", counts[RowResult.Outcome.Kind.CHANGED.ordinal()]);
            summary.put("unchanged", counts[RowResult.Outcome.Kind.UNCHANGED.ordinal()]);
            summary.put("wouldChange", counts[RowResult.Outcome.Kind.WOULD_CHANGE.ordinal()]);
            summary.put("failed", failed);
            output.writeJson(doc);
        } else {
            Table table = new Table(messages.get("column.id"), messages.get("column.outcome"),
                    messages.get("column.status"), messages.get("column.token"), messages.get("column.error"));
            for (RowResult r : results) {
                table.row(r.id(), messages.get("outcome." + r.outcome().name()), r.status(), r.masked(),
                        r.failure() == null ? "" : r.failure().type());
            }
            output.table(table);
            output.line(messages.get(dryRun ? "summary.dryRun" : "summary.done", results.size(),
                    counts[RowResult.Outcome.Kind.CHANGED.ordinal()], counts[RowResult.Outcome.Kind.UNCHANGED.ordinal()],
                    counts[RowResult.Outcome.Kind.WOULD_CHANGE.ordinal()], failed));
        }
        if (failed == 0) {
            return ExitCodes.OK;
        }
        if (failed == results.size() && failureCodes.size() == 1) {
            return failureCodes.iterator().next();
        }
        return ExitCodes.PARTIAL_FAILURE;
    }

    /** "active", "disabled" or "none" for the table, in the user's language. */
    static String status(CliMessages messages, boolean hasToken, boolean active) {
        if (!hasToken) {
            return messages.get("status.none");
        }
        return messages.get(active ? "status.active" : "status.disabled");
    }
}
