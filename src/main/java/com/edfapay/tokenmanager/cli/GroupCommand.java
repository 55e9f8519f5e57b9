package com.edfapay.tokenmanager.cli;

/**
 * A command that only groups subcommands ({@code sdk}, {@code api-tokens}, ...). It is deliberately not runnable:
 * without a subcommand picocli reports "Missing required subcommand" with the group's usage, exit code 2.
 */
abstract class GroupCommand {
}
