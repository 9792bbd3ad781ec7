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
 * The rarer errors of reading a spec or a survey structure, made from the centres sociaux study's own spec with one
 * mistake a study team makes (a crossed question mistyped, min and max swapped, a structure file not copied), told in
 * French by default and in English with {@code --lang en}, the whole line compared.
 */
class SpecErrorLanguageTest {

    private static final Path STUDY = Fixtures.home().resolve("fixtures/centres-sociaux");

    @TempDir
    Path dir;

    /** Line 191, "{rows: territoire, cols: qpv}", typed "territoires": the value starts at column 18. */
    @Test
    void aCrossTabulationOfAQuestionTheSpecLacks() throws IOException {
        Path spec = spec(s -> s.replace("- {rows: territoire, cols: qpv}", "- {rows: territoires, cols: qpv}"));
        BothLanguages.assertLines(dir, List.of("stats", STUDY.resolve("export.csv").toString(), "--spec", spec.toString()),
                "enquete: erreur : spec.yaml, ligne 191, colonne 18 : le rapport croise la question « territoires », que le"
                        + " spec ne définit pas ; vouliez-vous dire « territoire » ?",
                "enquete: error: spec.yaml, line 191, column 18: the report crosses question \"territoires\", which the spec"
                        + " does not define; did you mean \"territoire\"?");
    }

    /** The number of members bounded by "min: 1500" and "max: 0", swapped, under its type on line 35. */
    @Test
    void minAboveMax() throws IOException {
        Path spec = spec(s -> s.replace("    type: numeric\n  - id: salaries", "    type: numeric\n    min: 1500\n    max: 0\n  - id: salaries"));
        BothLanguages.assertLines(dir, List.of("stats", STUDY.resolve("export.csv").toString(), "--spec", spec.toString()),
                "enquete: erreur : spec.yaml, ligne 36, colonne 5 : « min » (1 500) est supérieur à « max » (0)",
                "enquete: error: spec.yaml, line 36, column 5: 'min' (1500.0) is above 'max' (0.0)");
    }

    /** A LimeSurvey structure named on the command line but left in the downloads folder. */
    @Test
    void aStructureFileNotThere() {
        BothLanguages.assertLines(dir, List.of("stats", STUDY.resolve("export.csv").toString(), "--structure",
                        dir.resolve("enquete-2024.lss").toString()),
                "enquete: erreur : enquete-2024.lss : fichier de structure introuvable",
                "enquete: error: enquete-2024.lss: no such structure file: it does not exist");
    }

    private Path spec(java.util.function.UnaryOperator<String> edit) throws IOException {
        String original = Files.readString(STUDY.resolve("spec.yaml"), StandardCharsets.UTF_8);
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new IllegalStateException("the fixture's spec changed: the edit no longer applies");
        }
        Path p = dir.resolve("spec.yaml");
        Files.writeString(p, edited, StandardCharsets.UTF_8);
        return p;
    }
}
