package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CTG grid (atouts, faiblesses, problématique, axes de travail) of the theme "Jeunesse" of seed 001, from the
 * three interviews of fixtures/ctg-jeunesse coded by hand; the expected grid is its README's hand count.
 */
class CtgGridCliTest {

    @TempDir
    Path dir;

    private static final String[] QUADRANT_TITLES = {"Atouts", "Faiblesses", "Problématique", "Axes de travail"};

    private static List<String> corpus(String... more) {
        Path c = Fixtures.home().resolve("fixtures/ctg-jeunesse");
        List<String> args = new ArrayList<>(List.of("swot", c.resolve("entretiens").toString(),
                "--codebook", c.resolve("codebook.yaml").toString(), "--theme", "Jeunesse"));
        args.addAll(List.of(more));
        return args;
    }

    private static CliRun run(List<String> args) {
        return CliRun.run(args.toArray(String[]::new));
    }

    @Test
    void jsonGridMatchesTheHandCount() throws IOException {
        CliRun r = run(corpus("--format", "json"));
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("ctg", root.get("grid").asText());
        JsonNode g = root.get("grids").get(0);
        List<String> keys = new ArrayList<>();
        g.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("theme", "atout", "faiblesse", "problematique", "axe"), keys, "the CTG's quadrants, in its order");
        assertReadmesHandCount(g);
        // Matrix: distinct sources per quadrant (atouts 01, 02, 03; faiblesses 01, 02, 03; problématique 01, 03; axes 02, 03).
        JsonNode m = root.get("byQuadrant");
        assertEquals("[\"atout\",\"faiblesse\",\"problematique\",\"axe\"]", m.get("columns").toString());
        assertEquals("[3,3,2,2]", m.get("rows").get(0).get("counts").toString());
    }

    /**
     * The REFI-QDA code tree knew only the SWOT's quadrants: a CTG grid's export, co-occurrence and matrix ended in
     * "unexpected error: java.lang.NullPointerException" (exit 1). The project read back gives the README's hand count.
     */
    @Test
    void aCtgGridGoesToAQdaProjectAndComesBackTheSame() throws IOException {
        Path c = Fixtures.home().resolve("fixtures/ctg-jeunesse");
        Path qdpx = dir.resolve("ctg.qdpx");
        CliRun export = run(List.of("code", c.resolve("entretiens").toString(), "--codebook", c.resolve("codebook.yaml").toString(),
                "--format", "qdpx", "--out", qdpx.toString()));
        assertEquals(0, export.code(), export.err());
        String qde;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String quadrant : QUADRANT_TITLES) {
            assertTrue(qde.contains("name=\"" + quadrant + "\""), quadrant + " in " + qde);
        }
        CliRun back = run(List.of("swot", qdpx.toString(), "--grid", "ctg", "--theme", "Jeunesse", "--format", "json"));
        assertEquals(0, back.code(), back.err());
        JsonNode g = new ObjectMapper().readTree(back.out()).get("grids").get(0);
        assertReadmesHandCount(g);
        CliRun queries = run(corpus("--cooccurrence", "--matrix", "role"));
        assertEquals(0, queries.code(), queries.err());
    }

    private static List<String> rows(JsonNode quadrant) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : quadrant) {
            List<String> sources = new ArrayList<>();
            e.get("sources").forEach(s -> sources.add(s.asText()));
            out.add(e.get("item").asText() + " " + sources);
        }
        return out;
    }

    @Test
    void everyFormatTitlesAndOrdersTheQuadrantsInTheCtgVocabulary() throws IOException {
        CliRun text = run(corpus());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Diagnostic (atouts, faiblesses, problématique, axes de travail)"), text.out());
        assertInOrder(text.out(), "ATOUTS", "FAIBLESSES", "PROBLÉMATIQUE", "AXES DE TRAVAIL");
        assertTrue(!text.out().contains("FORCES") && !text.out().contains("MENACES"));

        Path html = dir.resolve("ctg.html");
        assertEquals(0, run(corpus("--format", "html", "--out", html.toString())).code());
        String h = Files.readString(html, StandardCharsets.UTF_8);
        assertInOrder(h, "<h4>Atouts</h4>", "<h4>Faiblesses</h4>", "<h4>Problématique</h4>", "<h4>Axes de travail</h4>");
        assertTrue(!h.contains("Opportunités") && !h.contains(">Forces<"));

        Path md = dir.resolve("ctg.md");
        assertEquals(0, run(corpus("--format", "md", "--out", md.toString())).code());
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        assertInOrder(markdown, "# Atouts\n", "# Faiblesses\n", "# Problématique\n", "# Axes de travail\n");

        Path docx = dir.resolve("ctg.docx");
        assertEquals(0, run(corpus("--format", "docx", "--out", docx.toString())).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable grid = doc.getTables().get(0);
            assertTrue(grid.getRow(0).getCell(0).getText().startsWith("Atouts"));
            assertTrue(grid.getRow(0).getCell(1).getText().startsWith("Faiblesses"));
            assertTrue(grid.getRow(1).getCell(0).getText().startsWith("Problématique"));
            assertTrue(grid.getRow(1).getCell(1).getText().startsWith("Axes de travail"));
            assertTrue(grid.getRow(1).getCell(1).getText().contains("Valoriser les savoir-faire des jeunes (BAFA)"));
        }

        Path xlsx = dir.resolve("ctg.xlsx");
        assertEquals(0, run(corpus("--format", "xlsx", "--out", xlsx.toString())).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Jeunesse");
            List<String> quadrants = new ArrayList<>();
            for (var row : sheet) {
                var c = row.getCell(0);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && row.getCell(1) != null
                        && List.of(QUADRANT_TITLES).contains(c.getStringCellValue()) && !quadrants.contains(c.getStringCellValue())) {
                    quadrants.add(c.getStringCellValue());
                }
            }
            assertEquals(List.of(QUADRANT_TITLES), quadrants);
        }
    }

    @Test
    void gridOptionOverridesTheCodebookAndAQuadrantTheGridLacksIsALocatedError() throws IOException {
        // The same interviews read as a SWOT grid: atouts are forces, but a problématique has no quadrant there.
        CliRun afom = run(corpus("--grid", "afom", "--lang", "en"));
        assertEquals(Main.INPUT, afom.code(), afom.out());
        assertTrue(afom.err().contains("01-animateur-maison-buisson.txt") && afom.err().contains("01-animateur-maison-buisson.txt, line 11:")
                && afom.err().contains("problematique|Jeunesse is not in the afom grid"), afom.err());
        CliRun bad = run(corpus("--grid", "ctq"));
        assertEquals(Main.USAGE, bad.code());
        assertTrue(bad.err().replace('\u00A0', ' ').contains("--grid ctq : afom ou ctg attendu"), bad.err());
        // An {atout|...} code in a SWOT grid is a force (it was rejected as an unknown quadrant).
        Path t = dir.resolve("atout.txt");
        Files.writeString(t, "Agent : {atout|Jeunesse|Maison Buisson}La Maison Buisson est un vrai point d'appui.{/}\n", StandardCharsets.UTF_8);
        CliRun atout = CliRun.run("swot", t.toString(), "--format", "json");
        assertEquals(0, atout.code(), atout.err());
        JsonNode g = new ObjectMapper().readTree(atout.out()).get("grids").get(0);
        assertEquals("Maison Buisson", g.get("force").get(0).get("item").asText());
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int i = text.indexOf(p, at + 1);
            assertTrue(i > at, "\"" + p + "\" after position " + at + " in:\n" + text);
            at = i;
        }
    }
    /** The fixture README's hand count of the Jeunesse grid: each quadrant's items with the sources that said them. */
    private static void assertReadmesHandCount(JsonNode g) {
        assertEquals(List.of("Accueils de loisirs pour toutes les tranches d'âge [01-animateur-maison-buisson, 02-directrice-centre-socioculturel]",
                "Centres socioculturels, supports de l'engagement [02-directrice-centre-socioculturel, 03-parent-grande-residence]"), rows(g.get("atout")));
        assertEquals(List.of("Passerelles entre accueils des enfants et des adolescents [01-animateur-maison-buisson, 03-parent-grande-residence]",
                "Jeunes sous-représentés dans les centres socioculturels [02-directrice-centre-socioculturel]"), rows(g.get("faiblesse")));
        assertEquals(List.of("Engagement et prise de responsabilités des jeunes [01-animateur-maison-buisson, 03-parent-grande-residence]"),
                rows(g.get("problematique")));
        assertEquals(List.of("Valoriser les savoir-faire des jeunes (BAFA) [02-directrice-centre-socioculturel, 03-parent-grande-residence]"),
                rows(g.get("axe")));
    }
}
