package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Runs the SDK table's code before the user opens the tab, on the calling thread, which must not be the JavaFX
 * thread. On a cold JVM a table's first screenful of rows costs the JavaFX thread 300 ms of CPU (row and cell skins,
 * their CSS, text layout, all interpreted); the same table after this costs less than half (docs/decisions/0048).
 *
 * <p>A table set up like the tab's ({@link SdkTokenColumns}), in a scene that no window shows, goes through what
 * the tab's load does: one skeleton row, a page of made-up users, every kind of status arriving, a scroll and a
 * selection. JavaFX lets nodes be built, styled and laid out on any thread until they are in a showing window; what
 * this leaves behind is only the loaded classes and the compiled code, which the tab's table then runs. No real user,
 * token or key is involved.
 */
public final class SdkTableWarmUp {

    /** Rounds, each with a new table: enough calls for the just-in-time compiler to compile the cells' code. */
    static final int ROUNDS = 3;
    /** A screenful (27 rows at 800 pixels) and the scroll's: more only leaves more for the collector to copy. */
    private static final int ROWS = 60;
    private static final List<UserType> TYPES = List.of(UserType.TERMINAL, UserType.USER, UserType.SDK_USER);
    private static final TokenStatus[] STATUSES = {TokenStatus.ACTIVE, TokenStatus.ACTIVE, TokenStatus.DISABLED,
        TokenStatus.NO_TOKEN, TokenStatus.ERROR, TokenStatus.STALE};

    private final Messages messages;
    /** The tables made, weakly: a test asserts nothing keeps them once the warm-up is done. */
    private final List<WeakReference<TableView<SdkTokenRow>>> made = new ArrayList<>();

    public SdkTableWarmUp(Messages messages) {
        this.messages = messages;
    }

    List<WeakReference<TableView<SdkTokenRow>>> tablesMade() {
        return made;
    }

    /**
     * Warms up until done or until {@code stop} says so (checked between steps: the user opened the tab).
     *
     * @return the table cells that showed a row in the last step run, so a caller can tell the rows were laid out
     */
    public int run(BooleanSupplier stop) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the warm-up must not run on the JavaFX thread");
        }
        int shown = 0;
        for (int round = 0; round < ROUNDS && !stop.getAsBoolean(); round++) {
            shown = round(round, stop);
        }
        if (!stop.getAsBoolean()) {
            // The young collections during the rounds promote the tables alive at the time, about 15 MB that only a
            // full collection frees: the process's memory and the next full pause would carry them all session. A
            // full collection now, while the Connect screen waits for the user, costs one pause of about 60 ms.
            System.gc();
        }
        return shown;
    }

    private int round(int round, BooleanSupplier stop) {
        TableView<SdkTokenRow> table = table();
        made.add(new WeakReference<>(table));
        VBox root = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        new SceneFactory(messages).create(root, 1280, 800);
        ObservableList<SdkTokenRow> items = FXCollections.observableArrayList(SdkTokenRow.placeholder());
        table.setItems(items);
        int shown = pulse(root);
        List<SdkTokenRow> page = page(round);
        List<Runnable> steps = List.of(
                () -> items.setAll(page),
                () -> answer(page),
                () -> table.scrollTo(ROWS / 2),
                () -> table.getSelectionModel().select(ROWS / 2 + 1),
                () -> table.scrollTo(0));
        for (Runnable step : steps) {
            if (stop.getAsBoolean()) {
                break;
            }
            step.run();
            shown = pulse(root);
        }
        return shown;
    }

    private TableView<SdkTokenRow> table() {
        TableView<SdkTokenRow> table = new TableView<>();
        table.getStyleClass().add("dense");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SdkTokenColumns columns = new SdkTokenColumns(column("sdk.column.name"), column("sdk.column.type"),
                column("sdk.column.merchant"), column("sdk.column.trsm"), column("sdk.column.device"),
                column("sdk.column.token"), column("sdk.column.status"));
        columns.setUp(messages);
        table.getColumns().addAll(List.of(columns.name(), columns.type(), columns.unit(), columns.trsm(),
                columns.device(), columns.token(), columns.status()));
        return table;
    }

    private <T> TableColumn<SdkTokenRow, T> column(String header) {
        return new TableColumn<>(messages.get(header));
    }

    private static List<SdkTokenRow> page(int round) {
        List<SdkTokenRow> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            String id = "warm-up-" + round + "-" + i;
            rows.add(new SdkTokenRow(new UserSummary(id, id, null, "Warm-up", "User " + i, null,
                    TYPES.get(i % TYPES.size()), "unit-" + i % 7, "Business unit " + i % 7, Boolean.TRUE), i));
        }
        return rows;
    }

    /** Every kind of status a token read ends in, as the tab's answers set them. */
    private static void answer(List<SdkTokenRow> page) {
        for (int i = 0; i < page.size(); i++) {
            SdkTokenRow row = page.get(i);
            TokenStatus status = STATUSES[i % STATUSES.length];
            switch (status) {
                case ERROR -> row.failed("warm-up");
                case STALE -> {
                    row.apply(new KnownToken(TokenStatus.ACTIVE, "0000", "TRSM" + i, "T" + i, "D" + i));
                    row.failed("warm-up");
                }
                default -> row.apply(new KnownToken(status, status == TokenStatus.NO_TOKEN ? "" : "0000",
                        "TRSM" + i, "T" + i, "D" + i));
            }
        }
    }

    /** What a pulse does to a scene: styles, then lays out. Returns the cells that show a row. */
    private static int pulse(Parent root) {
        root.applyCss();
        root.layout();
        return showing(root);
    }

    private static int showing(Node node) {
        int cells = node instanceof TableCell<?, ?> cell && !cell.isEmpty() && cell.isVisible() ? 1 : 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                cells += showing(child);
            }
        }
        return cells;
    }
}
