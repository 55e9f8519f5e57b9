package com.edfapay.tokenmanager.bench;

import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SceneFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * What a screenful of table rows costs the JavaFX thread on a cold JVM, by how the rows are built: the
 * {@code TableView} the SDK Tokens tab uses (7 columns, the app's theme), one node of 7 {@code Text}s per row in a
 * {@code ListView}, the same row nodes without a virtual flow, and rows drawn on one {@code Canvas}. This is the
 * floor under the partner tab's first-screenful and lateness goals (docs/decisions/0047): whatever the app does,
 * its first rows cost what their construction costs in a JVM that has not run that code yet.
 *
 * <p>Each variant runs in a fresh JVM with the app's JVM options (pom.xml {@code app.jvm.*}), headless (Monocle,
 * software rendering, as the other benchmarks), the variants alternating, {@code runs} rounds. In each JVM a window
 * with an empty control is shown, then 100 rows are set and the JavaFX thread's CPU (and the render thread's) is
 * read over the next 3 frames; that is done three times, each in a new window: the first is cold, the third warm.
 * Not a test:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.edfapay.tokenmanager.bench.ColdRowsBenchmark -Dexec.args="runs=5"
 * </pre>
 */
public final class ColdRowsBenchmark {

    private static final List<String> VARIANTS = List.of("table", "list", "nodes", "canvas");
    private static final Map<String, String> NAMES = Map.of(
            "table", "TableView, 7 columns (the SDK tab's kind)",
            "list", "ListView, a row node of 7 Texts",
            "nodes", "27 row nodes of 7 Texts, no virtual flow",
            "canvas", "one Canvas, 27 rows of 7 texts drawn");
    private static final double[] WIDTHS = {190, 90, 170, 120, 120, 90, 100};
    private static final int ROUNDS_IN_A_JVM = 3;
    private static final int ROWS_ON_SCREEN = 27;
    private static final double ROW_HEIGHT = 28;

    private ColdRowsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            Child.run(args[1]);
            return;
        }
        int runs = 5;
        for (String arg : args) {
            if (arg.startsWith("runs=")) {
                runs = Integer.parseInt(arg.substring(5));
            }
        }
        List<String> jvm = AppJvmOptions.fromPom(Path.of("pom.xml"));
        System.out.println("JVM: " + System.getProperty("java.version") + " " + String.join(" ", jvm)
                + "; load " + java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim());
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            for (String variant : VARIANTS) {
                results.computeIfAbsent(variant, v -> new ArrayList<>()).add(child(jvm, variant));
            }
            System.out.println("round " + (run + 1) + " of " + runs + " done");
        }
        double tableCold = median(results.get("table"), 0);
        System.out.println();
        System.out.println("| Rows built as | nodes | FX CPU, cold (median) | x TableView | render CPU, cold | FX CPU, "
                + "third time | ");
        System.out.println("|---|---|---|---|---|---|");
        for (String variant : VARIANTS) {
            List<double[]> r = results.get(variant);
            double cold = median(r, 0);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f ms | %.2f | %.0f ms | %.0f ms |%n", NAMES.get(variant),
                    median(r, 3), cold, cold / tableCold, median(r, 1), median(r, 2));
        }
        System.out.println("(" + runs + " JVMs each, alternating; cold: the first 100 rows set in a fresh JVM, the CPU "
                + "of the 3 frames after)");
    }

    /** One fresh JVM: {cold FX CPU, cold render CPU, third FX CPU, nodes}. */
    private static double[] child(List<String> jvm, String variant) throws Exception {
        List<String> command = new ArrayList<>(List.of(BenchClassPath.javaBinary()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", BenchClassPath.classpath(), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                ColdRowsBenchmark.class.getName(), "--child", variant));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double[] result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = Arrays.stream(line.substring(7).split(" ")).mapToDouble(Double::parseDouble).toArray();
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(variant + ": the child JVM failed (exit " + process.exitValue() + ")");
        }
        return result;
    }

    private static double median(List<double[]> results, int field) {
        double[] values = results.stream().mapToDouble(r -> r[field]).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The measuring JVM. */
    private static final class Child {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        static void run(String variant) throws Exception {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get();
            Platform.setImplicitExit(false);
            SceneFactory.applyTheme(false);
            double[] cold = null;
            double[] last = null;
            for (int round = 0; round < ROUNDS_IN_A_JVM; round++) {
                last = oneScreenful(variant, round);
                if (round == 0) {
                    cold = last;
                }
            }
            System.out.printf(Locale.ROOT, "RESULT %.2f %.2f %.2f %.0f%n", cold[0], cold[1], last[0], cold[2]);
            Platform.exit();
        }

        /** {FX CPU ms, render CPU ms, nodes} of setting 100 rows in a new window. */
        private static double[] oneScreenful(String variant, int round) throws Exception {
            CompletableFuture<double[]> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                Region control = control(variant);
                VBox box = new VBox(control);
                VBox.setVgrow(control, Priority.ALWAYS);
                Stage stage = new Stage();
                stage.setScene(new SceneFactory(Messages.forLocale(Locale.ENGLISH)).create(box, 1280, 800));
                stage.show();
                new AnimationTimer() {
                    private int frames;
                    private long fx0;
                    private long render0;

                    @Override
                    public void handle(long now) {
                        frames++;
                        if (frames == 5) {
                            fx0 = THREADS.getCurrentThreadCpuTime();
                            render0 = renderCpu();
                            fill(control, rows(100, round));
                        } else if (frames == 8) {
                            stop();
                            double[] result = {(THREADS.getCurrentThreadCpuTime() - fx0) / 1e6,
                                    (renderCpu() - render0) / 1e6, count(control)};
                            stage.hide();
                            done.complete(result);
                        }
                    }
                }.start();
            });
            return done.get(60, TimeUnit.SECONDS);
        }

        private static long renderCpu() {
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                    return THREADS.getThreadCpuTime(info.getThreadId());
                }
            }
            return 0;
        }

        private static ObservableList<String[]> rows(int count, int salt) {
            List<String[]> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                rows.add(new String[] {"User name " + salt + "-" + i, "SoftPOS", "Merchant " + (i * 7 % 2000),
                        "TRSM" + (100000 + i), "Device " + i, "\u2022\u2022\u2022\u2022 " + (1000 + i), "Active"});
            }
            return FXCollections.observableArrayList(rows);
        }

        private static Region control(String variant) {
            return switch (variant) {
                case "table" -> table();
                case "list" -> list();
                case "nodes" -> new VBox();
                case "canvas" -> new StackPane(new Canvas(900, ROWS_ON_SCREEN * ROW_HEIGHT));
                default -> throw new IllegalArgumentException(variant);
            };
        }

        @SuppressWarnings("unchecked")
        private static void fill(Region control, ObservableList<String[]> rows) {
            if (control instanceof TableView<?> table) {
                ((TableView<String[]>) table).setItems(rows);
            } else if (control instanceof ListView<?> list) {
                ((ListView<String[]>) list).setItems(rows);
            } else if (control instanceof VBox box) {
                for (int i = 0; i < ROWS_ON_SCREEN; i++) {
                    RowNode row = new RowNode();
                    row.show(rows.get(i));
                    box.getChildren().add(row);
                }
            } else {
                draw(((Canvas) ((StackPane) control).getChildren().get(0)).getGraphicsContext2D(), rows);
            }
        }

        private static TableView<String[]> table() {
            TableView<String[]> table = new TableView<>();
            table.getStyleClass().add("dense");
            for (int c = 0; c < WIDTHS.length; c++) {
                int column = c;
                TableColumn<String[], String> col = new TableColumn<>("Column " + c);
                col.setPrefWidth(WIDTHS[c]);
                col.setCellValueFactory(data -> new ReadOnlyStringWrapper(data.getValue()[column]));
                table.getColumns().add(col);
            }
            return table;
        }

        private static ListView<String[]> list() {
            ListView<String[]> list = new ListView<>();
            list.getStyleClass().add("dense");
            list.setCellFactory(view -> new ListCell<>() {
                private final RowNode row = new RowNode();

                {
                    setGraphic(row);
                    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                }

                @Override
                protected void updateItem(String[] item, boolean empty) {
                    super.updateItem(item, empty);
                    row.show(empty ? null : item);
                }
            });
            return list;
        }

        private static void draw(GraphicsContext g, List<String[]> rows) {
            for (int i = 0; i < ROWS_ON_SCREEN; i++) {
                double y = i * ROW_HEIGHT;
                g.setFill(i % 2 == 0 ? Color.WHITE : Color.web("#f6f8fa"));
                g.fillRect(0, y, 900, ROW_HEIGHT);
                g.setFill(Color.web("#1f2328"));
                double x = 8;
                for (int c = 0; c < WIDTHS.length; c++) {
                    g.fillText(rows.get(i)[c], x, y + 19, WIDTHS[c] - 16);
                    x += WIDTHS[c];
                }
            }
        }

        private static int count(Node node) {
            int nodes = 1;
            if (node instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    nodes += count(child);
                }
            }
            return nodes;
        }
    }

    /** One row as one region laying out 7 {@code Text}s at the column offsets (no skins, no Labeled). */
    private static final class RowNode extends Region {
        private final Text[] texts = new Text[WIDTHS.length];

        RowNode() {
            for (int c = 0; c < texts.length; c++) {
                texts[c] = new Text();
                getChildren().add(texts[c]);
            }
        }

        void show(String[] row) {
            for (int c = 0; c < texts.length; c++) {
                texts[c].setText(row == null ? null : row[c]);
            }
        }

        @Override
        protected void layoutChildren() {
            double x = 8;
            for (int c = 0; c < texts.length; c++) {
                texts[c].relocate(x, 5);
                x += WIDTHS[c];
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return ROW_HEIGHT;
        }
    }
}
