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
 * départements. Reference figures computed apart from enquete, with numpy 2.4 on the table the pipeline gives with
 * enquete's two POS models ({@code TermGroupTableTest.PIPELINE_COUNTS}, 28 terms, 136 occurrences, as re-measured once
 * "Seniors connectés" counts as "senior", 4 in 59 and 1 in 62 by hand), as R's ca does it:
 * {@code P = N / N.sum(); r, c = P.sum(1), P.sum(0); S = (P - outer(r, c)) / sqrt(outer(r, c));
 * U, sv, Vt = numpy.linalg.svd(S, full_matrices=False)} (numpy 2.4.6); {@code sv**2} gives 0.21808098 0.15098469
 * 0.10761834 0.02715249, whose sum is 0.5038364949730647: axis 1 has 43,28 % of the inertia, axis 2 29,97 %
 * (before, with "Seniors" a term apart and 135 occurrences, once a word's final é was kept apart in the terms' keys:
 * 0.21801209 0.14999456 0.10763889 0.02712018, 43,36 and 29,83 %; on 15 terms and 110 occurrences, with "Cité" and "Cités" one term but "âge" counting "Âgées":
 * 0.12036518304048598 0.10157235889494322 0.0475485624554317 0.01680309208008406, 42,04 and 35,48 %; on 28 terms and 135 occurrences, with a verb inside a capitalised name read as a name, fourth round:
 * 0.20907353083424365 0.1492276530972996 0.10628451056682073 0.02715773427060287, 42,52 and 30,35 %; with the refitted
 * models before that rule, "uni" instead of "Uni", 134 occurrences:
 * 0.1985055590812312 0.14646711036923138 0.10401054891714323 0.02716032135654516, 41,69 and 30,76 %; on the table of
 * the second round's tagging, 27 terms and 133 occurrences:
 * 0.2043705762420111 0.14756109165587045 0.10594853561309275 0.027089766933343685, 42,14 and 30,43 %; before it:
 * 0.19392187120828638 0.14584336768747652 0.10349266325580449 0.02712731746508848, 41,23 and 31,01 %); column principal coordinates {@code Vt.T / sqrt(c)[:, None] * sv}, contributions {@code c * G**2 / sv**2}.
 * (R's ca on the table of OpenNLP's POS model, which {@code TermGroupTableTest} keeps, gave 0.2067114237207396 ...)
 */
class TermsCaCliTest {

    private static final double[] R_EIGENVALUES = {0.21808098005526652, 0.15098468509086693, 0.10761833518676986, 0.027152494640161364};
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
        assertTrue(texts.contains("Axe 1 (43,28" + NBSP + "%)"), texts.toString());
        assertTrue(texts.contains("Axe 2 (29,97" + NBSP + "%)"), texts.toString());
        // The terms contributing most to axis 1 (lien, 21,5 %, numpy's ctr; Cités and Uni at the same point, 9,8 % each)
        // and to axis 2 (CARSAT, 16,5 %) are drawn, among the 20 contributing most to the plane; terms of the same profile
        // share a label.
        assertTrue(texts.contains("lien") && texts.contains("Cités, Uni") && texts.contains("CARSAT"), texts.toString());
        assertTrue(texts.contains("Termes (20 plus contributifs au plan)"), texts.toString());
        // Deterministic: the same bytes on a second run.
        Path again = dir.resolve("encore.svg");
        assertEquals(0, terms("--by", "dpt", "--ca", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(map), Files.readAllBytes(again));
        // The text output carries the tables.
        assertTrue(r.out().contains("Analyse des correspondances termes × groupes (dpt)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.strip().matches("1 +0,2181 +43,28\u00A0% +43,28\u00A0%")), r.out());
        // the total inertia 0.5038364949730647 times the table's 136 occurrences: chi-square 68.52.
        assertTrue(r.out().contains("28 termes × 5 groupes, 136 occurrences\u00A0; inertie totale 0,5038 (khi-deux 68,52)"), r.out());
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
        assertEquals(43.2841, ca.get("axes").get(0).get("percent").asDouble(), 1e-4);
        assertEquals(5, ca.get("groups").size());
        assertEquals(28, ca.get("terms").size());
        // numpy: 62 at (0.833, -0.184) on axes 1-2, up to a sign per axis; its ctr to axis 1 is 67.92 %.
        JsonNode g62 = ca.get("groups").get(3);
        assertEquals("62", g62.get("label").asText());
        assertEquals(0.6792, g62.get("contributions").get(0).asDouble(), 1e-4);
        assertEquals(0.833, Math.abs(g62.get("coordinates").get(0).asDouble()), 1e-3);
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
        CliRun noBy = terms("--ca", dir.resolve("m.svg").toString(), "--lang", "en");
        assertEquals(Main.USAGE, noBy.code());
        assertTrue(noBy.err().contains("--ca needs --by"), noBy.err());
        CliRun pdf = terms("--by", "dpt", "--ca", dir.resolve("m.pdf").toString(), "--lang", "en");
        assertEquals(Main.USAGE, pdf.code());
        assertTrue(pdf.err().contains(".svg or .png"), pdf.err());
        // qpv has two groups (Non, Oui): one axis only, no map.
        Path map = dir.resolve("qpv.svg");
        CliRun two = terms("--by", "qpv", "--ca", map.toString());
        assertEquals(Main.INPUT, two.code());
        // What a French team reads: the column, the groups found, why two are not enough.
        assertTrue(two.err().contains("colonne «\u00A0qpv\u00A0»") && two.err().contains("au moins 3 groupes")
                && two.err().contains("qpv en a 2 (Non, Oui)\u00A0: avec deux groupes, le seul axe les oppose"), two.err());
        assertFalse(Files.exists(map));
    }
}
