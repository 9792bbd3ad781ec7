package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The spec's and the importers' commonest mistakes, as a study team makes them, are told in French (no-break spaces
 * before ':', ';', '?' and inside « ») while the exception's own message keeps its English words unchanged.
 */
class TranslatedInputErrorsTest {

    private static final String HEAD = "survey: \"Centres sociaux\"\nquestions:\n  - id: dpt\n    type: single\n";

    @TempDir
    Path dir;

    @Test
    void specMistakesInBothLanguages() throws IOException {
        expect(spec("label: [Département]\n"), "spec.yaml, ligne 5, colonne 12 : « label » doit être une seule valeur, pas une liste ni une suite de clés",
                "spec.yaml, line 5, column 12: label must be a single value, not a list or mapping");
        expect(spec("choices: [\"59\", \"62\", \"59\"]\n"), "spec.yaml, ligne 5, colonne 27 : le choix « 59 » figure deux fois",
                "spec.yaml, line 5, column 27: choice \"59\" is listed twice");
        expect(spec("choices: 59, 62\n"), "spec.yaml, ligne 5, colonne 14 : « choices » doit être une liste, par exemple [\"Oui\", \"Non\"]",
                "spec.yaml, line 5, column 14: 'choices' must be a list, e.g. [\"Oui\", \"Non\"]");
        expect(spec("type: single\n"), "spec.yaml, ligne 5, colonne 5 : la clé « type » apparaît deux fois dans une question ; gardez-en une"
                + " (la seconde remplacerait la première sans le dire)", "spec.yaml, line 5, column 5: the key 'type' appears twice in a question;"
                + " keep one (the second would silently replace the first)");
        expect(spec("filter: dpt ~ \"59\"\n"), "spec.yaml, ligne 5, colonne 13 : filtre incorrect : au caractère 5 de « dpt ~ \"59\" »,"
                + " attendu : « = », « != », « < », « <= », « > » ou « >= » après la colonne dpt", "spec.yaml, line 5, column 13: bad filter:"
                + " expected '=', '!=', '<', '<=', '>' or '>=' after column dpt at character 5 of \"dpt ~ \"59\"\"");
        expect(spec("filter: dpt = \"59\n"), "spec.yaml, ligne 5, colonne 13 : filtre incorrect : au caractère 10 de « dpt = \"59 », guillemet \" jamais refermé",
                "spec.yaml, line 5, column 13: bad filter: unterminated \" quote at character 10 of \"dpt = \"59\"");
        expect(write("spec.yaml", ""), "spec.yaml : le spec est vide ; attendu : « survey: » et « questions: »",
                "spec.yaml: the spec is empty; expected 'survey:' and 'questions:'");
        expect(dir.resolve("absent.yaml"), "absent.yaml : fichier de spec introuvable", "absent.yaml: no such spec file");
    }

    @Test
    void aLimeSurveyStructureGivenAsTheResponses() {
        Path lss = Fixtures.home().resolve("fixtures/real/limesurvey/ls5-em-question-attributes.lss");
        InputException e = assertThrows(InputException.class, () -> Importers.open(lss, ImportOptions.DEFAULTS));
        assertEquals("ls5-em-question-attributes.lss : une structure d’enquête LimeSurvey (.lss) contient les questions, pas les réponses :"
                + " exportez les réponses (Réponses > Exporter : CSV ou Excel) et donnez le .lss avec --structure", typed(e.text(Locale.FRENCH), lss));
        assertEquals(lss + ": a LimeSurvey survey structure (.lss) holds the questions, not the responses: export the responses"
                + " (Responses > Export: CSV or Excel) and give the .lss with --structure", e.getMessage());
    }

    @Test
    void aSheetThatIsNotThere() {
        Path xlsx = Fixtures.home().resolve("fixtures/hostile/title-row.xlsx");
        InputException e = assertThrows(InputException.class,
                () -> Importers.open(xlsx, new ImportOptions("Réponses", null, null)).read(new fr.enquete.importer.TableHandler() {
                    @Override
                    public void header(fr.enquete.model.Header header) {
                    }

                    @Override
                    public void row(fr.enquete.model.Row row) {
                    }
                }));
        assertEquals("title-row.xlsx : pas de feuille « Réponses » ; feuilles du classeur : Feuil1", typed(e.text(Locale.FRENCH), xlsx));
        assertEquals(xlsx + ": no sheet named \"Réponses\"; the workbook has Feuil1", e.getMessage());
    }

    /** {@code file}'s spec error: the French as a user reads it (file name only), the English with the whole path. */
    private void expect(Path file, String french, String english) {
        Executable read = () -> SpecReader.read(file);
        InputException e = assertThrows(InputException.class, read);
        assertEquals(french, typed(e.text(Locale.FRENCH), file));
        assertEquals(english, e.getMessage().replace(dir + "/", ""));
    }

    /**
     * The French as the docs type it: {@code file} by its name, no-break spaces as spaces (and the French must hold
     * them where a plain space would come before ':' or ';').
     */
    private static String typed(String french, Path file) {
        assertEquals(-1, french.indexOf(" :"), french);
        assertEquals(-1, french.indexOf(" ;"), french);
        return french.replace(file.getParent() + "/", "").replace('\u00A0', ' ');
    }

    private Path spec(String questionLine) throws IOException {
        return write("spec.yaml", HEAD + "    " + questionLine);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
