package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.model.Header;
import fr.enquete.model.Survey;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import fr.enquete.weight.WeightSpec;
import fr.enquete.weight.Weights;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A workbook is opened once for its header. The check of a weight column (`--weight`) read the header again before the
 * rows, and so did the split into parts and its probe for SurveyMonkey's two header rows: four opens of the workbook
 * (each one parsing its shared strings) for one weighted table, where a CSV's costs nothing.
 */
class WorkbookOpensTest {

    /** The workbook of the fixture, counting how often it is opened (each read opens it). */
    private static final class CountingWorkbook implements TableSource {
        final TableSource workbook;
        int opens;

        CountingWorkbook(Path file) {
            this.workbook = new XlsxSource(file, null);
        }

        @Override
        public Path file() {
            return workbook.file();
        }

        @Override
        public String description() {
            return workbook.description();
        }

        @Override
        public void read(TableHandler handler) {
            opens++;
            workbook.read(handler);
        }
    }

    private static final Path WORKBOOK = Fixtures.home().resolve("fixtures/formats/limesurvey.xlsx");

    @Test
    void aWeightedTableOpensTheWorkbookOnceForItsHeaderAndOnceForItsRows() {
        CountingWorkbook workbook = new CountingWorkbook(WORKBOOK);
        TableSource source = Importers.open(workbook, ImportOptions.DEFAULTS);
        Survey survey = SpecReader.read(Fixtures.home().resolve("fixtures/formats/limesurvey.spec.yaml")).survey();
        AnalysisOptions options = AnalysisOptions.builder().weights(new WeightSpec.Column("lastpage")).build();
        Weights weights = SurveyAnalyzer.weights(source, survey, options);
        assertEquals(1, workbook.opens, "the weight column's check");
        SurveyResult result = SurveyAnalyzer.analyze(source, survey, options, weights);
        assertEquals(2, workbook.opens, "the rows' read; the header again, the split and its probe opened it twice more");
        // 13 rows, one unfinished (no submitdate): pandas (d.submitdate.notna()).sum() -> 12.
        assertEquals(12, result.respondents());
        Header header = source.header();
        assertTrue(header.contains("salaries"));
        assertEquals(2, workbook.opens, "the header, known");
    }

    /** A missing weight column is said before any row is read, from the one open of the header. */
    @Test
    void aMissingWeightColumnIsSaidFromTheHeaderReadOnce() {
        CountingWorkbook workbook = new CountingWorkbook(WORKBOOK);
        TableSource source = Importers.open(workbook, ImportOptions.DEFAULTS);
        Survey survey = SpecReader.read(Fixtures.home().resolve("fixtures/formats/limesurvey.spec.yaml")).survey();
        source.header();
        fr.enquete.model.ReferenceException e = assertThrows(fr.enquete.model.ReferenceException.class, () -> SurveyAnalyzer.weights(source,
                survey, AnalysisOptions.builder().weights(new WeightSpec.Column("poids")).build()));
        assertTrue(e.getMessage().contains("no weight column \"poids\""), e.getMessage());
        assertEquals(1, workbook.opens);
    }
}
