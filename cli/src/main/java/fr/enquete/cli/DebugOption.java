package fr.enquete.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, which {@link Main}'s error handler reads from the arguments: every command takes it, since an
 * unexpected error tells the user to run again with it.
 */
final class DebugOption {

    @Option(names = "--debug")
    boolean debug;
}
