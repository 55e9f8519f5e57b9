package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.app.AppUnderTest;
import com.edfapay.tokenmanager.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the app, while a slow server's first page of users is on its way, the SDK table fills its viewport with skeleton
 * rows (docs/decisions/0027, the first of them at once: 0029), and the page then replaces them with the scope's users.
 */
class SkeletonRowsFxTest extends FxRobot {

    private AppUnderTest app;

    @BeforeEach
    void start() throws Exception {
        app = AppUnderTest.start(SandboxOptions.inMemory());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    private TableView<SdkTokenRow> table() {
        return lookup("#sdkTokens #sdkTable").queryTableView();
    }

    @Test
    void aSlowFirstPageShowsAViewportOfSkeletonRowsThenTheUsers() throws Exception {
        long users = app.clientAs("partner").searchUsers(UserQuery.all(PageRequest.first(1))).totalElements();
        app.signInAs(this, "partner");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                table().getItems().size() == users && !table().getItems().get(0).isPlaceholder()).get());

        app.sandbox().reconfigureFaults(Duration.ofSeconds(3), 0, 0, 0);
        // The sizes the skeleton goes through: one row at once (0029), then a few more each frame.
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> table().getItems().addListener((ListChangeListener<SdkTokenRow>) change ->
                sizes.add(change.getList().size()))).get();
        clickOn("#sdkTokens #refreshButton");

        // The viewport full of placeholders: the skeleton stopped growing because the last row is below the fold.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            TableView<SdkTokenRow> table = table();
            return table.getItems().size() > 3 && table.getItems().stream().allMatch(SdkTokenRow::isPlaceholder)
                    && table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null
                    && flow.getLastVisibleCell().getIndex() < table.getItems().size() - 1;
        }).get());
        int skeleton = WaitForAsyncUtils.asyncFx(() -> table().getItems().size()).get();
        assertThat(skeleton).as("skeleton rows").isBetween(10, SdkTokensViewModel.MAX_SKELETON_ROWS);
        assertThat(sizes).as("the refresh empties the table, then one skeleton row, then a step more")
                .startsWith(0, 1, 4);

        app.sandbox().reconfigureFaults(Duration.ZERO, 0, 0, 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                !table().getItems().get(0).isPlaceholder()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table().getItems()).as("the scope's users replaced the skeleton").hasSize((int) users)
                .noneMatch(SdkTokenRow::isPlaceholder);
    }
}
