package fr.enquete.cli;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors of reading transcripts and codes, made from the ABS interviews and the double-coding fixture with one
 * mistake an analyst makes (an inline code left open, a codebook question mistyped, a theme with nothing to find, a
 * coder's folder with another transcript), told in French by default and in English with {@code --lang en}.
 */
class QualErrorLanguageTest {

    private static final Path AGENTS = Fixtures.absAgents();

    @TempDir
    Path dir;

    /** Line 11 of the CCAS interview with its "{/}" lost: the code opens after "Agent : Et le logement. ", column 25. */
    @Test
    void anInlineCodeLeftOpen() throws IOException {
        String text = Files.readString(AGENTS.resolve("entretiens/01-agent-accueil-ccas.txt"), StandardCharsets.UTF_8);
        Path transcript = write("01-agent-accueil-ccas.txt",
                edited(text, "on n'a rien à leur proposer entre-temps.{/}", "on n'a rien à leur proposer entre-temps."));
        BothLanguages.assertLines(dir, List.of("code", transcript.toString()),
                "enquete: erreur : 01-agent-accueil-ccas.txt, ligne 11, colonne 25 : le code faiblesse|Logement n’est pas fermé"
                        + " par {/} dans son paragraphe",
                "enquete: error: 01-agent-accueil-ccas.txt, line 11, column 25: code faiblesse|Logement is not closed by {/}"
                        + " in its paragraph");
    }

    /**
     * The SWOT codebook hand-edited: a theme's "items" typed "elements", an item given two quadrants. The YAML files'
     * shape (a key unknown or twice, a list or a single value expected) was told in English in a French run.
     */
    @Test
    void aCodebookMisshapen() throws IOException {
        String book = Files.readString(AGENTS.resolve("codebook.yaml"), StandardCharsets.UTF_8);
        Path unknown = write("codebook-elements.yaml", edited(book, "  - theme: Logement\n    items:", "  - theme: Logement\n    elements:"));
        BothLanguages.assertLines(dir, List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook", unknown.toString()),
                "enquete: erreur : codebook-elements.yaml, ligne 22, colonne 5 : clé « elements » inconnue dans un thème ;"
                        + " clés possibles : items, memo, theme",
                "enquete: error: codebook-elements.yaml, line 22, column 5: unknown key 'elements' in a theme; expected one of"
                        + " items, memo, theme");
        Path twice = write("codebook-quadrants.yaml", edited(book, "        quadrant: faiblesse\n",
                "        quadrant: faiblesse\n        quadrant: menace\n"));
        BothLanguages.assertLines(dir, List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook", twice.toString()),
                "enquete: erreur : codebook-quadrants.yaml, ligne 25, colonne 9 : la clé « quadrant » apparaît deux fois dans"
                        + " un élément ; gardez-en une (la seconde remplacerait la première sans le dire)",
                "enquete: error: codebook-quadrants.yaml, line 25, column 9: the key 'quadrant' appears twice in an item; keep"
                        + " one (the second would silently replace the first)");
    }

    /** A codebook path mistyped: the French said only "fichier introuvable", not which file it was to be. */
    @Test
    void aCodebookThatIsNotThere() {
        Path missing = dir.resolve("codebook-logement.yaml");
        BothLanguages.assertLines(dir, List.of("swot", AGENTS.resolve("entretiens").toString(), "--codebook", missing.toString()),
                "enquete: erreur : codebook-logement.yaml : le codebook est introuvable",
                "enquete: error: codebook-logement.yaml: no such codebook");
    }

    /** The questionnaire's codebook sending "logements" (for the question logement) to the theme Logement. */
    @Test
    void aCodebookQuestionTheSurveyLacks() throws IOException {
        Path export = dir.resolve("questionnaire.csv");
        Files.copy(AGENTS.resolve("questionnaire.csv"), export);
        Path codebook = write("codebook.yaml", edited(Files.readString(AGENTS.resolve("codebook.yaml"), StandardCharsets.UTF_8),
                "  logement: Logement\n", "  logements: Logement\n"));
        BothLanguages.assertLines(dir, List.of("swot", export.toString(), "--spec", AGENTS.resolve("spec.yaml").toString(),
                        "--codebook", codebook.toString()),
                "enquete: erreur : questionnaire.csv : le codebook attribue la question « logements » au thème « Logement »,"
                        + " mais l’enquête n’a pas cette question ; vouliez-vous dire « logement » ?",
                "enquete: error: questionnaire.csv: the codebook assigns question \"logements\" to theme \"Logement\", but the"
                        + " survey has no such question; did you mean \"logement\"?");
    }

    /** A terms codebook whose second theme, on line 4, has a name and nothing else. */
    @Test
    void aThemeWithNothingToFind() throws IOException {
        Path codebook = write("themes.yaml", "themes:\n  - theme: Logement\n    terms: [logement, bailleur, loyer]\n"
                + "  - theme: Numérique\n");
        BothLanguages.assertLines(dir, List.of("terms", AGENTS.resolve("entretiens").toString(), "--codebook", codebook.toString()),
                "enquete: erreur : themes.yaml, ligne 4, colonne 5 : le thème « Numérique » n’a ni termes ni motifs : il ne"
                        + " trouverait jamais rien",
                "enquete: error: themes.yaml, line 4, column 5: theme \"Numérique\" has no terms and no patterns: it would never"
                        + " match");
    }

    /** Karim's second transcript saved as t3: t2 is Camille's only, t3 Karim's only. */
    @Test
    void codersWhoCodedOtherSources() throws IOException {
        Path coders = Fixtures.home().resolve("fixtures/qda-agreement");
        Path camille = Files.createDirectories(dir.resolve("camille"));
        Path karim = Files.createDirectories(dir.resolve("karim"));
        Files.copy(coders.resolve("camille/t1.txt"), camille.resolve("t1.txt"));
        Files.copy(coders.resolve("camille/t2.txt"), camille.resolve("t2.txt"));
        Files.copy(coders.resolve("karim/t1.txt"), karim.resolve("t1.txt"));
        Files.copy(coders.resolve("karim/t2.txt"), karim.resolve("t3.txt"));
        BothLanguages.assertLines(dir, List.of("code", camille.toString(), "--agreement", karim.toString()),
                "enquete: erreur : camille : les codeurs doivent coder les mêmes sources : « t2 » est dans camille mais pas"
                        + " dans karim ; « t3 » est dans karim mais pas dans camille (donnez à chaque codeur les mêmes"
                        + " transcriptions, ou laissez de côté celles en trop)",
                "enquete: error: camille: coders must code the same sources: \"t2\" is in camille but not in karim; \"t3\" is in"
                        + " karim but not in camille (give every coder the same transcripts, or leave the extra ones out)");
    }

    private static String edited(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalStateException("the fixture changed: \"" + from + "\" is no longer in it");
        }
        return text.replace(from, to);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
