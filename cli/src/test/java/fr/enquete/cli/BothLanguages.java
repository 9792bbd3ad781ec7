package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An input or usage error as each language tells it: the command run without --lang, then with --lang en. */
final class BothLanguages {

    private BothLanguages() {
    }

    /**
     * Runs {@code command} twice: exit 3 both times, the French line by default and the English one with --lang en,
     * each the whole last line of standard error (notes such as the masking's come before it), with {@code dir}'s path
     * taken away and no-break spaces written as plain ones.
     */
    static void assertLines(Path dir, List<String> command, String french, String english) {
        CliRun fr = CliRun.run(command.toArray(String[]::new));
        CliRun inEnglish = inEnglish(command);
        assertEquals(Main.INPUT, fr.code(), fr.err());
        assertEquals(Main.INPUT, inEnglish.code(), inEnglish.err());
        assertEquals(french, asTyped(dir, fr.err()));
        assertEquals(english, asTyped(dir, inEnglish.err()));
    }

    /**
     * Runs {@code command} twice: exit 2 both times, standard error the mistake's French line and "Voir 'enquete COMMAND
     * --help'." by default, its English line and "See ..." with --lang en; {@code dir}'s path taken away and no-break
     * spaces written as plain ones.
     */
    static void assertUsage(Path dir, List<String> command, String french, String english) {
        CliRun fr = CliRun.run(command.toArray(String[]::new));
        CliRun inEnglish = inEnglish(command);
        assertEquals(Main.USAGE, fr.code(), fr.err());
        assertEquals(Main.USAGE, inEnglish.code(), inEnglish.err());
        String help = "'enquete " + command.get(0) + " --help'.";
        assertEquals(List.of(french, "Voir " + help), fr.err().replace(dir + "/", "").replace('\u00A0', ' ').lines().toList());
        assertEquals(List.of(english, "See " + help), inEnglish.err().replace(dir + "/", "").lines().toList());
    }

    /** {@code command} run with --lang en after its arguments. */
    private static CliRun inEnglish(List<String> command) {
        List<String> en = new ArrayList<>(command);
        en.add("--lang");
        en.add("en");
        return CliRun.run(en.toArray(String[]::new));
    }

    private static String asTyped(Path dir, String err) {
        String last = err.strip().substring(err.strip().lastIndexOf('\n') + 1);
        return last.replace(dir + "/", "").replace('\u00A0', ' ');
    }
}
