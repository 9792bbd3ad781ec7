package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help and usage mistakes: help prints cleanly, a mistake prints its error and where help is, not the whole help. */
class UsageTest {

    /** Runs a command line, also capturing what picocli itself writes on System.err (its WARN lines go there). */
    private static CliRun runCapturingSystemErr(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream system = new ByteArrayOutputStream();
        System.setErr(new PrintStream(system, true, StandardCharsets.UTF_8));
        try {
            CliRun r = CliRun.run(args);
            return new CliRun(r.code(), r.out(), r.err() + system.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void helpOfEveryCommandPrintsNothingOnStandardError() {
        List<String> commands = new ArrayList<>(Main.commandLine(new String[0]).getSubcommands().keySet());
        assertTrue(commands.size() >= 12, "every command listed: " + commands);
        commands.add(0, null);
        for (String command : commands) {
            CliRun r = command == null ? runCapturingSystemErr("--help") : runCapturingSystemErr(command, "--help");
            assertEquals(0, r.code(), command);
            assertEquals("", r.err(), command + " --help writes on standard error");
            assertFalse(r.out().contains("WARN"), command);
            assertTrue(r.out().contains("Utilisation\u00A0: enquete"), command);
        }
        // The option whose '%' broke the format: its help text is printed whole, in both languages.
        assertTrue(runCapturingSystemErr("stats", "--help", "--lang", "en").out().replaceAll("\\s+", " ").contains("a sketch within 0.5 %."));
        assertTrue(runCapturingSystemErr("stats", "--help").out().replaceAll("\\s+", " ").contains("une estimation à 0,5\u00A0% près."));
    }

    @Test
    void theHelpListsEveryCommandWhileACommandRunBuildsOnlyItsOwnOptions() {
        // The eighteen commands of docs/commands.md, in the help's order (counted by hand from Main's list).
        List<String> all = List.of("stats", "report", "terms", "classes", "annotate", "inspect", "init", "swot", "study", "plan", "code",
                "import-qda", "crosstab", "check", "indicators", "demo", "bench", "help");
        String help = CliRun.run("--help").out();
        for (String command : all) {
            assertTrue(help.matches("(?s).*\\n\\s+" + command + "\\s.*"), command + " listed in:\n" + help);
        }
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"help", "report"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"frobnicate"}).getSubcommands().keySet()));
        assertEquals(List.of("report"), List.copyOf(Main.commandLine(new String[] {"report", "x.csv"}).getSubcommands().keySet()));
        assertTrue(CliRun.run("help", "stats").out().contains("Utilisation\u00A0: enquete stats"));
    }

    /**
     * A mistyped option names the ones it resembles: "--weights poids" got "Unknown options" alone, and "--weight
     * poids" (a column the export lacks) suggested "id" (a probe of bad inputs).
     */
    @Test
    void aMistypedOptionIsAnsweredWithTheOnesItResembles() {
        CliRun r = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--weights", "poids", "--lang", "en");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("Unknown options: '--weights', 'poids' (did you mean --weight?)"), r.err());
    }

    @Test
    void aUsageMistakePrintsTheErrorAndWhereHelpIs() {
        String export = Fixtures.export().toString();
        CliRun noOut = CliRun.run("report", export);
        assertEquals(Main.USAGE, noOut.code());
        assertEquals("", noOut.out());
        assertEquals(List.of("enquete: option obligatoire manquante : « --out=DIR »", "Voir 'enquete report --help'."),
                noOut.err().replace('\u00A0', ' ').lines().toList());

        CliRun noQuestion = CliRun.run("terms", export);
        assertEquals(Main.USAGE, noQuestion.code());
        assertEquals(2, noQuestion.err().lines().count(), noQuestion.err());
        assertTrue(noQuestion.err().contains("--question"), noQuestion.err());
        assertTrue(noQuestion.err().endsWith("Voir 'enquete terms --help'.\n"), noQuestion.err());

        CliRun pdf = CliRun.run("stats", export, "--format", "pdf", "--lang", "en");
        assertEquals(Main.USAGE, pdf.code());
        assertEquals(2, pdf.err().lines().count(), pdf.err());
        assertTrue(pdf.err().contains("pdf"), pdf.err());
        assertTrue(pdf.err().endsWith("See 'enquete stats --help'.\n"), pdf.err());

        CliRun unknown = CliRun.run("frobnicate");
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().endsWith("Voir 'enquete --help'.\n"), unknown.err());
        assertTrue(unknown.err().lines().count() <= 3, unknown.err());
    }

    @Test
    void aMistakeFoundAfterParsingAlsoPointsToHelp() {
        CliRun r = CliRun.run("stats", Fixtures.export().toString(), "--exact-limit", "0", "--lang=en");
        assertEquals(Main.USAGE, r.code());
        assertEquals(2, r.err().lines().count(), r.err());
        assertTrue(r.err().endsWith("See 'enquete stats --help'.\n"), r.err());
    }
}
