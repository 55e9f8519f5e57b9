package com.edfapay.tokenmanager.cli;

import com.edfapay.tokenmanager.desktop.activity.ActivityAction;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/** {@code sdk get|generate|replace|enable|disable USER_ID...}: the SDK tokens devices log in with. */
@Command(name = "sdk", subcommands = {SdkCommand.Get.class, SdkCommand.Generate.class, SdkCommand.Replace.class,
        SdkCommand.Enable.class, SdkCommand.Disable.class})
final class SdkCommand extends GroupCommand {

    /** Reads tokens; {@code --reveal} also prints them. */
    @Command(name = "get")
    static final class Get extends SdkRows {
        Get(Run run) {
            super(run);
        }

        @Override
        String progressLabel() {
            return run.messages().get("progress.reading");
        }

        @Override
        @Nullable ActivityAction activityAction() {
            return reveal ? ActivityAction.REVEAL : null;
        }

        @Override
        RowResult row(Session session, String id) {
            return result(session, session.api().getSdkToken(id), RowResult.Outcome.READ);
        }
    }

    /** Gives a token to users who have none; users who already have one are left alone. */
    @Command(name = "generate")
    static final class Generate extends SdkRows {
        Generate(Run run) {
            super(run);
        }

        @Override
        String progressLabel() {
            return run.messages().get("progress.generating");
        }

        @Override
        ActivityAction activityAction() {
            return ActivityAction.GENERATE;
        }

        @Override
        RowResult row(Session session, String id) {
            var before = session.api().getSdkToken(id);
            if (before.hasToken()) {
                return result(session, before, RowResult.Outcome.ALREADY_HAS_TOKEN);
            }
            if (dryRun) {
                return result(session, before, RowResult.Outcome.WOULD_GENERATE);
            }
            return result(session, session.api().generateSdkToken(id), RowResult.Outcome.GENERATED);
        }
    }

    /** A new token for every user given; the old one stops working, so its devices must be activated again. */
    @Command(name = "replace")
    static final class Replace extends SdkRows {
        Replace(Run run) {
            super(run);
        }

        @Override
        String progressLabel() {
            return run.messages().get("progress.replacing");
        }

        @Override
        ActivityAction activityAction() {
            return ActivityAction.REPLACE;
        }

        @Override
        RowResult row(Session session, String id) {
            var before = session.api().getSdkToken(id);
            if (dryRun) {
                return result(session, before, before.hasToken() ? RowResult.Outcome.WOULD_REPLACE
                        : RowResult.Outcome.WOULD_GENERATE);
            }
            var after = session.api().generateSdkToken(id);
            return result(session, after, before.hasToken() ? RowResult.Outcome.REPLACED
                    : RowResult.Outcome.GENERATED);
        }
    }

    @Command(name = "enable")
    static final class Enable extends SdkStatusRows {
        Enable(Run run) {
            super(run, true);
        }
    }

    @Command(name = "disable")
    static final class Disable extends SdkStatusRows {
        Disable(Run run) {
            super(run, false);
        }
    }
}
