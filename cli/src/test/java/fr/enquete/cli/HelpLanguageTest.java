package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help in the run's language, as the errors are: French by default, English with --lang en (or --lang=en), the
 * language read from the arguments by the same rule. The English lines are the help as it was printed before it had a
 * French version; the French ones are read in help.properties.
 */
class HelpLanguageTest {

    /** The lines of {@code args}' help (exit 0, nothing on standard error), no-break spaces as plain ones. */
    private static List<String> lines(String... args) {
        CliRun r = CliRun.run(args);
        assertEquals("", r.err());
        return output(r);
    }

    /** The lines of a run's standard output (exit 0), no-break spaces as plain ones. */
    static List<String> output(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return r.out().replace('\u00A0', ' ').lines().toList();
    }

    static void contains(List<String> lines, String... expected) {
        for (String line : expected) {
            assertTrue(lines.contains(line), "\"" + line + "\" in:\n" + String.join("\n", lines));
        }
    }

    @Test
    void statsHelpIsFrenchByDefault() {
        List<String> help = lines("stats", "--help");
        assertEquals("Utilisation : enquete stats [-hV] [--ci] [--debug] [--include-incomplete]", help.get(0));
        contains(help,
                "Tableaux de fréquences, résumés numériques et décomptes des réponses en texte",
                "      --secret=N             Secret statistique : masque les effectifs de 1 à",
                "      --verbatims            Inclut les réponses en texte libre elles-mêmes",
                "  -h, --help                 Affiche cette aide et s’arrête.",
                "  -V, --version              Affiche la version et s’arrête.");
    }

    @Test
    void statsHelpIsEnglishWithLangEn() {
        for (List<String> help : List.of(lines("stats", "--help", "--lang", "en"), lines("stats", "--lang=en", "--help"))) {
            assertEquals("Usage: enquete stats [-hV] [--ci] [--debug] [--include-incomplete] [--keep-na]", help.get(0));
            contains(help,
                    "Frequency tables, numeric summaries and free-text counts for every question.",
                    "      --secret=N             Statistical secrecy: mask counts of 1 to N-1",
                    "      --verbatims            Include the free-text answers themselves (they may",
                    "  -h, --help                 Show this help message and exit.",
                    "  -V, --version              Print version information and exit.");
        }
    }

    @Test
    void theListOfCommandsFollowsTheSameRule() {
        List<String> french = lines("--help");
        // The synopsis names the command to give in the help's language too.
        assertEquals("Utilisation : enquete [-hV] [COMMANDE]", french.get(0));
        contains(french, "Commandes :", "  stats       Tableaux de fréquences, résumés numériques et décomptes des",
                "  help        Affiche l’aide de la commande indiquée.");
        // --lang is no option of the top level: help is asked, so picocli leaves it unparsed, and the language is read.
        List<String> english = lines("--help", "--lang", "en");
        assertEquals("Usage: enquete [-hV] [COMMAND]", english.get(0));
        contains(english, "Commands:", "  stats       Frequency tables, numeric summaries and free-text counts for",
                "  help        Display help information about the specified command.");
        assertEquals("Utilisation : enquete stats [-hV] [--ci] [--debug] [--include-incomplete]", lines("help", "stats").get(0));
        assertEquals("Usage: enquete stats [-hV] [--ci] [--debug] [--include-incomplete] [--keep-na]",
                lines("help", "stats", "--lang", "en").get(0));
    }
}
