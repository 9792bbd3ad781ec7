package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * An unexpected error says "run again with --debug for details": every command must then accept --debug
 * ({@code indicators} answered "Unknown option: '--debug'").
 */
class DebugOptionTest {

    @Test
    void everyCommandTakesDebug() {
        java.util.List<String> refusing = new java.util.ArrayList<>();
        for (Class<?> c : Main.COMMANDS) {
            CommandLine cl = new CommandLine(c);
            if (c != CommandLine.HelpCommand.class && cl.getCommandSpec().findOption("--debug") == null) {
                refusing.add(cl.getCommandName());
            }
        }
        assertEquals(java.util.List.of(), refusing);
    }

    @Test
    void indicatorsRunsWithDebug() {
        CliRun run = CliRun.run("indicators", Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv").toString(), "--debug");
        assertEquals(Main.OK, run.code(), run.err());
        assertTrue(run.out().contains("Pas-de-Calais"));
    }
}
