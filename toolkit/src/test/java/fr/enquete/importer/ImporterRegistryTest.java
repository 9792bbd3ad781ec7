package fr.enquete.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.CountingImporter;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importers are found through one registry: a new format is one class named in META-INF/services. */
class ImporterRegistryTest {

    @Test
    void anImporterNamedInMetaInfServicesIsAskedBeforeTheBuiltInFormats() {
        List<Importer> all = Importers.registered();
        assertInstanceOf(CountingImporter.class, all.get(0), all.toString());
        // Then the built-in workbook formats, in the order that tells them apart (ODS and XLSX are both ZIP archives).
        assertEquals(List.of("Ods", "Xlsx", "Xls"), all.subList(1, all.size()).stream().map(i -> i.getClass().getSimpleName()).toList());
    }

    @Test
    void theRegisteredImporterOpensItsFilesAndTheAnalysisReadsThem(@TempDir Path dir) throws IOException {
        Path counted = dir.resolve("export.counted");
        Files.copy(Fixtures.export(), counted);
        SurveyResult viaRegistry = Analysis.of(counted).spec(Fixtures.spec()).tables();
        assertEquals(1, CountingImporter.opens(counted));
        // The same figures as the built-in CSV reader gives (qpv: 41 Oui, 39 Non, 11 without answer, the fixture's README).
        QuestionResult.Choices qpv = (QuestionResult.Choices) viaRegistry.questions().stream()
                .filter(q -> q.question().id().equals("qpv")).findFirst().orElseThrow();
        assertEquals(List.of(41L, 39L, 11L), qpv.rows().stream().map(r -> r.count()).toList());
        assertEquals(91, viaRegistry.respondents());
    }

    @Test
    void filesNoImporterReadsAreStillDelimitedText(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("export.csv");
        Files.copy(Fixtures.export(), csv);
        TableSource s = Importers.open(csv, ImportOptions.DEFAULTS);
        assertEquals("delimited text, UTF-8 with BOM, ';' separated", s.description());
        assertEquals(0, CountingImporter.opens(csv));
    }
}
