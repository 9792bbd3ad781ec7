package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The rarer input errors (weights and populations, indicator tables, action plans, maps, studies, statistics) are
 * told in the run's language as the commonest are ({@link ErrorLanguageTest}): each is made from a file as a study
 * team would write it, and its whole line is compared in French (by default) and English ({@code --lang en}). The
 * English lines are the ones enquete printed before the French existed, word for word.
 */
class RarerErrorLanguageTest {

    private static final Path CENTRES = Fixtures.centresSociaux();

    @TempDir
    Path dir;

    /** The bundled survey of centres sociaux, weighted with population files a team typed by hand. */
    @Test
    void weightsAndPopulationFiles() throws IOException {
        write("typo.csv", "territoire;centres\nNord;152\nPas-de-Calais;35\nPicardy;51\n");
        write("approx.csv", "territoire;centres\nNord;152\nPas-de-Calais;environ 35\nPicardie;51\n");
        write("twice.csv", "territoire;centres\nNord;152\nPas-de-Calais;35\nNord;51\n");
        write("qpv.csv", "qpv;centres\nOui;600\nNon;580\n");
        assertBothLanguages(List.of(
                stats("--rake", "territoire=" + dir.resolve("typo.csv")),
                stats("--rake", "territoire=" + dir.resolve("approx.csv")),
                stats("--rake", "territoire=" + dir.resolve("twice.csv")),
                stats("--rake", "territoire=" + CENTRES.resolve("population.csv"), "--rake", "qpv=" + dir.resolve("qpv.csv")),
                stats("--calibrate", "territoire=" + CENTRES.resolve("population.csv")),
                stats("--weight", "adherents")),
                List.of("typo.csv, ligne 4, colonne « centres » : « Picardy » n’est pas un choix de « territoire » ; vouliez-vous dire « Picardie » ?",
                        "approx.csv, ligne 3, colonne « centres » : population attendue (un nombre supérieur à 0), trouvé « environ 35 »",
                        "twice.csv, ligne 4, colonne « territoire » : « Nord » figure deux fois",
                        "qpv.csv : les marges de « qpv » totalisent 1 180 et celles de « territoire » 238 ; les poids demandent une seule et même population",
                        "export.csv, ligne 16, colonne « territoire » : pas de réponse à « territoire » : le calage demande la réponse de chaque"
                                + " répondant à ses questions (écartez ce répondant par un filtre, ou calez plutôt avec --rake)",
                        "export.csv, ligne 6, colonne « adherents » : pas de poids pour ce répondant (chaque répondant doit en avoir un ; 0 l’écarte)"),
                List.of("typo.csv, row 4, column \"centres\": \"Picardy\" is not a choice of \"territoire\"; did you mean \"Picardie\"?",
                        "approx.csv, row 3, column \"centres\": expected a population (a number above 0), found \"environ 35\"",
                        "twice.csv, row 4, column \"territoire\": \"Nord\" is listed twice",
                        "qpv.csv: the margins of \"qpv\" add up to 1180 and those of \"territoire\" to 238; the weights need one population",
                        "export.csv, row 16, column \"territoire\": no answer to \"territoire\": calibration needs every respondent's answer to"
                                + " its questions (leave this respondent out with a filter, or rake instead)",
                        "export.csv, row 6, column \"adherents\": no weight for this respondent (every respondent needs one; 0 leaves them out)"));
    }

    private static List<String> stats(String... options) {
        List<String> args = new ArrayList<>(List.of("stats", CENTRES.resolve("export.csv").toString(), "--spec",
                CENTRES.resolve("spec.yaml").toString()));
        args.addAll(List.of(options));
        return args;
    }

    /**
     * Runs each command without --lang and with --lang en: exit 3, and the error line "enquete: erreur : " or
     * "enquete: error: " then the expected text (files by their name, no-break spaces written as plain ones).
     */
    static void assertBothLanguages(List<List<String>> commands, List<String> french, List<String> english) {
        List<String> fr = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (List<String> c : commands) {
            CliRun byDefault = CliRun.run(c.toArray(String[]::new));
            List<String> asked = new ArrayList<>(c);
            asked.addAll(List.of("--lang", "en"));
            CliRun inEnglish = CliRun.run(asked.toArray(String[]::new));
            assertEquals(Main.INPUT, byDefault.code(), byDefault.err());
            assertEquals(Main.INPUT, inEnglish.code(), inEnglish.err());
            fr.add(asTyped(byDefault.err()));
            en.add(asTyped(inEnglish.err()));
        }
        assertEquals(french.stream().map(l -> "enquete: erreur : " + l).toList(), fr);
        assertEquals(english.stream().map(l -> "enquete: error: " + l).toList(), en);
    }

    /** The line with every folder taken away (the files are named by their whole path) and no-break spaces as plain. */
    private static String asTyped(String err) {
        return err.strip().replaceAll("(?<=[ «\"(]|^)/[^ ,:;\"]*/", "").replace('\u00A0', ' ');
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
