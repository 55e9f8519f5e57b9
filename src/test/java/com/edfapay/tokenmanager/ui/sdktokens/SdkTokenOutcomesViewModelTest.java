package com.edfapay.tokenmanager.ui.sdktokens;


import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.SdkToken;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.desktop.ClipboardGuard;
import com.edfapay.tokenmanager.desktop.Environment;
import com.edfapay.tokenmanager.desktop.FakeSystemClipboard;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.RecordingDialogs;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import com.edfapay.tokenmanager.ui.session.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Issue 10, defects 2 and 7 on the SDK tab: endless pages stop and say so; toggle outcomes are shown as known. */
class SdkTokenOutcomesViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ClipboardGuard clipboard = new ClipboardGuard(new FakeSystemClipboard(),
            (delay, action) -> tasks.schedule(delay, action)::cancel, () -> Duration.ofSeconds(30));

    private SdkTokensViewModel viewModel(FakeEdfaPayApi api) {
        Session session = new Session("test", Environment.LOCAL_SANDBOX, "http://127.0.0.1:1", api, api.identity,
                Session.KeyFingerprint.of("edfa_1234567890abcdef"));
        return new SdkTokensViewModel(session, null, tasks, messages, dialogs, clipboard, () -> { }, 8);
    }

    /** Full pages forever, "last": false, and a total that grows with every page. */
    private static class EndlessUsers extends FakeEdfaPayApi {
        final AtomicInteger pages = new AtomicInteger();

        EndlessUsers() {
            super(FakeEdfaPayApi.merchant().identity);
        }

        @Override
        public Page<UserSummary> searchUsers(UserQuery query) {
            int n = pages.incrementAndGet();
            List<UserSummary> content = new ArrayList<>();
            int size = query.page().pageSize();
            for (int i = 0; i < size; i++) {
                String id = "u-" + (query.page().pageNumber() * size + i);
                content.add(new UserSummary(id, id, null, null, null, null, UserType.USER, "m-1", "M", true));
            }
            return new Page<>(content, 1_000L * n + 1_000, 10 * n + 10, query.page().pageNumber(), size, false);
        }

        @Override
        public SdkToken getSdkToken(String userId) {
            return new SdkToken(userId, null, "m-1", UserType.USER, null, null, null, false);
        }
    }

    private SdkTokensViewModel withOneEnabledToken(FakeEdfaPayApi api) {
        api.users.add(new UserSummary("u-1", "pos1", null, "Pos", "One", null, UserType.TERMINAL, "m-1", "M", true));
        api.sdkTokens.put("u-1", new SdkToken("u-1", "A".repeat(64), "m-1", UserType.TERMINAL, null, null, null,
                true));
        SdkTokensViewModel vm = viewModel(api);
        vm.start();
        vm.selectedProperty().set(vm.rows().get(0));
        return vm;
    }

    private static void drain(SameThreadTaskRunner runner) {
        for (int i = 0; i < 1_000_000 && runner.runNext(); i++) {
            // run queued work one item at a time, so paging does not recurse
        }
    }


}
