package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * {@code enquete terms --by dpt --ca FILE}: the correspondence analysis of the fixture's vieiprecis terms x
 * départements. Eigenvalues from R (ca 0.71.1) on the table {@code TermGroupTableTest} types in:
 * {@code r <- ca(N); r$sv^2} gives 0.2067114237207396 0.1484341254459570 0.1061256349035951 0.0271248961080055, whose
 * sum is 0.488396080178297: axis 1 has 42,32 % of the inertia, axis 2 30,39 %.
 */
class TermsCaCliTest {

    private static final double[] R_EIGENVALUES = {0.2067114237207396, 0.1484341254459570, 0.1061256349035951, 0.0271248961080055};
    private static final String NBSP = "\u00A0";

    @TempDir
    Path dir;

    private static CliRun terms(String... more) {
        List<String> args = new ArrayList<>(List.of("terms", Fixtures.export().toString(), "--spec",
                Fixtures.spec().toString(), "--question", "vieiprecis"));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static List<String> texts(Document svg) {
        List<String> out = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void mapIsWellFormedWithTheGroupsTheAxesShareAndTheMostContributingTerms() throws Exception {
        Path map = dir.resolve("carte.svg");
        CliRun r = terms("--by", "dpt", "--ca", map.toString());
        assertEquals(0, r.code(), r.err());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(map.toFile());
        assertEquals("svg", svg.getDocumentElement().getTagName());
        List<String> texts = texts(svg);
        for (String group : List.of("02", "59", "60", "62", "80")) {
            assertTrue(texts.contains(group), group + " in " + texts);
        }
        assertTrue(texts.contains("Axe 1 (42,32" + NBSP + "%)"), texts.toString());
        assertTrue(texts.contains("Axe 2 (30,39" + NBSP + "%)"), texts.toString());
        // The terms contributing most (lien, Ville: 22 % and 19 % of axis 1, R's ctr) are drawn; the most frequent
        // term, used alike by every département (ctr 0,003 % and 1,9 %), is not.
        assertTrue(texts.contains("Ville") && texts.contains("lien"), texts.toString());
        assertFalse(String.join("|", texts).contains("conférence"), texts.toString());
        // Deterministic: the same bytes on a second run.
        Path again = dir.resolve("encore.svg");
        assertEquals(0, terms("--by", "dpt", "--ca", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(map), Files.readAllBytes(again));
        // The text output carries the tables.
        assertTrue(r.out().contains("Analyse des correspondances termes × groupes (dpt)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().matches("1 +0,2067 +42,32\u00A0% +42,32\u00A0%")), r.out());
        // R's total inertia 0.488396080178297 times the table's 134 occurrences: chi-square 65.45.
        assertTrue(r.out().contains("28 termes × 5 groupes, 134 occurrences ; inertie totale 0,4884 (khi-deux 65,45)"), r.out());
    }

    @Test
    void pngMapAndJsonFiguresAgainstR() throws Exception {
        Path map = dir.resolve("map.png");
        CliRun r = terms("--by", "dpt", "--ca", map.toString(), "--format", "json", "--lang", "en");
        assertEquals(0, r.code(), r.err());
        byte[] png = Files.readAllBytes(map);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        JsonNode ca = new ObjectMapper().readTree(r.out()).get("correspondence");
        assertEquals("dpt", ca.get("by").asText());
        assertEquals(R_EIGENVALUES.length, ca.get("axes").size());
        for (int k = 0; k < R_EIGENVALUES.length; k++) {
            assertEquals(R_EIGENVALUES[k], ca.get("axes").get(k).get("eigenvalue").asDouble(), 1e-6);
        }
        assertEquals(42.3246, ca.get("axes").get(0).get("percent").asDouble(), 1e-4);
        assertEquals(5, ca.get("groups").size());
        assertEquals(28, ca.get("terms").size());
        // R: 62 at (0.798, -0.218) on axes 1-2, up to a sign per axis; its ctr to axis 1 is 64.31 %.
        JsonNode g62 = ca.get("groups").get(3);
        assertEquals("62", g62.get("label").asText());
        assertEquals(0.6431, g62.get("contributions").get(0).asDouble(), 1e-4);
        assertEquals(0.798, Math.abs(g62.get("coordinates").get(0).asDouble()), 1e-3);
    }

    @Test
    void textInEnglishAndCsvRows() {
        CliRun en = terms("--by", "dpt", "--ca", dir.resolve("m.svg").toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("Correspondence analysis of terms × groups (dpt)"), en.out());
        assertTrue(en.out().contains("Cumulative %"), en.out());
        CliRun csv = terms("--by", "dpt", "--ca", dir.resolve("m2.svg").toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("method,rank,term,occurrences,answers,percent,forms,axis,eigenvalue,inertiaPercent,cumulativePercent,mass,"
                + "coordinate,contribution,cos2", lines.get(0));
        assertEquals(4, lines.stream().filter(l -> l.startsWith("ca-axis,")).count());
        assertEquals(5 * 4, lines.stream().filter(l -> l.startsWith("ca-group,")).count());
        assertEquals(28 * 4, lines.stream().filter(l -> l.startsWith("ca-term,")).count());
        assertTrue(lines.get(1).startsWith("lemmas,1,conférence,21,") && lines.get(1).endsWith(",,,,,,,,"), lines.get(1));
    }

    @Test
    void refusesWhatItCannotDraw() {
        CliRun noBy = terms("--ca", dir.resolve("m.svg").toString());
        assertEquals(Main.USAGE, noBy.code());
        assertTrue(noBy.err().contains("--ca needs --by"), noBy.err());
        CliRun pdf = terms("--by", "dpt", "--ca", dir.resolve("m.pdf").toString());
        assertEquals(Main.USAGE, pdf.code());
        assertTrue(pdf.err().contains(".svg or .png"), pdf.err());
        // qpv has two groups (Non, Oui): one axis only, no map.
        Path map = dir.resolve("qpv.svg");
        CliRun two = terms("--by", "qpv", "--ca", map.toString());
        assertEquals(Main.INPUT, two.code());
        assertTrue(two.err().contains("column \"qpv\"") && two.err().contains("at least 3 groups") && two.err().contains("(Non, Oui)"),
                two.err());
        assertFalse(Files.exists(map));
    }
}
