package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enquete classes --double}: IRaMuTeQ's double classification from the command line. */
class ClassesDoubleCliTest {

    @TempDir
    Path dir;

    static final Path PLAN = Fixtures.home().resolve("fixtures/text/plan-solidarites-lomme.txt");

    /** Class of each segment in the CSV (column 4). */
    private static List<Integer> classes(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> Integer.parseInt(l.split(",")[3])).toList();
    }

    @Test
    void theStableClassesAreKeptAndTheOtherSegmentsLeftUnclassified() throws IOException {
        Path csv = dir.resolve("segments.csv");
        CliRun r = CliRun.run("classes", PLAN.toString(), "--double", "--format", "json", "--segments", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode x = root.get("double");
        assertEquals("[12,14]", x.get("unitSizes").toString());
        int segments = root.get("segments").asInt();
        int classified = root.get("classified").asInt();
        assertEquals(159, segments);
        assertTrue(classified < segments && classified > segments / 2, "classified " + classified);
        assertEquals(100.0 * classified / segments, root.get("percentClassified").asDouble(), 0.01);
        // every kept crossed class is a class of the output, with its size; the CSV gives the others class 0
        Map<Integer, Integer> sizes = new HashMap<>();
        for (JsonNode c : root.get("classes")) {
            sizes.put(c.get("class").asInt(), c.get("segments").asInt());
        }
        assertEquals(sizes.size(), x.get("kept").size());
        for (JsonNode k : x.get("kept")) {
            assertEquals(sizes.get(k.get("class").asInt()).intValue(), k.get("segments").asInt());
            assertTrue(k.get("segments").asInt() >= x.get("minSegments").asInt());
            assertTrue(k.get("chi2").asDouble() > 3.84);
        }
        List<Integer> perSegment = classes(csv);
        Map<Integer, Integer> counted = new HashMap<>();
        perSegment.stream().filter(c -> c > 0).forEach(c -> counted.merge(c, 1, Integer::sum));
        assertEquals(sizes, counted);
        assertEquals(segments - classified, perSegment.stream().filter(c -> c == 0).count());
        assertEquals(classified, root.get("tree").get("segments").asInt());
    }

    @Test
    void theTextSaysHowTheClassesWereCrossedAndWhatIsLeftOut() throws IOException {
        Path svg = dir.resolve("d.svg");
        CliRun r = CliRun.run("classes", PLAN.toString(), "--double", "--rst-sizes", "20,24", "--classes", "6", "--typical", "1",
                "--dendrogram", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Classification double\u00A0: segments regroupés en unités d'au moins 20 et 24 formes actives"), r.out());
        assertTrue(r.out().matches("(?s).*; \\d+ segments non classés \\(\\d+,\\d\\d\u00a0%\\).*"), r.out());
        assertTrue(r.out().contains("  classe croisée\u00A0: segments communs à une classe de "), r.out());
        String drawn = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(drawn.contains("classification double de Reinert (unités de 20 et 24 formes)"), drawn.substring(0, 1500));
        CliRun again = CliRun.run("classes", PLAN.toString(), "--double", "--rst-sizes", "20,24", "--classes", "6", "--typical", "1");
        assertEquals(r.out(), again.out());
        CliRun en = CliRun.run("classes", PLAN.toString(), "--double", "--lang", "en");
        assertTrue(en.out().contains("Double classification: segments grouped into units of at least 12 and 14 active forms"), en.out());
    }

    /**
     * A unit never groups two answers: each answer is a unit of both sizes, the two classifications are the same, and
     * the double classification keeps the simple one's classes (each crossed with itself: chi-square n, the largest).
     */
    @Test
    void answersAreUnitsOfTheirOwnSoBothClassificationsAgree() throws IOException {
        Path simple = dir.resolve("simple.csv");
        Path dbl = dir.resolve("double.csv");
        String[] common = {"classes", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--question", "vieiprecis",
            "--classes", "4", "--format", "json"};
        CliRun s = CliRun.run(concat(common, "--segments", simple.toString()));
        CliRun d = CliRun.run(concat(common, "--double", "--segments", dbl.toString()));
        assertEquals(0, d.code(), d.err());
        JsonNode x = new ObjectMapper().readTree(d.out()).get("double");
        assertEquals(x.get("units").get(0).asInt(), x.get("units").get(1).asInt());
        assertEquals(new ObjectMapper().readTree(s.out()).get("classified").asInt(), x.get("units").get(0).asInt());
        assertEquals(classes(simple), classes(dbl));
    }

    @Test
    void unitSizesAreChecked() {
        CliRun alone = CliRun.run("classes", PLAN.toString(), "--rst-sizes", "12,14");
        assertEquals(Main.USAGE, alone.code());
        assertTrue(alone.err().contains("--rst-sizes") && alone.err().contains("--double"), alone.err());
        CliRun one = CliRun.run("classes", PLAN.toString(), "--double", "--rst-sizes", "12");
        assertEquals(Main.USAGE, one.code());
        CliRun zero = CliRun.run("classes", PLAN.toString(), "--double", "--rst-sizes", "0,14");
        assertEquals(Main.USAGE, zero.code());
    }

    @Test
    void aCorpusWithNoStableClassOrTooFewUnitsIsSaid() throws IOException {
        Path same = dir.resolve("pareil.txt");
        Files.writeString(same, "Le logement est cher et rare dans la ville.\n".repeat(60), StandardCharsets.UTF_8);
        CliRun simple = CliRun.run("classes", same.toString());
        assertEquals(0, simple.code(), simple.err());
        // units of 3 and 4 forms: one segment each (it has 4), twelve units that cannot be split
        CliRun r = CliRun.run("classes", same.toString(), "--double", "--rst-sizes", "3,4");
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains("pareil.txt") && r.err().contains("aucune classe stable"), r.err());
        // units of 12 forms: three segments each, four units, too few to split
        CliRun few = CliRun.run("classes", same.toString(), "--double");
        assertEquals(Main.INPUT, few.code());
        assertTrue(few.err().contains("trop peu d’unités à classer\u00A0: 12 segments de texte regroupés en 4 unités d’au moins 12 formes actives"),
                few.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
