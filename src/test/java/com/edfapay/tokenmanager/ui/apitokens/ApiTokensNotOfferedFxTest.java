package com.edfapay.tokenmanager.ui.apitokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.ClientConfig;
import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.ui.common.FxDialogService;
import com.edfapay.tokenmanager.ui.common.FxSystemClipboard;
import com.edfapay.tokenmanager.ui.common.FxTaskRunner;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.ViewLoader;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Against a server that answers {@code /api/v1/me} but 404 for {@code /api/v1/api-tokens} (EdfaPay today), the tab
 * explains where tokens are managed and offers the connection's own key: masked, testable, replaceable.
 */
class ApiTokensNotOfferedFxTest extends FxRobot {

    private static final String KEY = "edfa_RealKeyFromDashboard0123456789abcdefQ7rZ";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final AtomicInteger signOuts = new AtomicInteger();
    private MockWebServer server;
    private EdfaPayClient client;
    private FxTaskRunner tasks;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                paths.add(request.getMethod() + " " + path);
                if (path.equals("/api/v1/me")) {
                    return json(200, "{\"code\":200,\"message\":\"Success\",\"errorCode\":null,\"data\":"
                            + "{\"userId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"userType\":\"MERCHANT\","
                            + "\"businessUnitId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\","
                            + "\"businessUnitName\":\"Jeddah Books\",\"partnerId\":null}}");
                }
                // No such endpoint: a 404 that names nothing it failed to find (errorCode NOT_FOUND would mean
                // "the endpoint exists but the item does not").
                return json(404, "{\"code\":404,\"message\":\"Not Found\",\"errorCode\":null,\"data\":null}");
            }
        });
        server.start();
        String baseUrl = "http://127.0.0.1:" + server.getPort();
        client = new EdfaPayClient(ClientConfig.of(baseUrl, KEY));
        Session session = new Session("Jeddah production", Environment.CUSTOM, baseUrl, client, client.whoAmI(),
                Session.KeyFingerprint.of(KEY));

        Stage stage = FxToolkit.registerPrimaryStage();
        tasks = new FxTaskRunner(2);
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        FxToolkit.setupSceneRoot(() -> {
            FxDialogService dialogs = new FxDialogService(stage, opened::add, messages);
            ClipboardGuard clipboard = new ClipboardGuard(new FxSystemClipboard(),
                    (delay, action) -> tasks.schedule(delay, action)::cancel, () -> ClipboardGuard.DEFAULT_CLEAR_AFTER);
            ApiTokensViewModel vm = new ApiTokensViewModel(session, null, tasks, messages, dialogs, clipboard,
                    Clock.systemDefaultZone(), signOuts::incrementAndGet);
            var root = new ViewLoader(messages).register(ApiTokensView.class, () -> new ApiTokensView(vm))
                    .load(ApiTokensView.class).root();
            vm.start();
            return root;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(1280);
            s.setHeight(800);
        });
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        tasks.close();
        client.close();
        server.close();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body)
                .build();
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void theTabExplainsTheDashboardAndOffersTheConnectionsOwnKey() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visible("#openDashboardButton"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paths).contains("GET /api/v1/api-tokens");
        assertThat(visible("#tokensPane")).as("the token table is replaced by the explanation").isFalse();
        Label key = lookup("#ownKeyLabel").queryAs(Label.class);
        assertThat(key.getText()).isEqualTo("edfa_Real\u2022\u2022\u2022\u2022Q7rZ");
        assertThat(key.getText()).doesNotContain("KeyFromDashboard");
        assertThat(lookup("#dashboardNote").queryAs(Label.class).getText())
                .contains("not one of EdfaPay\u2019s known environments").contains("https://app.edfapay.com");

        clickOn("#openDashboardButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> opened.contains("https://app.edfapay.com"));

        clickOn("#testKeyButton");
        Label result = lookup("#keyTestLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !result.getText().isEmpty()
                && !result.getText().startsWith("Testing"));
        assertThat(result.getText()).isEqualTo("This key works: Merchant \u00b7 Jeddah Books");
        assertThat(paths.stream().filter("GET /api/v1/me"::equals).count()).isEqualTo(2);

        clickOn("#replaceKeyButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> signOuts.get() == 1);
    }
}
