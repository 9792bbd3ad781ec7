package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A KoboToolbox export with labels for headers ("Labels" rather than "XML values and headers"): a select_multiple's
 * 0/1 columns are named by the question's label and each choice's, words with spaces and accents.
 */
class KoboLabelHeadersTest {

    @TempDir
    Path dir;

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        // Longest first: each code is replaced once.
        LABELS.put("profil/domaines/emploi_insertion", "Profil/Vos domaines d'action/Emploi, insertion");
        LABELS.put("profil/domaines/logement", "Profil/Vos domaines d'action/Logement");
        LABELS.put("profil/domaines/sante", "Profil/Vos domaines d'action/Santé");
        LABELS.put("profil/domaines/numerique", "Profil/Vos domaines d'action/Numérique");
        LABELS.put("profil/domaines", "Profil/Vos domaines d'action");
    }

    /** fixtures/formats/kobotoolbox.csv exported with labels: its header's codes replaced by the form's labels. */
    private Path labelled() throws IOException {
        String csv = Files.readString(Fixtures.home().resolve("fixtures/formats/kobotoolbox.csv"), StandardCharsets.UTF_8);
        int eol = csv.indexOf('\n');
        String[] header = csv.substring(0, eol).split(";", -1);
        for (int i = 0; i < header.length; i++) {
            header[i] = LABELS.getOrDefault(header[i], header[i]);
        }
        Path out = dir.resolve("kobotoolbox-labels.csv");
        Files.writeString(out, String.join(";", header) + csv.substring(eol), StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void theZeroOneColumnsNamedByLabelsAreOneMultipleChoice() throws IOException {
        Path p = labelled();
        TableSource source = Importers.open(p, ImportOptions.DEFAULTS);
        Inference inf = SchemaInference.infer(source);
        Question domaines = inf.survey().question("Profil/Vos domaines d'action").orElseThrow();
        assertEquals(QuestionType.MULTIPLE, domaines.type());
        assertEquals(List.of("Logement", "Emploi, insertion", "Santé", "Numérique"), domaines.options().stream().map(OptionColumn::label).toList());
        assertEquals(QuestionType.ID, inf.survey().question("Profil/Vos domaines d'action (codes)").orElseThrow().type());
        // pandas on the values export: (d['profil/domaines/logement'] == '1').sum() -> 6; emploi_insertion 5, sante 4, numerique 4.
        SurveyResult r = SurveyAnalyzer.analyze(source, inf.survey(), AnalysisOptions.DEFAULTS);
        QuestionResult.Choices table = (QuestionResult.Choices) r.questions().stream()
                .filter(q -> q.question().id().equals("Profil/Vos domaines d'action")).findFirst().orElseThrow();
        Map<String, Long> counts = new LinkedHashMap<>();
        table.rows().stream().filter(c -> !c.missing()).forEach(c -> counts.put(c.label(), c.count()));
        assertEquals(Map.of("Logement", 6L, "Emploi, insertion", 5L, "Santé", 4L, "Numérique", 4L), counts);
        assertEquals(12, table.base());
    }

    @Test
    void aSlashInAnotherExportsNameIsNoSubColumn() {
        // Outside a question's own sub-columns, a slash is part of a name: "Date/heure" beside no "Date" column.
        assertEquals(Map.of(), SchemaInference.labelPaths(List.of("Date/heure", "Nom / prénom", "Commentaire")));
        Map<String, String[]> paths = SchemaInference.labelPaths(List.of("Activités", "Activités/Sport/danse", "Activités/Sport"));
        assertEquals(List.of("Activités", "Sport/danse"), List.of(paths.get("Activités/Sport/danse")));
    }
}
