package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code enquete plan} on fixtures/abs-agents/plan.yaml alone: every value of the file (read here with plain
 * SnakeYAML, apart from enquete's reader) in every format; fields the model does not know kept and shown.
 */
class PlanCliTest {

    @TempDir
    Path dir;

    private static final Path PLAN = Fixtures.absAgents().resolve("plan.yaml");

    /** Every string value of the YAML file: axis names, voices and needs, actions and all their fields. */
    @SuppressWarnings("unchecked")
    private static List<String> values(Path yaml) throws IOException {
        List<String> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            collect(new Yaml().load(r), out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (!List.of("axes", "actions", "needs").contains(k)) {
                    out.add(String.valueOf(k));
                }
                collect(v, out);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else {
            out.add(String.valueOf(node));
        }
    }

    private static void assertAll(String where, String given, List<String> values, List<String> keysNotShown) {
        // The documents give French text French typography's no-break spaces (before ":" and ";"); the input has plain ones.
        String text = given.replace('\u00A0', ' ');
        for (String v : values) {
            if (!keysNotShown.contains(v)) {
                assertTrue(text.contains(v), where + " lacks \"" + v + "\"");
            }
        }
    }

    /** The YAML keys of the model's fields, which outputs show by their French label, not by the key. */
    private static final List<String> MODEL_KEYS = java.util.stream.Stream.concat(Stream.of("axis", "action", "number", "levels", "template",
            "objective", "objectives"), Arrays.stream(fr.enquete.qual.PlanField.values()).map(fr.enquete.qual.PlanField::key)).toList();

    /**
     * Béthune-Bruay's five sheets (seed 002) re-keyed: every value of the YAML in every format, and the same values
     * from the spreadsheet a team would keep.
     */
    @Test
    void theReKeyedSheetsInEveryFormat() throws IOException {
        Path yaml = Fixtures.plans().resolve("bethune-fiches.yaml");
        List<String> values = values(yaml);
        check(yaml, values);
        // The spreadsheet's words for its levels are its columns' headings (Thématique, Objectif): it has none for "Fiche".
        check(Fixtures.plans().resolve("bethune-fiches.xlsx"), values.stream().filter(v -> !v.equals("Fiche")).toList());
        Path lens = Fixtures.plans().resolve("lens-fiches.yaml");
        // "template: caf" names the CAF's nine rubrics, which the outputs list one by one.
        check(lens, values(lens), List.of("caf"));
        // Lens's spreadsheet: its level column is "Axe"; it has none of the YAML's level words nor its template.
        check(Fixtures.plans().resolve("lens-fiches.xlsx"), values(lens).stream().filter(v -> !List.of("Annexe", "Objectif", "Fiche action")
                .contains(v)).toList(), List.of("caf"));
    }

    /** The five missing budgets (the template asks for one, seed 002 has none) are reported in the text and the JSON. */
    @Test
    void missingRubricsAreReportedNotRefused() throws IOException {
        CliRun text = CliRun.run("plan", Fixtures.plans().resolve("bethune-fiches.xlsx").toString());
        assertEquals(0, text.code(), text.err());
        String out = text.out().replace('\u00a0', ' ');
        assertTrue(out.contains("Rubriques attendues absentes\n5 rubriques attendues absentes des fiches"), out);
        for (int i = 1; i <= 5; i++) {
            assertTrue(out.contains("  - Fiche action 1.1." + i + " : Budget\n"), out);
        }
        JsonNode gaps = new ObjectMapper().readTree(CliRun.run("plan", Fixtures.plans().resolve("bethune-fiches.yaml").toString(),
                "--format", "json").out()).get("gaps");
        assertEquals(5, gaps.size());
        assertEquals("{\"number\":\"1.1.3\",\"action\":\"Accompagner l'assistant maternel tout au long de sa carrière\",\"field\":\"budget\"}",
                gaps.get(2).toString());
    }

    /** Word: one fiche per page, each a title band, a table of its rubrics and a table of its indicators. */
    @Test
    void wordHasOneFichePerPage() throws IOException {
        Path docx = dir.resolve("fiches.docx");
        CliRun r = CliRun.run("plan", Fixtures.plans().resolve("bethune-fiches.yaml").toString(), "--format", "docx", "--out", docx.toString());
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            long breaks = doc.getParagraphs().stream().filter(org.apache.poi.xwpf.usermodel.XWPFParagraph::isPageBreak).count();
            assertEquals(5, breaks, "a page break before each of the five sheets");
            // The overview, then per sheet: band, rubrics, indicators.
            assertEquals(1 + 5 * 3, doc.getTables().size());
            var band = doc.getTables().get(1);
            assertEquals("Fiche 1.1.1\nAnimer une commission technique et stratégique pour l'accompagnement concerté des projets d'accueil collectif",
                    band.getRow(0).getCell(0).getText().strip());
            var rubrics = doc.getTables().get(2);
            assertEquals(List.of("Diagnostic initial", "Public cible", "Objectifs opérationnels", "Modalités de mise en œuvre",
                            "Échéances de réalisation", "Pilote et services mobilisés", "Partenaires sollicités", "Résultats attendus"),
                    rubrics.getRows().stream().map(row -> row.getCell(0).getText()).toList());
            var indicators = doc.getTables().get(3);
            assertEquals(List.of("Indicateur", "Valeur de référence", "Cible", "Échéance"),
                    indicators.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(1 + 3, indicators.getRows().size(), "1.1.1 has 3 indicators");
        }
        // Byte-identical when run again.
        Path again = dir.resolve("again.docx");
        assertEquals(0, CliRun.run("plan", Fixtures.plans().resolve("bethune-fiches.yaml").toString(), "--format", "docx", "--out",
                again.toString()).code());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(docx), Files.readAllBytes(again)));
    }

    @Test
    void everyFieldOfThePlanInEveryFormat() throws IOException {
        List<String> values = values(PLAN);
        // Counted by hand: axis 1 (2 values) and its 3 needs (6), its actions (15 and 14); axis 2 (2), 2 needs (4), 1 action (14).
        assertEquals(57, values.size(), values.toString());
        check(PLAN, values);
    }

    /** The Markdown plan of a fixture. */
    private String markdown(String fixture) throws IOException {
        Path md = dir.resolve("plan.md");
        assertEquals(0, CliRun.run("plan", Fixtures.home().resolve(fixture).toString(), "--format", "md", "--out", md.toString()).code());
        return Files.readString(md, StandardCharsets.UTF_8);
    }

    /** The overview's "N°" column is there when actions are numbered, and left out when none is (an empty column seen in the study's Word page). */
    @Test
    void theOverviewHasANumberColumnOnlyWhenActionsAreNumbered() throws IOException {
        String withNumbers = markdown("fixtures/plans/bethune-fiches.yaml");
        assertTrue(withNumbers.contains("| Thématique | N° | Fiche | "), withNumbers);
        assertTrue(withNumbers.contains("| 1.1.1 | "), withNumbers);
        String withoutNumbers = markdown("fixtures/study/plan-lens.yaml");
        assertTrue(withoutNumbers.contains("| Axe | Fiche action | "), withoutNumbers);
        assertFalse(withoutNumbers.contains("N°"), withoutNumbers);
        // The Word fiches: the overview is the first table; its header row names no number without numbers.
        for (String fixture : List.of("fixtures/plans/bethune-fiches.yaml", "fixtures/study/plan-lens.yaml")) {
            Path docx = dir.resolve("fiches.docx");
            assertEquals(0, CliRun.run("plan", Fixtures.home().resolve(fixture).toString(), "--format", "docx", "--out", docx.toString()).code());
            try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
                org.apache.poi.xwpf.usermodel.XWPFTable overview = doc.getTables().get(0);
                String head = overview.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().toString();
                boolean hasNumbers = fixture.contains("bethune");
                assertEquals(hasNumbers, head.contains("N°"), fixture + ": " + head);
                // Every action row has as many cells as the header (an axis row spans them all).
                int columns = overview.getRow(0).getTableCells().size();
                assertEquals(hasNumbers ? 4 : 3, columns, head);
                for (org.apache.poi.xwpf.usermodel.XWPFTableRow r : overview.getRows()) {
                    assertTrue(r.getTableCells().size() == columns || r.getTableCells().size() == 1, fixture + ": " + r.getTableCells().size());
                }
            }
        }
    }

    @Test
    void fieldsTheModelDoesNotKnowAreKeptAndShown() throws IOException {
        Path plan = dir.resolve("fiche.yaml");
        // "public cible", "partenaires" and "résultats attendus" are the CAF fiche's rubrics, by their French heading;
        // "coût par jeune" and "référent élu" are no field of the model.
        Files.writeString(plan, """
                axes:
                  - axis: "Jeunesse"
                    actions:
                      - action: "Aide au BAFA"
                        pilot: "Ville de Lens"
                        public cible: "Jeunes de 17 à 25 ans"
                        partenaires: ["CAF du Pas-de-Calais", "Mission locale"]
                        résultats attendus: "20 jeunes formés par an"
                        coût par jeune: "300 €"
                        référent élu: ["Adjoint à la jeunesse"]
                """, StandardCharsets.UTF_8);
        List<String> values = values(plan);
        check(plan, values, List.of("public cible", "partenaires", "résultats attendus"));
        JsonNode action = new ObjectMapper().readTree(CliRun.run("plan", plan.toString(), "--format", "json").out())
                .get("axes").get(0).get("actions").get(0);
        assertEquals("[\"Jeunes de 17 à 25 ans\"]", action.get("public").toString());
        assertEquals("[\"CAF du Pas-de-Calais\",\"Mission locale\"]", action.get("partners").toString());
        assertEquals("[\"20 jeunes formés par an\"]", action.get("results").toString());
        assertEquals("{\"coût par jeune\":[\"300 €\"],\"référent élu\":[\"Adjoint à la jeunesse\"]}", action.get("extra").toString());
        // The same plan kept as a spreadsheet: the rubrics under their heading, the unknown column kept under its own.
        Path csv = dir.resolve("fiche.csv");
        Files.writeString(csv, "Axe;Action;Pilote;Public cible;Partenaires;Coût par jeune\nJeunesse;Aide au BAFA;Ville de Lens;Jeunes de 17 à 25 ans;"
                + "\"CAF du Pas-de-Calais ; Mission locale\";300 €\n", StandardCharsets.UTF_8);
        CliRun text = CliRun.run("plan", csv.toString());
        assertEquals(0, text.code(), text.err());
        String out = text.out().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(out.contains("      Public cible : Jeunes de 17 à 25 ans\n"), text.out());
        assertTrue(out.contains("      Partenaires sollicités :\n        - CAF du Pas-de-Calais\n        - Mission locale\n"), text.out());
        assertTrue(out.contains("      Coût par jeune : 300 €\n"), text.out());
    }

    private void check(Path plan, List<String> values) throws IOException {
        check(plan, values, List.of());
    }

    /** @param rubricKeys YAML keys of the model's fields written as French headings, shown under the rubric's label */
    private void check(Path plan, List<String> values, List<String> rubricKeys) throws IOException {
        List<String> notShown = new ArrayList<>(MODEL_KEYS);
        notShown.addAll(rubricKeys);
        CliRun text = CliRun.run("plan", plan.toString());
        assertEquals(0, text.code(), text.err());
        assertAll("text", text.out(), values, notShown);
        CliRun json = CliRun.run("plan", plan.toString(), "--format", "json");
        assertEquals(0, json.code(), json.err());
        List<String> jsonValues = new ArrayList<>();
        collect(new ObjectMapper().readValue(json.out(), Map.class), jsonValues);
        for (String v : values) {
            assertTrue(jsonValues.contains(v) || rubricKeys.contains(v), "json lacks \"" + v + "\"");
        }
        Path html = dir.resolve("plan.html");
        assertEquals(0, CliRun.run("plan", plan.toString(), "--format", "html", "--out", html.toString()).code());
        assertAll("html", Files.readString(html, StandardCharsets.UTF_8).replace("&#39;", "'").replace("&quot;", "\""), values, notShown);
        Path md = dir.resolve("plan.md");
        assertEquals(0, CliRun.run("plan", plan.toString(), "--format", "md", "--out", md.toString()).code());
        assertAll("md", Files.readString(md, StandardCharsets.UTF_8), values, notShown);
        Path docx = dir.resolve("plan.docx");
        assertEquals(0, CliRun.run("plan", plan.toString(), "--format", "docx", "--out", docx.toString()).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertAll("docx", new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText(), values, notShown);
        }
        Path xlsx = dir.resolve("plan.xlsx");
        assertEquals(0, CliRun.run("plan", plan.toString(), "--format", "xlsx", "--out", xlsx.toString()).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            StringBuilder cells = new StringBuilder();
            wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> cells.append(c.toString()).append('\n'))));
            assertAll("xlsx", cells.toString(), values, notShown);
        }
    }

    /**
     * A fiche's sheet: the indicators' list (one column) made the rubrics' column as wide as its longest name
     * ("Nombre de commissions techniques et stratégiques organisées", 59 characters), squeezing the contents and the
     * printed page's scale. The list now spreads over the rubric and content columns, merged, and the rubrics'
     * column keeps the width of its own labels (the longest, "Pilote et services mobilisés" or "Modalités de mise en
     * œuvre", under 30 characters, and the sheets' 30 for labels).
     */
    @Test
    void aFichesIndicatorListDoesNotWidenTheRubricColumn() throws IOException {
        Path xlsx = dir.resolve("fiches.xlsx");
        CliRun run = CliRun.run("plan", Fixtures.plans().resolve("bethune-fiches.yaml").toString(), "--format", "xlsx", "--out", xlsx.toString());
        assertEquals(0, run.code(), run.err());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet fiche = null;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    var cell = row.getCell(0);
                    if (cell != null && cell.toString().equals("Nombre de commissions techniques et stratégiques organisées")) {
                        fiche = sheet;
                    }
                }
            }
            assertTrue(fiche != null, "the fiche 1.1.1's sheet");
            // Excel's width unit is 1/256 of a character.
            assertTrue(fiche.getColumnWidth(0) <= 32 * 256, "rubric column of " + fiche.getColumnWidth(0) / 256 + " characters");
            int merged = 0;
            for (var region : fiche.getMergedRegions()) {
                var cell = fiche.getRow(region.getFirstRow()).getCell(0);
                if (region.getFirstColumn() == 0 && region.getLastColumn() == 1 && cell.toString().startsWith("Nombre d")) {
                    merged++;
                }
            }
            // Its three indicators, counted in bethune-fiches.yaml.
            assertEquals(3, merged, fiche.getMergedRegions().toString());
        }
    }

    /**
     * The evaluation against the plan: per axis the hand counts of bethune-evaluation.csv (2 oui, 1 partiellement,
     * 1 non, 1 not evaluated of 5), per fiche its status and lines, indicator values by date; JSON and Word alike.
     */
    @Test
    void evaluationAgainstThePlan() throws IOException {
        String plan = Fixtures.plans().resolve("bethune-fiches.yaml").toString();
        String eval = Fixtures.plans().resolve("bethune-evaluation.csv").toString();
        CliRun text = CliRun.run("plan", plan, "--evaluation", eval);
        assertEquals(0, text.code(), text.err());
        String out = text.out().replace('\u00a0', ' ');
        assertTrue(out.contains("5 fiches, 4 évaluées, 12 lignes de la grille d'évaluation\n"), out);
        assertTrue(out.contains("  Thématique          Fiches  Oui  Partiellement  Non  Non évaluées\n"
                + "  1 – Petite enfance       5    2              1    1             1\n"), out);
        assertTrue(out.contains("Réponses aux rubriques de la grille : 1 oui, 0 partiellement, 1 non."), out);
        assertTrue(out.contains("-- Fiche 1.1.4 : Mettre en place un dispositif d'accompagnement des Maisons d'Assistants Maternels (MAM)\n"
                + "Statut : Oui (2023)\n"), out);
        assertTrue(out.contains("Statut : non évaluée"), out);
        assertTrue(out.contains("5 (prévu : 6)  6 (prévu : 6)"), out);
        JsonNode json = new ObjectMapper().readTree(CliRun.run("plan", plan, "--evaluation", eval, "--format", "json").out());
        assertEquals("{\"actions\":5,\"yes\":2,\"partly\":1,\"no\":1,\"not_evaluated\":1}", json.get("summary").toString());
        assertEquals(List.of("oui", "partiellement", "non", "oui", ""),
                List.of(0, 1, 2, 3, 4).stream().map(i -> json.get("actions").get(i).get("status").asText()).toList());
        Path docx = dir.resolve("evaluation.docx");
        assertEquals(0, CliRun.run("plan", plan, "--evaluation", eval, "--format", "docx", "--out", docx.toString()).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(all.contains("cellule d'accompagnement en place") && all.contains("Statut : Partiellement (2022)".replace(" :", "\u00a0:")), all);
        }
        // An unknown fiche in the evaluation: a located input error, nothing written.
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Fiche;Date;Réponse\n1.2.1;2022;Oui\n", StandardCharsets.UTF_8);
        Path html = dir.resolve("bad.html");
        CliRun r = CliRun.run("plan", plan, "--evaluation", bad.toString(), "--format", "html", "--out", html.toString());
        assertEquals(Main.INPUT, r.code());
        // Told in French, as the run is (RarerErrorLanguageTest has both languages).
        assertTrue(r.err().contains("ligne 2") && r.err().contains("«\u00A01.2.1\u00A0»"), r.err());
        assertTrue(!Files.exists(html));
    }

    /**
     * One follow-up file per year (bethune-evaluation-2022.csv, -2023.csv: the one file split by its Date column) read
     * together: the same hand counts (1.1.4 Oui in 2023 over Partiellement in 2022), the completion chart in the HTML;
     * the same fiche, date and rubric answered differently in two files: a located error, nothing written.
     */
    @Test
    void evaluationFilesPerYearMerged() throws IOException {
        String plan = Fixtures.plans().resolve("bethune-fiches.yaml").toString();
        String y2022 = Fixtures.plans().resolve("bethune-evaluation-2022.csv").toString();
        String y2023 = Fixtures.plans().resolve("bethune-evaluation-2023.csv").toString();
        JsonNode json = new ObjectMapper().readTree(CliRun.run("plan", plan, "--evaluation", y2022, "--evaluation", y2023, "--format", "json").out());
        assertEquals("{\"actions\":5,\"yes\":2,\"partly\":1,\"no\":1,\"not_evaluated\":1}", json.get("summary").toString());
        assertEquals("oui", json.get("actions").get(3).get("status").asText());
        Path html = dir.resolve("evaluation.html");
        CliRun ok = CliRun.run("plan", plan, "--evaluation", y2022, "--evaluation", y2023, "--format", "html", "--out", html.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(Files.readString(html).contains("<title>Réalisation des fiches par thématique</title>"));
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "Fiche;Date;Rubrique;Réponse\n1.1.3;2022;;Oui\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("conflict.html");
        CliRun r = CliRun.run("plan", plan, "--evaluation", y2022, "--evaluation", other.toString(), "--format", "html", "--out", out.toString());
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains(other + ", ligne 2") && r.err().contains("«\u00A0Oui\u00A0» ici mais «\u00A0Non\u00A0» dans " + y2022 + ", ligne 9"),
                r.err());
        assertTrue(!Files.exists(out));
    }

    /**
     * The grid kept in YAML gives the same follow-up as the CSV, in every format asked; a YAML year file merges with a
     * CSV one, and a conflict between them names the YAML line.
     */
    @Test
    void evaluationInYamlIsTheSameGrid() throws IOException {
        String plan = Fixtures.plans().resolve("bethune-fiches.yaml").toString();
        String csv = Fixtures.plans().resolve("bethune-evaluation.csv").toString();
        String yaml = Fixtures.plans().resolve("bethune-evaluation.yaml").toString();
        for (String format : List.of("text", "json")) {
            CliRun a = CliRun.run("plan", plan, "--evaluation", csv, "--format", format);
            CliRun b = CliRun.run("plan", plan, "--evaluation", yaml, "--format", format);
            assertEquals(0, b.code(), b.err());
            assertEquals(a.out(), b.out());
        }
        Path year = dir.resolve("eval-2022.yaml");
        Files.writeString(year, "evaluations:\n  - fiche: \"1.1.3\"\n    date: 2022\n    answer: Oui\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("plan", plan, "--evaluation", csv, "--evaluation", year.toString());
        assertEquals(Main.INPUT, r.code());
        assertTrue(r.err().contains(year + ", ligne 4, colonne 13") && r.err().contains("«\u00A0Oui\u00A0» ici mais «\u00A0Non\u00A0» dans " + csv
                + ", ligne 10"), r.err());
    }

    /**
     * Lens's fiche 3 linked to the CTG grid of fixtures/ctg-jeunesse (6 items, README's hand count) and to two indicators
     * of lens-cadrage.tsv: each item with the fiches answering it (3 answered by fiche 3, 3 by none), the two indicators.
     */
    @Test
    void diagnosticLinksResolved() throws IOException {
        Path lens = Fixtures.plans().resolve("lens-fiches.yaml");
        Path ctg = Fixtures.home().resolve("fixtures/ctg-jeunesse");
        String cadrage = Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv").toString();
        List<String> args = List.of("plan", lens.toString(), "--swot", ctg.resolve("entretiens").toString(), "--codebook",
                ctg.resolve("codebook.yaml").toString(), "--indicators", cadrage);
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String links = r.out().substring(r.out().indexOf("Liens avec le diagnostic"));
        assertEquals(List.of(
                "  Atouts           Accueils de loisirs pour toutes les tranches d'âge         Aucune fiche",
                "  Faiblesses       Passerelles entre accueils des enfants et des adolescents  Fiche action 3",
                "  Problématique    Engagement et prise de responsabilités des jeunes          Fiche action 3",
                "  Atouts           Centres socioculturels, supports de l'engagement           Aucune fiche",
                "  Faiblesses       Jeunes sous-représentés dans les centres socioculturels    Aucune fiche",
                "  Axes de travail  Valoriser les savoir-faire des jeunes (BAFA)               Fiche action 3",
                "  Indicateur       Indice jeunesse (Rp Insee)                                 Fiche action 3",
                "  Indicateur       Nombre d'enfants de moins de 21 ans d'allocataires Caf     Fiche action 3"),
                links.lines().skip(2).toList());
        List<String> json = new ArrayList<>(args);
        json.addAll(List.of("--format", "json"));
        JsonNode l = new ObjectMapper().readTree(CliRun.run(json.toArray(String[]::new)).out()).get("links");
        assertEquals(8, l.size());
        assertEquals("{\"kind\":\"faiblesse\",\"item\":\"Passerelles entre accueils des enfants et des adolescents\",\"actions\":[\"3\"]}",
                l.get(1).toString());
        // Without --swot and --indicators the links are not resolved, nor listed.
        assertTrue(!CliRun.run("plan", lens.toString()).out().contains("Liens avec le diagnostic"));
        // A link to no item of the grid, or to no indicator of the table: a located error.
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(lens).replace("- Engagement et prise de responsabilités des jeunes", "- Engagement des jeunes"));
        List<String> badArgs = new ArrayList<>(args);
        badArgs.set(1, bad.toString());
        // In English, the wording these checks quote (French by default).
        badArgs.addAll(List.of("--lang", "en"));
        CliRun e = CliRun.run(badArgs.toArray(String[]::new));
        assertEquals(Main.INPUT, e.code());
        assertTrue(e.err().contains("bad.yaml, line ") && e.err().contains("\"Engagement des jeunes\", which is no SWOT item"), e.err());
        Files.writeString(bad, Files.readString(lens).replace("- Indice jeunesse (Rp Insee)", "- Indice de jeunesse"));
        e = CliRun.run(badArgs.toArray(String[]::new));
        assertEquals(Main.INPUT, e.code());
        assertTrue(e.err().contains("bad.yaml, line ") && e.err().contains("the indicator \"Indice de jeunesse\", which is not in the indicator table"), e.err());
    }

    @Test
    void docxWithoutOutIsAUsageError() {
        assertEquals(Main.USAGE, CliRun.run("plan", PLAN.toString(), "--format", "docx").code());
        CliRun missing = CliRun.run("plan", dir.resolve("absent.yaml").toString());
        assertEquals(Main.INPUT, missing.code());
    }
}
