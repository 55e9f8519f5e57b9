package com.edfapay.tokenmanager.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/**
 * {@code edfapay-tokens}: the command line of the EdfaPay Token Manager. A new command is one class listed in
 * {@code subcommands} below (picocli builds it through {@link Cli}'s factory, which passes it the {@link Run}).
 */
@Command(name = "edfapay-tokens", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        subcommands = {WhoAmICommand.class, MerchantsCommand.class, UsersCommand.class, SdkCommand.class,
                ApiTokensCommand.class, ScanCommand.class},
        usageHelpAutoWidth = true, scope = picocli.CommandLine.ScopeType.INHERIT)
final class RootCommand extends GroupCommand {

    @Mixin
    GlobalOptions options;

    RootCommand(Run run) {
        this.options = run.options();
    }

    /** The version in the jar's manifest; "development build" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"edfapay-tokens " + (version == null ? "(development build)" : version)};
        }
    }
}
