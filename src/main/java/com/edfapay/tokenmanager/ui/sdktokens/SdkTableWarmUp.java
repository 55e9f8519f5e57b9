package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * Lays out an offscreen copy of the SDK Tokens table (same id, style classes, columns and cells), one row per frame,
 * after the app's first frame: the first screenful of the real table then runs compiled code instead of the JVM's
 * interpreter (measured in docs/decisions/0027). Each step is one row's skins and CSS on the JavaFX thread; nothing
 * of it is ever shown, and it is dropped when done. Call on the JavaFX thread.
 */
public final class SdkTableWarmUp {

    /** Rows laid out in all: a screenful and a half, so the cell code runs often enough to be compiled. */
    static final int ROWS = 40;

    private final ObservableList<SdkTokenRow> items = FXCollections.observableArrayList();
    private final StackPane root = new StackPane();
    private final TableView<SdkTokenRow> table = new TableView<>(items);
    private final Messages messages;
    private int added;

    private SdkTableWarmUp(Messages messages) {
        this.messages = messages;
    }

    /** Starts the warm-up; it ends by itself after {@link #ROWS} frames. */
    public static void start(Messages messages) {
        new SdkTableWarmUp(messages).run();
    }

    private void run() {
        table.setId("sdkTable");
        table.getStyleClass().add("dense");
        Tooltip shared = new Tooltip();
        TableColumn<SdkTokenRow, String> name = column(row -> row.displayName());
        name.setCellFactory(column -> new SdkTokenCells.NameCell(shared));
        TableColumn<SdkTokenRow, String> token = column(SdkTokenRow::last4);
        token.setCellFactory(column -> new SdkTokenCells.MaskedLast4Cell());
        token.getStyleClass().add("secret-column");
        TableColumn<SdkTokenRow, TokenStatus> status = new TableColumn<>();
        status.setCellValueFactory(data -> data.getValue().statusProperty());
        status.setCellFactory(column -> new SdkTokenCells.StatusCell(
                value -> messages.get("sdk.status." + value.name()), messages));
        table.getColumns().setAll(List.of(name, column(row -> ""), column(SdkTokenRow::businessUnitName),
                column(row -> row.trsmProperty().get()), column(row -> row.deviceIdProperty().get()), token, status));
        root.getChildren().add(table);
        // The app's scene setup (theme, app.css, orientation), never shown in a window.
        new SceneFactory(messages).create(root, 1000, 700);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (added >= ROWS) {
                    stop();
                    items.clear();
                    root.getChildren().clear();
                    return;
                }
                SdkTokenRow row = new SdkTokenRow(new UserSummary("warm-up-" + added, "user" + added, null,
                        "First" + added, "Last" + added, null, UserType.USER, null, "Merchant " + added, true), added);
                row.apply(new KnownToken(TokenStatus.values()[added % TokenStatus.values().length], "ab1" + added % 10,
                        "", "", ""));
                items.add(row);
                added++;
                root.resize(1000, 700);
                root.applyCss();
                root.layout();
            }
        }.start();
    }

    private static TableColumn<SdkTokenRow, String> column(java.util.function.Function<SdkTokenRow, String> value) {
        TableColumn<SdkTokenRow, String> column = new TableColumn<>();
        column.setPrefWidth(130);
        column.setCellValueFactory(data -> new SimpleStringProperty(value.apply(data.getValue())));
        return column;
    }
}
