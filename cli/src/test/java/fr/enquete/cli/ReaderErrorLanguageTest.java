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
 * The errors of the readers that still spoke English in a French run: the YAML files' own rules (a codebook, a plan,
 * an evaluation, a study), a study's cross-reference and Word template, a workbook that is no XLSForm, a CoNLL-U line.
 * Each is a bundled fixture with one mistake its author makes, told in French by default and in English with
 * {@code --lang en}, the line and column counted by hand in the edited file.
 */
class ReaderErrorLanguageTest {

    private static final Path HOME = Fixtures.home();

    @TempDir
    Path dir;

    /** The ABS codebook's "Coordination avec les bailleurs" typed "faibless": line 33, the value after 8 spaces and "quadrant: ". */
    @Test
    void aCodebookQuadrantMistyped() throws IOException {
        Path codebook = write("codebook.yaml", edited(HOME.resolve("fixtures/abs-agents/codebook.yaml"),
                "      - item: \"Coordination avec les bailleurs\"\n        quadrant: opportunite\n",
                "      - item: \"Coordination avec les bailleurs\"\n        quadrant: faibless\n"));
        BothLanguages.assertLines(dir, List.of("swot", HOME.resolve("fixtures/abs-agents/entretiens").toString(), "--codebook",
                        codebook.toString()),
                "enquete: erreur : codebook.yaml, ligne 33, colonne 19 : quadrant « faibless » inconnu ; attendu : force, faiblesse,"
                        + " opportunite, menace",
                "enquete: error: codebook.yaml, line 33, column 19: unknown quadrant \"faibless\"; expected force, faiblesse,"
                        + " opportunite, menace");
    }

    /** Béthune's first fiche titled under "fiche:" instead of "action:": the action starts at "number" (line 25, column 7). */
    @Test
    void aPlanActionWithoutItsTitle() throws IOException {
        Path plan = write("fiches.yaml", edited(HOME.resolve("fixtures/plans/bethune-fiches.yaml"),
                "      action: Animer une commission technique", "      fiche: Animer une commission technique"));
        BothLanguages.assertLines(dir, List.of("plan", plan.toString()),
                "enquete: erreur : fiches.yaml, ligne 25, colonne 7 : une action demande un titre (« action: … »)",
                "enquete: error: fiches.yaml, line 25, column 7: an action needs a title ('action: ...')");
    }

    /** The second evaluation of fiche 1.1.1 (line 18) with its "date: 2023" lost. */
    @Test
    void anEvaluationWithoutItsDate() throws IOException {
        Path evaluation = write("evaluation.yaml", edited(HOME.resolve("fixtures/plans/bethune-evaluation.yaml"),
                "  - fiche: \"1.1.1\"\n    date: 2023\n", "  - fiche: \"1.1.1\"\n"));
        BothLanguages.assertLines(dir, List.of("plan", HOME.resolve("fixtures/plans/bethune-fiches.yaml").toString(), "--evaluation",
                        evaluation.toString()),
                "enquete: erreur : evaluation.yaml, ligne 18, colonne 5 : une évaluation demande « fiche: » (le numéro ou le titre"
                        + " de l’action) et « date: » (son année ou sa date)",
                "enquete: error: evaluation.yaml, line 18, column 5: an evaluation needs 'fiche:' (the action's number or title)"
                        + " and 'date:' (its year or date)");
    }

    /** The demo study's plan chapter (line 46) with "kind" typed "knd". */
    @Test
    void aStudyChapterWithoutItsKind() throws IOException {
        Path study = study(s -> s.replace("  - kind: plan\n", "  - knd: plan\n"));
        BothLanguages.assertLines(dir, List.of("study", study.toString(), "--out", dir.resolve("out").toString()),
                "enquete: erreur : study.yaml, ligne 46, colonne 5 : un chapitre demande « kind: », parmi indicators, interviews,"
                        + " methodology, plan, survey, text",
                "enquete: error: study.yaml, line 46, column 5: a chapter needs 'kind:', one of indicators, interviews, methodology,"
                        + " plan, survey, text");
    }

    /** The introduction (declared line 10) refers to {ref:chap:plans}; the chapter's id is "plan". */
    @Test
    void aStudyCrossReferenceMistyped() throws IOException {
        Path study = study(s -> s.replace("le plan d'action ({ref:chap:plan})", "le plan d'action ({ref:chap:plans})"));
        BothLanguages.assertLines(dir, List.of("study", study.toString(), "--out", dir.resolve("out").toString(), "--format", "md"),
                "enquete: erreur : study.yaml, ligne 10, colonne 5 : renvoi {ref:chap:plans} inconnu (renvois possibles :"
                        + " chap:introduction, chap:portrait, chap:enquete, chap:entretiens, chap:plan, chap:conclusion) ; vouliez-vous"
                        + " dire « chap:plan » ?",
                "enquete: error: study.yaml, line 10, column 5: unknown cross-reference {ref:chap:plans} (known: chap:introduction,"
                        + " chap:portrait, chap:enquete, chap:entretiens, chap:plan, chap:conclusion); did you mean \"chap:plan\"?");
    }

    /**
     * The house template is a workbook saved under a .dotx name, given on line 9: it was found only when the Word
     * document was written, after every chapter, as "unexpected error" (exit 1).
     */
    @Test
    void aStudyTemplateThatIsNoWordFile() throws IOException {
        Files.copy(HOME.resolve("fixtures/plans/bethune-fiches.xlsx"), dir.resolve("modele-caf.dotx"));
        Path study = study(s -> s.replace("chapters:\n", "template: modele-caf.dotx\nchapters:\n"));
        BothLanguages.assertLines(dir, List.of("study", study.toString(), "--out", dir.resolve("out").toString(), "--format", "docx"),
                "enquete: erreur : study.yaml, ligne 9, colonne 11 : le modèle Word modele-caf.dotx n’est ni un fichier .dotx ni un"
                        + " fichier .docx (enregistrez-le depuis Word ou LibreOffice au format Modèle Word)",
                "enquete: error: study.yaml, line 9, column 11: the Word template modele-caf.dotx is neither a .dotx nor a .docx"
                        + " file (save it from Word or LibreOffice as a Word template)");
    }

    /** The plan's workbook given as the KoboToolbox export's structure: it has no "survey" sheet. */
    @Test
    void aWorkbookThatIsNoXlsForm() throws IOException {
        Path form = Files.copy(HOME.resolve("fixtures/plans/bethune-fiches.xlsx"), dir.resolve("formulaire.xlsx"));
        BothLanguages.assertLines(dir, List.of("stats", HOME.resolve("fixtures/formats/kobotoolbox.csv").toString(), "--structure",
                        form.toString()),
                "enquete: erreur : formulaire.xlsx : ce n’est pas un XLSForm (feuilles « survey » et « choices ») : pas de feuille"
                        + " « survey » ; feuilles du classeur : bethune-fiches",
                "enquete: error: formulaire.xlsx: not an XLSForm (sheets 'survey' and 'choices'): no sheet named \"survey\"; the"
                        + " workbook has bethune-fiches");
    }

    /** A GSD sentence's word 5 with the tab between FORM and LEMMA typed as a space: 9 columns on line 8. */
    @Test
    void aTreebankLineWithAColumnLost() throws IOException {
        Path conllu = write("fr_gsd-ud-dev-sample.conllu", edited(HOME.resolve("fixtures/ud/fr_gsd-ud-dev-sample.conllu"),
                "5\tcommandant\tcommandant\tNOUN", "5\tcommandant commandant\tNOUN"));
        BothLanguages.assertLines(dir, List.of("annotate", conllu.toString(), "--tokenised"),
                "enquete: erreur : fr_gsd-ud-dev-sample.conllu, ligne 8, colonne 1 : attendu : 10 colonnes séparées par des"
                        + " tabulations (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), mais la ligne en a 9",
                "enquete: error: fr_gsd-ud-dev-sample.conllu, line 8, column 1: expected 10 tab-separated columns (ID FORM LEMMA"
                        + " UPOS XPOS FEATS HEAD DEPREL DEPS MISC), found 9");
    }

    /** The demo study edited, written in {@code dir} with its files named by their whole path so that it reads from there. */
    private Path study(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path fixtures = HOME.resolve("fixtures");
        String original = Files.readString(fixtures.resolve("study/study.yaml"), StandardCharsets.UTF_8);
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new IllegalStateException("the fixture's study changed: the edit no longer applies");
        }
        // Line for line the same file: only the paths change, so the lines and columns counted on the fixture hold.
        edited = edited.replace("../", fixtures + "/").replace("file: plan-lens.yaml", "file: " + fixtures.resolve("study/plan-lens.yaml"))
                .replace("file: conclusion.md", "file: " + fixtures.resolve("study/conclusion.md"));
        return write("study.yaml", edited);
    }

    private static String edited(Path fixture, String from, String to) throws IOException {
        String text = Files.readString(fixture, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException("the fixture changed: \"" + from + "\" is no longer in " + fixture.getFileName());
        }
        return text.replace(from, to);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
