package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code enquete swot} and {@code enquete code} on the ABS fixture corpus. */
class SwotCliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static List<String> corpus(String command, String... more) {
        Path a = Fixtures.absAgents();
        List<String> args = new ArrayList<>(List.of(command, a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(),
                "--spec", a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction"));
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void swotJsonForOneThemeMatchesTheHandCountedGrid() throws IOException {
        CliRun r = run(corpus("swot", "--theme", "Logement", "--format", "json").toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        // The theme's own sources (oneThemesReportKeepsToItInEveryFormat counts them): the corpus has 26, 20 respondents
        // and 6 interviews.
        assertEquals(18, root.get("sources").asInt());
        JsonNode grid = root.get("grids").get(0);
        assertEquals("Logement", grid.get("theme").asText());
        // expected-swot-logement.yaml: Délais 7 sources, Habitat indigne 4; Impayés 5; Coordination 4.
        assertEquals("Délais d'accès au logement social", grid.get("faiblesse").get(0).get("item").asText());
        assertEquals(7, grid.get("faiblesse").get(0).get("sources").size());
        assertEquals(4, grid.get("faiblesse").get(1).get("sources").size());
        assertEquals(5, grid.get("menace").get(0).get("sources").size());
        assertEquals(4, grid.get("opportunite").get(0).get("sources").size());
        assertEquals(2, grid.get("force").get(0).get("quotes").size());
        assertEquals("Logement : tout est saturé", root.get("uncoded").get(0).get("text").asText());
    }

    @Test
    void swotWordAndExcelWithThePlan() throws IOException {
        Path a = Fixtures.absAgents();
        Path docx = dir.resolve("afom.docx");
        CliRun r = run(corpus("swot", "--plan", a.resolve("plan.yaml").toString(), "--format", "docx", "--out", docx.toString())
                .toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable grid = doc.getTables().get(0);
            assertEquals(2, grid.getNumberOfRows());
            assertTrue(grid.getRow(0).getCell(0).getText().startsWith("Forces"));
            assertTrue(grid.getRow(0).getCell(1).getText().startsWith("Faiblesses"));
            assertTrue(grid.getRow(1).getCell(0).getText().startsWith("Opportunités"));
            assertTrue(grid.getRow(1).getCell(1).getText().startsWith("Menaces"));
            String plan = doc.getTables().get(doc.getTables().size() - 1).getText();
            assertTrue(plan.contains("Créer une commission logement CCAS - bailleurs") && plan.contains("Impayés de loyer et expulsions"));
            // The grid once, as a table: a figure of it repeated the items in unreadable type.
            assertTrue(doc.getAllPictures().isEmpty(), "no figure of the grid");
        }
        Path xlsx = dir.resolve("afom.xlsx");
        assertEquals(0, run(corpus("swot", "--theme", "Logement", "--format", "xlsx", "--out", xlsx.toString()).toArray(String[]::new)).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Logement");
            boolean found = false;
            boolean multiline = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && "Délais d'accès au logement social".equals(row.getCell(1).getStringCellValue())) {
                    assertEquals(7, row.getCell(3).getNumericCellValue());
                    found = true;
                }
                // A cell of several quotes is as high as its lines (at least 12 points each): at the default height
                // LibreOffice printed the quotes over each other.
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().contains("\n")) {
                        long lines = cell.getStringCellValue().lines().count();
                        assertTrue(row.getHeightInPoints() >= 12 * lines, row.getHeightInPoints() + " points for " + lines + " lines");
                        multiline = true;
                    }
                }
            }
            assertTrue(found);
            assertTrue(multiline, "the grid has an item with several quotes");
        }
        // The whole grid: a single long quote ran far past its column's edge, and every quote touched the count
        // right-aligned beside it ("2« Avec…"), the indent being ignored under the general alignment.
        Path all = dir.resolve("tous.xlsx");
        // The interviews alone: their single quotes are sentences (the questionnaire's answers are short).
        assertEquals(0, run("swot", Fixtures.absAgents().resolve("entretiens").toString(), "--codebook",
                Fixtures.absAgents().resolve("codebook.yaml").toString(), "--format", "xlsx", "--out", all.toString()).code());
        try (InputStream in = Files.newInputStream(all); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int long_ = 0;
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().startsWith("«")) {
                            var style = cell.getCellStyle();
                            assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT, style.getAlignment(), cell.getStringCellValue());
                            assertTrue(style.getIndention() >= 1, cell.getStringCellValue());
                            if (cell.getStringCellValue().length() > 88 && !cell.getStringCellValue().contains("\n")) {
                                assertTrue(style.getWrapText(), "a long quote wraps: " + cell.getStringCellValue());
                                long_++;
                            }
                        }
                    }
                }
            }
            assertTrue(long_ > 0, "some quote is longer than the column");
        }
    }

    /**
     * The fixture's codebook codes training, not its absence: "Beaucoup de jeunes sont en rupture, sans formation ni
     * emploi" opened the opportunity "Formation des équipes" and counted a source for it.
     */
    @Test
    void aSentenceCodedUnderTwoItemsIsOneCodedExpression() throws IOException {
        Path t = Files.createDirectories(dir.resolve("entretiens")).resolve("bailleur.txt");
        Files.writeString(t, "Rôle : Partenaire\n\nQ: Et le logement ?\nR: Les impayés de loyer augmentent avec les factures"
                + " d'énergie. La permanence logement est utile. Le quartier est calme.\n");
        Path book = dir.resolve("codebook.yaml");
        Files.writeString(book, """
                themes:
                  - theme: Logement
                    items:
                      - item: "Impayés de loyer"
                        quadrant: menace
                        patterns: ["impayés"]
                      - item: "Poids des factures d'énergie"
                        quadrant: menace
                        patterns: ["factures d'énergie"]
                      - item: "Permanence logement"
                        quadrant: force
                        patterns: ["permanence"]
                """);
        // By hand: the first sentence carries two items, the second one, the third none: three codings, two
        // coded expressions. Before, the subtitle said 3.
        CliRun text = run("swot", t.getParent().toString(), "--codebook", book.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("1 source, 2 expressions codées\n"), text.out());
        JsonNode json = new ObjectMapper().readTree(run("swot", t.getParent().toString(), "--codebook", book.toString(),
                "--format", "json").out());
        assertEquals(2, json.get("coded").asInt());
        Path md = dir.resolve("afom.md");
        CliRun report = run("swot", t.getParent().toString(), "--codebook", book.toString(), "--theme", "Logement", "--format", "md",
                "--out", md.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.readString(md).contains("1 source, 2 expressions codées"), Files.readString(md));
    }

    /**
     * A folder without a transcript (not yet filled, or the sources/ an import writes for a project of PDFs only) gave
     * an empty grid, "Rien de codé" in every quadrant, and exit code 0: a pipeline published it as the finding.
     */
    @Test
    void anEmptyFolderOrProjectIsRefusedNotPublishedAsAnEmptyGrid() throws IOException {
        Path a = Fixtures.absAgents();
        Path empty = Files.createDirectories(dir.resolve("entretiens"));
        Files.writeString(empty.resolve(".DS_Store"), "");
        Path docx = dir.resolve("afom.docx");
        for (List<String> args : List.of(List.of("swot", empty.toString()),
                List.of("swot", empty.toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--format", "docx", "--out", docx.toString()),
                List.of("code", empty.toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--format", "csv"),
                List.of("code", Fixtures.home().resolve("fixtures/qda-agreement/camille").toString(), "--agreement", empty.toString()))) {
            List<String> inEnglish = new ArrayList<>(args);
            inEnglish.addAll(List.of("--lang", "en"));
            CliRun r = run(inEnglish.toArray(String[]::new));
            assertEquals(Main.INPUT, r.code(), args + ": " + r.out());
            assertTrue(r.err().contains(empty + ": no transcript in this folder"), r.err());
            assertTrue(r.out().isEmpty(), r.out());
        }
        assertTrue(Files.notExists(docx));
        // A project whose only source is a PDF: import-qda still unpacks it (an empty sources/), swot refuses both.
        Path qdpx = dir.resolve("scans.qdpx");
        try (var o = Files.newOutputStream(qdpx); var z = new java.util.zip.ZipOutputStream(o)) {
            z.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            z.write(("""
                    <?xml version="1.0" encoding="utf-8"?>
                    <Project name="scans" xmlns="urn:QDA-XML:project:1.0">
                    <Sources><PDFSource guid="0a6b3c10-0000-4000-8000-0000000000b1" name="compte-rendu.pdf"                     path="internal://0a6b3c10-0000-4000-8000-0000000000b1.pdf"/></Sources>
                    </Project>
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        CliRun direct = run("swot", qdpx.toString(), "--lang", "en");
        assertEquals(Main.INPUT, direct.code(), direct.out());
        assertTrue(direct.err().contains(qdpx + ": the project holds no text source"), direct.err());
        Path unpacked = dir.resolve("projet");
        CliRun imported = run("import-qda", qdpx.toString(), "--out", unpacked.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(Files.isDirectory(unpacked.resolve("sources")));
        CliRun swot = run("swot", unpacked.resolve("sources").toString(), "--lang", "en");
        assertEquals(Main.INPUT, swot.code(), swot.out());
        assertTrue(swot.err().contains("no transcript in this folder"), swot.err());
    }

    @Test
    void trainingIsNotCodedFromItsAbsence() {
        Path a = Fixtures.absAgents();
        CliRun r = run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--theme", "Attentes");
        assertEquals(0, r.code(), r.err());
        String out = r.out().replace('\u00A0', ' ');
        // Two interviews speak of training the staff (02 and 06); 05 speaks of young people without training.
        assertTrue(out.contains("Formation des équipes (2 sources)") && out.contains("Et former les équipes aux nouveaux besoins"), out);
        assertTrue(!out.contains("sans formation ni emploi"), out);
        // One source is "1 source" (it read "1 source(s)"): only 01 speaks of the visible, stigmatising counter.
        assertTrue(out.contains("Accueil visible et stigmatisant (1 source)"), out);
        String en = run("swot", a.resolve("entretiens").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--theme", "Attentes",
                "--lang", "en").out().replace('\u00A0', ' ');
        assertTrue(en.contains("(2 sources)") && en.contains("(1 source)") && !en.contains("(s)"), en);
    }

    @Test
    void codeListsSegmentsForReviewAsCsv() throws IOException {
        Path bad = dir.resolve("entretien-formule.txt");
        Files.writeString(bad, "R: =HYPERLINK(\"http://x\") est-ce une formule ?\n");
        List<String> args = corpus("code", "--format", "csv");
        args.add(1, bad.toString());
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("source,speaker,line,theme,quadrant,item,origin,text", lines.get(0));
        assertTrue(lines.contains("01-agent-accueil-ccas,Agent,11,Logement,faiblesse,Délais d'accès au logement social,manual,"
                + "\"Les familles attendent deux ou trois ans un logement social, on n'a rien à leur proposer entre-temps.\""), r.out());
        assertTrue(r.out().contains("'=HYPERLINK"), "a cell starting with = is neutralised");
    }

    @Test
    void mistakesGiveClearExitCodes() {
        CliRun theme = run(corpus("swot", "--theme", "Logemen", "--lang", "en").toArray(String[]::new));
        assertEquals(Main.USAGE, theme.code());
        assertTrue(theme.err().contains("did you mean \"Logement\"?"), theme.err());
        Path a = Fixtures.absAgents();
        CliRun noCodebook = run("swot", a.resolve("questionnaire.csv").toString(), "--spec", a.resolve("spec.yaml").toString(), "--lang", "en");
        assertEquals(Main.INPUT, noCodebook.code());
        assertTrue(noCodebook.err().contains("needs a codebook"), noCodebook.err());
        CliRun docx = run(corpus("swot", "--format", "docx").toArray(String[]::new));
        assertEquals(Main.USAGE, docx.code());
        CliRun missing = run("swot", a.resolve("nope.txt").toString(), "--lang", "en");
        assertEquals(Main.INPUT, missing.code());
        assertTrue(missing.err().contains("nope.txt: no such file"), missing.err());
    }

    /** The text output holds what the documents hold: the theme x role matrix and the action plan. */
    @Test
    void swotTextPrintsTheRoleMatrixAndThePlan() {
        Path a = Fixtures.absAgents();
        // The whole corpus: under --theme the plan keeps the actions answering that theme's items (see below).
        CliRun r = run(corpus("swot", "--plan", a.resolve("plan.yaml").toString()).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        int roles = out.indexOf("Thèmes × rôles des personnes interrogées (sources distinctes)");
        assertTrue(roles > 0, out);
        // The header names the seven roles of questionnaire.csv's "fonction" and the interviews' front matter.
        String header = out.substring(out.indexOf('\n', roles) + 1, out.indexOf('\n', out.indexOf('\n', roles) + 1));
        for (String role : List.of("Agent", "Agent d'accueil", "Animateur", "Conseiller numérique", "Partenaire", "Responsable de service",
                "Travailleur social")) {
            assertTrue(header.contains(role), role + " in " + header);
        }
        int plan = out.indexOf("Plan d'actions");
        assertTrue(plan > roles, "the plan after the matrices");
        String tail = out.substring(plan);
        // plan.yaml: two axes, three actions; each action's objectives, lead, calendar and the items it answers.
        assertTrue(tail.contains("== Axe\u00A0: Accès et maintien dans le logement"), tail);
        assertTrue(tail.contains("   1. Créer une commission logement CCAS - bailleurs\n"), tail);
        assertTrue(tail.contains("        - Traiter les impayés avant la phase contentieuse\n        - Partager les situations de blocage\n"), tail);
        // The fields under the CAF fiche's rubrics, in its order (échéances, then pilote).
        assertTrue(tail.contains("      Échéances de réalisation\u00A0: 2025 T1\n      Pilote et services mobilisés\u00A0: CCAS - pôle logement\n"), tail);
        assertTrue(tail.contains("   1. Former les agents d'accueil à la médiation numérique\n"), tail);
        assertEquals(3, tail.lines().filter(l -> l.matches("   \\d\\. .*")).count());
    }

    /** Quotes name who spoke, by role, as an ABS annex does: "agent d'accueil, a06", not "a06". */
    @Test
    void quotesAreCreditedToTheSpeakersRole() throws IOException {
        CliRun r = run(corpus("swot", "--theme", "Logement").toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        // questionnaire.csv: a19 is "Conseiller numérique", a06 "Agent d'accueil", a11 (the uncoded expression) "Agent d'accueil".
        assertTrue(r.out().contains("«\u00A0Aide au maintien dans le logement efficace\u00A0» — conseiller numérique, a19\n"), r.out());
        assertTrue(r.out().contains("«\u00A0Maintien dans le logement des personnes âgées bien accompagné\u00A0» — agent d'accueil, a06\n"), r.out());
        assertTrue(r.out().contains("  - Logement : tout est saturé — agent d'accueil, a11\n"), r.out());
        Path html = dir.resolve("afom.html");
        assertEquals(0, run(corpus("swot", "--theme", "Logement", "--format", "html", "--out", html.toString()).toArray(String[]::new)).code());
        String page = Files.readString(html);
        assertTrue(page.contains("<cite>conseiller numérique, a19</cite>"), "HTML quotes credited by role");
        assertTrue(!page.contains("<svg"), "the grid once, as text");
        // In Word the uncoded expressions are quotations: the credit follows the closing guillemet, outside the words.
        Path docx = dir.resolve("afom.docx");
        assertEquals(0, run(corpus("swot", "--theme", "Logement", "--format", "docx", "--out", docx.toString()).toArray(String[]::new)).code());
        try (InputStream in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> quotes = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle())).map(p -> p.getText()).toList();
            // No-break spaces inside the guillemets: a closing » was left alone on a line in the rendered report.
            assertTrue(quotes.contains("«\u00A0Logement\u00A0: tout est saturé\u00A0» — agent d'accueil, a11"), quotes.toString());
            String grid = doc.getTables().get(0).getText();
            assertTrue(grid.contains("«\u00A0") && grid.contains("\u00A0» — "), grid);
            assertTrue(quotes.stream().noneMatch(q -> q.contains("« ") || q.contains(" »")) && !grid.contains("« ") && !grid.contains(" »"),
                    quotes + grid);
        }
        // Excel: the grid's sheet (quotes 90 characters wide beside item, theme and counts) prints in landscape, where
        // one page wide shrinks it less (its text was too small to read printed in portrait).
        Path xlsx = dir.resolve("afom.xlsx");
        assertEquals(0, run(corpus("swot", "--format", "xlsx", "--out", xlsx.toString()).toArray(String[]::new)).code());
        try (InputStream in = Files.newInputStream(xlsx); var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertTrue(book.getSheet("Tous les thèmes").getPrintSetup().getLandscape());
            assertTrue(book.getSheet("Tous les thèmes").getFitToPage());
        }
    }

    /** The action plan's cells of several lines are lists in HTML, not words run together. */
    @Test
    void htmlPlanKeepsItsListItemsApart() throws IOException {
        Path a = Fixtures.absAgents();
        Path html = dir.resolve("plan.html");
        CliRun r = run(corpus("swot", "--plan", a.resolve("plan.yaml").toString(), "--format", "html", "--out", html.toString())
                .toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("<ul class=\"lines\"><li>Traiter les impayés avant la phase contentieuse</li>"
                + "<li>Partager les situations de blocage</li></ul>"), "objectives as a list");
        assertTrue(page.contains("<table class=\"wide\">"), "the eight-column plan in the narrower layout");
    }

    /** Every sheet the contents sheet names exists: the matrices, the uncoded expressions and the plan had none. */
    @Test
    void excelContentsNamesOnlySheetsThatExist() throws IOException {
        Path a = Fixtures.absAgents();
        Path xlsx = dir.resolve("afom-all.xlsx");
        CliRun r = run(corpus("swot", "--plan", a.resolve("plan.yaml").toString(), "--format", "xlsx", "--out", xlsx.toString())
                .toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var contents = wb.getSheetAt(0);
            List<String> listed = new ArrayList<>();
            for (var row : contents) {
                if (row.getRowNum() < 3 || row.getCell(0) == null) {
                    continue;
                }
                var link = row.getCell(0).getHyperlink();
                assertTrue(link != null, "contents row " + (row.getRowNum() + 1) + " \"" + row.getCell(0).getStringCellValue() + "\" links to a sheet");
                String target = link.getAddress().replaceFirst("^'(.*)'!A1$", "$1").replace("''", "'");
                assertTrue(wb.getSheet(target) != null, "sheet " + target);
                listed.add(target);
            }
            // All themes, the 12 themes, the matrices, the uncoded expressions and the plan.
            assertEquals(16, listed.size(), listed.toString());
            for (String name : List.of("Thèmes × quadrants", "Expressions non codées", "Plan d'actions")) {
                assertTrue(listed.contains(name), name + " in " + listed);
            }
            var plan = wb.getSheet("Plan d'actions");
            boolean found = false;
            boolean wraps = false;
            for (var row : plan) {
                for (var cell : row) {
                    found |= cell.toString().equals("Créer une commission logement CCAS - bailleurs");
                    if (cell.toString().startsWith("Traiter les impayés avant la phase contentieuse\nPartager")) {
                        assertTrue(cell.getCellStyle().getWrapText(), "a cell of several lines wraps");
                        wraps = true;
                    }
                }
            }
            assertTrue(found, "the plan's first action in its sheet");
            assertTrue(wraps, "the first action's objectives, one per line");
        }
    }

    /**
     * A theme's report keeps to its theme (a review found the Logement report's matrices, counts and plan covering all
     * twelve): fixtures/abs-agents/expected-swot-logement.yaml, counted by hand, gives its grid 18 distinct sources,
     * its strengths 6 (a06, a19, 02-travailleuse-sociale; a01, a13, 03-partenaire-bailleur), weaknesses 11,
     * opportunities 4 and threats 5; plan.yaml's "Inclusion numérique" axis answers no Logement item.
     */
    @Test
    void aThemesReportKeepsToItsTheme() throws IOException {
        Path md = dir.resolve("logement.md");
        CliRun r = run(corpus("swot", "--theme", "Logement", "--plan", Fixtures.absAgents().resolve("plan.yaml").toString(), "--format", "md",
                "--out", md.toString()).toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(md);
        String subtitle = text.lines().skip(2).findFirst().orElseThrow();
        assertTrue(subtitle.startsWith("18 sources, "), subtitle);
        assertTrue(!subtitle.contains("12 thèmes"), "the questionnaire's totals beside one theme's counts: " + subtitle);
        List<String> rows = text.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Thème") && !l.startsWith("| Axe")
                && !l.startsWith("| ---") && text.indexOf(l) < text.indexOf("## Expressions non codées")).toList();
        assertEquals(2, rows.size(), "one row in each matrix: " + rows);
        assertTrue(rows.get(0).startsWith("| Logement | 6 | 11 | 4 | 5 |"), rows.get(0));
        String plan = text.substring(text.indexOf("## Plan d'actions"));
        assertTrue(plan.contains("Accès et maintien dans le logement") && !plan.contains("Inclusion numérique"), plan);
    }

    /**
     * The Markdown grid: an item's quotes ran into one paragraph in viewers (consecutive "> " lines), and "3 sources"
     * broke between its number and its word in Word and HTML. A blank quote line separates the quotes; a no-break
     * space ties the count to its word.
     */
    @Test
    void quotesStaySeparateAndCountsWhole() throws IOException {
        Path md = dir.resolve("grille.md");
        CliRun r = run("swot", Fixtures.absAgents().resolve("entretiens").toString(), "--codebook",
                Fixtures.absAgents().resolve("codebook.yaml").toString(), "--format", "md", "--out", md.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(md);
        int pairs = 0;
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(!(lines.get(i).startsWith("   > ") && lines.get(i - 1).startsWith("   > ")), "two quotes run together at line " + (i + 1));
            if (lines.get(i).startsWith("   > ") && lines.get(i - 1).equals("   >")) {
                pairs++;
            }
        }
        assertTrue(pairs > 0, "some item has two quotes");
        String text = Files.readString(md);
        assertTrue(text.contains("(2\u00A0sources") && !text.contains("(2 sources"), text);
    }

    /**
     * In the interviews' Logement grid, "Impayés de loyer et expulsions (2 sources)" showed one quote with no word why: entretien 1's sentence on a
     * coordination with the landlords is coded under it and under "Coordination avec les bailleurs", and quoted under
     * the latter only (fixtures/abs-agents/entretiens/01-agent-accueil-ccas.txt). The grid's note now says that a quote
     * given elsewhere is not repeated; the CTG jeunesse grid, where every item has as many quotes as it may, keeps the
     * short note.
     */
    @Test
    void theNoteSaysWhyAnItemHasFewerQuotesThanSources() throws IOException {
        Path md = dir.resolve("logement-note.md");
        CliRun r = run("swot", Fixtures.absAgents().resolve("entretiens").toString(), "--codebook",
                Fixtures.absAgents().resolve("codebook.yaml").toString(), "--theme", "Logement", "--format", "md", "--out", md.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(md);
        String threat = text.substring(text.indexOf("**Impayés de loyer et expulsions** (2\u00A0sources)"), text.indexOf("*Items classés"));
        assertEquals(1, threat.lines().filter(l -> l.startsWith("   > «")).count(), threat);
        assertTrue(text.contains("n’est pas répétée : un item peut avoir moins de citations que de sources.".replace(" :", "\u00A0:")), text);
        Path ctg = dir.resolve("ctg-note.md");
        r = run("swot", Fixtures.home().resolve("fixtures/ctg-jeunesse/entretiens").toString(), "--codebook",
                Fixtures.home().resolve("fixtures/ctg-jeunesse/codebook.yaml").toString(), "--format", "md", "--out", ctg.toString());
        assertEquals(0, r.code(), r.err());
        String grid = Files.readString(ctg);
        assertTrue(grid.contains("citations les plus courtes de sources différentes.*") && !grid.contains("moins de citations"), grid);
    }

    /**
     * One theme's report is the same in every format. The code command's rows of theme Logement with an item (hand
     * filter of its CSV: 18 sources, 27 distinct passages by source, line and text) against what each format says; the
     * text and JSON gave the whole corpus's 26 sources and 258 expressions, every theme's matrix rows and the plan's
     * every axis ("Inclusion numérique") under the Logement grid.
     */
    @Test
    void oneThemesReportKeepsToItInEveryFormat() throws IOException {
        Path a = Fixtures.absAgents();
        List<String> corpus = List.of(a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(), "--spec",
                a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction");
        List<String> args = new ArrayList<>(List.of("code"));
        args.addAll(corpus);
        args.addAll(List.of("--format", "csv"));
        CliRun code = CliRun.run(args.toArray(String[]::new));
        java.util.Set<String> sources = new java.util.HashSet<>();
        java.util.Set<String> passages = new java.util.HashSet<>();
        try (org.apache.commons.csv.CSVParser p = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().build()
                .parse(new java.io.StringReader(code.out()))) {
            for (org.apache.commons.csv.CSVRecord r : p) {
                if (r.get("theme").equals("Logement") && !r.get("item").isEmpty()) {
                    sources.add(r.get("source"));
                    passages.add(r.get("source") + "|" + r.get("line") + "|" + r.get("text"));
                }
            }
        }
        assertEquals(18, sources.size());
        assertEquals(27, passages.size());
        Path out = dir.resolve("logement");
        args = new ArrayList<>(List.of("swot"));
        args.addAll(corpus);
        args.addAll(List.of("--theme", "Logement", "--plan", a.resolve("plan.yaml").toString(), "--format", "json,text,md", "--out",
                out.toString()));
        CliRun swot = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, swot.code(), swot.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("swot.json").toFile());
        assertEquals("Logement", json.get("theme").asText());
        assertEquals(18, json.get("sources").asInt());
        assertEquals(27, json.get("coded").asInt());
        assertEquals(1, json.get("byQuadrant").get("rows").size());
        assertEquals("Logement", json.get("byQuadrant").get("rows").get(0).get("theme").asText());
        assertEquals(1, json.get("grids").size());
        String text = Files.readString(out.resolve("swot.txt"));
        String md = Files.readString(out.resolve("swot.md"));
        for (String doc : List.of(text, md)) {
            assertTrue(doc.contains("18 sources, 27 expressions codées"), doc.substring(0, 300));
            assertTrue(!doc.contains("Inclusion numérique") && !doc.contains("20 répondants"), doc);
        }
    }
}
