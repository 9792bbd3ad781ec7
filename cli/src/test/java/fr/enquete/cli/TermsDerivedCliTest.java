package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terms --by} and {@code --var} on a derived question of the spec ({@code territoire: from: dpt, merge:}),
 * which used to stop with exit 3 "question territoire names column territoire, which the export lacks".
 */
class TermsDerivedCliTest {

    @TempDir
    Path dir;

    @Test
    void derivedQuestionGroupsTheAnswersForSpecificitiesAndIramuteq() throws IOException {
        Path corpus = dir.resolve("corpus.txt");
        CliRun r = CliRun.run("terms", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
                "--by", "territoire", "--var", "qpv", "--iramuteq", corpus.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode spec = new ObjectMapper().readTree(r.out()).get("specificities");
        assertEquals(List.of("Nord", "Pas-de-Calais", "Picardie"), iterable(spec.fieldNames()));
        Map<String, Integer> groups = new TreeMap<>();
        Files.readAllLines(corpus).stream().filter(l -> l.startsWith("****"))
                .forEach(l -> groups.merge(l.split(" ")[1], 1, Integer::sum));
        // Independent count (python3 csv on export.csv): rows with actions[SQ002] = Y and a vieiprecis answer, dpt
        // merged as the spec says: Counter({'Nord': 27, 'Pas-de-Calais': 6, 'Picardie': 6, 'nr': 1}).
        assertEquals(Map.of("*territoire_nord", 27, "*territoire_pas_de_calais", 6, "*territoire_picardie", 6,
                "*territoire_nr", 1), groups);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
