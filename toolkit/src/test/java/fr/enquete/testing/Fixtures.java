package fr.enquete.testing;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository's fixtures, for tests of every module (shared as a test-jar). */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path home() {
        String h = System.getProperty("enquete.home");
        Path p = h != null ? Path.of(h) : Path.of("..");
        if (!Files.isDirectory(p.resolve("fixtures"))) {
            p = Path.of(".");
        }
        return p.toAbsolutePath().normalize();
    }

    public static Path centresSociaux() {
        return home().resolve("fixtures/centres-sociaux");
    }

    /** The ABS agents' corpus: questionnaire, interviews, codebook, expected grid, plan. */
    public static Path absAgents() {
        return home().resolve("fixtures/abs-agents");
    }

    public static Path export() {
        return centresSociaux().resolve("export.csv");
    }

    public static Path spec() {
        return centresSociaux().resolve("spec.yaml");
    }

    /** The fixture survey analysed with its spec and default options. */
    public static SurveyResult analyse() {
        return analyse(export(), AnalysisOptions.DEFAULTS);
    }

    public static SurveyResult analyse(Path export, AnalysisOptions options) {
        return SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), SpecReader.read(spec()).survey(), options);
    }

    public static QuestionResult question(SurveyResult result, String id) {
        return result.questions().stream().filter(q -> q.question().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id));
    }
}
