package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input errors are told in the run's language: French by default, as the reports are, English with {@code --lang en}.
 * The errors docs/commands.md shows are made here as a study team would meet them (a cell "environ 300", a type
 * mistyped, a column's capital, a file cut in a quoted cell, a ragged row, a zip bomb...), and each language's line
 * must be the doc's, word for word.
 */
class ErrorLanguageTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedErrorsAreFrenchByDefaultAndEnglishOnRequest() throws IOException {
        StringBuilder export = new StringBuilder("dpt;adherents\n");
        for (int row = 2; row <= 40; row++) {
            export.append(row % 2 == 0 ? "59" : "62").append(';').append(row == 37 ? "environ 300" : String.valueOf(100 + row)).append('\n');
        }
        Path reponses = write("reponses.csv", export.toString());
        Path good = write("good/spec.yaml", "survey: \"Centres sociaux\"\nquestions:\n  - id: dpt\n    type: single\n"
                + "    choices: [\"59\", \"62\"]\n  - id: adherents\n    type: numeric\n");
        Path mistyped = write("mistyped/spec.yaml", "survey: \"Centres sociaux\"\nquestions:\n  - id: dpt\n    type: singel\n");
        Path capital = write("capital/spec.yaml", "survey: \"Centres sociaux\"\nquestions:\n  - id: dpt\n    label: \"Département\"\n"
                + "    type: single\n    choices: [\"59\", \"62\"]\n  # Le nombre d'adhérents\n  - id: Adherents\n    type: numeric\n");
        Path cut = write("cut/reponses.csv", "dpt;commentaire\n62;Bien\n59;\"Un accueil de qualité,\nmais\n");
        List<List<String>> commands = List.of(
                List.of("stats", "reponses.csv", "--spec", rel(good)),
                List.of("stats", "reponses.csv", "--spec", rel(mistyped)),
                List.of("stats", "reponses.csv", "--spec", rel(capital)),
                List.of("stats", rel(cut)));
        assertBothLanguages(commands, 0);
        assertTrue(documentedBlocks(0).get(0).contains("trouvé « environ 300 »"), documentedBlocks(0).get(0));
    }

    /**
     * The importers' and the spec reader's commonest errors, as a study team meets them: the repository's hostile
     * files (a row with two cells too many, random bytes named .csv, a title typed above the header, a zip bomb), a key
     * typed in French, a filter written with "et". Each language's line must be the doc's second pair of blocks.
     */
    @Test
    void theImportersAndSpecErrorsAreFrenchByDefaultAndEnglishOnRequest() throws IOException {
        Path hostile = Fixtures.home().resolve("fixtures/hostile");
        write("reponses.csv", "dpt;qpv;adherents\n59;Oui;120\n62;Non;80\n59;Non;45\n");
        Path unknownKey = write("key/spec.yaml", "survey: \"Centres sociaux\"\nquestions:\n  - id: dpt\n    type: single\n"
                + "    choix: [\"59\", \"62\"]\n");
        Path badFilter = write("filter/spec.yaml", "survey: \"Centres sociaux\"\nquestions:\n  - id: qpv\n    type: single\n"
                + "    choices: [Oui, Non]\n  - id: adherents\n    type: numeric\n    filter: qpv = \"Oui\" et dpt = \"59\"\n");
        List<List<String>> commands = List.of(
                List.of("stats", hostile.resolve("ragged.csv").toString()),
                List.of("stats", hostile.resolve("binary.csv").toString()),
                List.of("stats", hostile.resolve("title-row.xlsx").toString()),
                List.of("stats", hostile.resolve("zip-bomb.xlsx").toString()),
                List.of("stats", "reponses.csv", "--spec", rel(unknownKey)),
                List.of("stats", "reponses.csv", "--spec", rel(badFilter)));
        assertBothLanguages(commands, 2);
    }

    /** Runs each command without --lang and with --lang en: exit 3, and the doc's text blocks {@code first} and next. */
    private void assertBothLanguages(List<List<String>> commands, int first) throws IOException {
        List<String> french = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (List<String> c : commands) {
            CliRun fr = CliRun.run(c.stream().map(this::absolute).toArray(String[]::new));
            List<String> en = new ArrayList<>(c.stream().map(this::absolute).toList());
            en.add("--lang");
            en.add("en");
            CliRun inEnglish = CliRun.run(en.toArray(String[]::new));
            assertEquals(Main.INPUT, fr.code(), fr.err());
            assertEquals(Main.INPUT, inEnglish.code(), inEnglish.err());
            french.add(asTyped(fr.err()));
            english.add(asTyped(inEnglish.err()));
        }
        assertEquals(documentedBlocks(first), french);
        assertEquals(documentedBlocks(first + 1), english);
        assertTrue(french.get(0).startsWith("enquete: erreur : "), french.get(0));
    }

    /** The text block {@code n} (from 0) of docs/commands.md's errors section: French, then English, in pairs. */
    private static List<String> documentedBlocks(int n) throws IOException {
        String doc = Files.readString(Fixtures.home().resolve("docs/commands.md"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## Errors and exit codes"));
        List<List<String>> blocks = new ArrayList<>();
        int at = 0;
        while (blocks.size() <= n) {
            int start = section.indexOf("```text\n", at) + "```text\n".length();
            int end = section.indexOf("```", start);
            blocks.add(List.of(section.substring(start, end).strip().split("\n")));
            at = end + 3;
        }
        return blocks.get(n);
    }

    /** The error's line with the temporary folder taken away and no-break spaces as plain ones, as the doc writes it. */
    private String asTyped(String err) {
        return err.strip().replace(Fixtures.home().resolve("fixtures/hostile") + "/", "")
                .replace(dir.toString() + "/key/", "").replace(dir.toString() + "/filter/", "")
                .replace(dir.toString() + "/cut/", "").replace(dir.toString() + "/mistyped/", "")
                .replace(dir.toString() + "/capital/", "").replace(dir.toString() + "/good/", "")
                .replace(dir.toString() + "/", "").replace('\u00A0', ' ');
    }

    private String absolute(String arg) {
        return arg.endsWith(".csv") || arg.endsWith(".yaml") ? dir.resolve(arg).toString() : arg;
    }

    private String rel(Path p) {
        return dir.relativize(p).toString();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
