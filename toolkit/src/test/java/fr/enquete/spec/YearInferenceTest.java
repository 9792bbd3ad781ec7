package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year question: inferred from four-digit values in 1800-2100 under a header naming a year, or declared type: year. */
class YearInferenceTest {

    @TempDir
    Path dir;

    @Test
    void fourDigitYearsUnderAYearHeaderAreAYearQuestion() throws IOException {
        Path export = dir.resolve("centres.csv");
        Files.writeString(export, """
                id;Année de création;annee_agrement;salaries;code_postal;year founded
                1;1956;1990;12;59000;1999
                2;1978;1992;7;62100;2005
                3;2004;2010;1950;59800;2011
                4;1992;;4;80000;2017
                """, StandardCharsets.UTF_8);
        Inference inf = SchemaInference.infer(Importers.open(export, ImportOptions.DEFAULTS));
        Map<String, QuestionType> types = inf.survey().questions().stream()
                .collect(Collectors.toMap(Question::id, Question::type));
        assertEquals(QuestionType.YEAR, types.get("Année de création"));
        assertEquals(QuestionType.YEAR, types.get("annee_agrement"));
        assertEquals(QuestionType.YEAR, types.get("year founded"));
        assertEquals(QuestionType.NUMERIC, types.get("salaries"), "1950 salaried staff is a quantity: no year header");
        assertTrue(inf.reasons().get("annee_agrement").startsWith("year: "), inf.reasons().toString());
    }

    @Test
    void theSpecDeclaresAYearWithItsBounds() throws IOException {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "questions:\n  - id: creation\n    type: year\n    min: 1900\n    max: 2025\n", StandardCharsets.UTF_8);
        Question q = SpecReader.read(spec).survey().questions().get(0);
        assertEquals(QuestionType.YEAR, q.type());
        assertEquals(1900, q.range().min());
        Files.writeString(spec, "questions:\n  - id: creation\n    type: text\n    min: 1900\n", StandardCharsets.UTF_8);
        assertThrows(InputException.class, () -> SpecReader.read(spec));
    }
}
