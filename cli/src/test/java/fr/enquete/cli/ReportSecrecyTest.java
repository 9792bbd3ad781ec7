package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A histogram's bars are counts: under --secret a histogram with a small bar is withheld, with a note saying so. */
class ReportSecrecyTest {

    @TempDir
    Path dir;

    @Test
    void aHistogramWithASmallBarIsNotDrawnUnderSecrecy() throws Exception {
        // Which of the fixture's numeric questions have a bar of 1 to 4 centres, from the histograms the toolkit bins
        // (R's breaks, checked against hist() in HistogramTest): those must go, the others stay.
        fr.enquete.stats.SurveyResult r = fr.enquete.stats.SurveyAnalyzer.analyze(
                fr.enquete.importer.Importers.open(Fixtures.export(), fr.enquete.importer.ImportOptions.DEFAULTS),
                fr.enquete.spec.SpecReader.read(Fixtures.spec()).survey(), fr.enquete.stats.AnalysisOptions.DEFAULTS);
        java.util.List<String> small = new java.util.ArrayList<>();
        java.util.List<String> large = new java.util.ArrayList<>();
        for (QuestionResult q : r.questions()) {
            if (q instanceof QuestionResult.Numeric n && n.histogram() != null && n.summary().count() > 0) {
                (java.util.Arrays.stream(n.histogram().counts()).anyMatch(c -> c > 0 && c < 5) ? small : large).add(q.question().id());
            }
        }
        assertFalse(small.isEmpty(), "the fixture has a histogram with a small bar");
        Path open = dir.resolve("open");
        Path secret = dir.resolve("secret");
        for (Path out : new Path[] {open, secret}) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", Fixtures.export().toString(), "--spec",
                    Fixtures.spec().toString(), "--out", out.toString(), "--format", "md"));
            if (out == secret) {
                args.addAll(java.util.List.of("--secret", "5"));
            }
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, run.code(), run.err());
        }
        String md = Files.readString(secret.resolve("report.md"));
        String openMd = Files.readString(open.resolve("report.md"));
        int drawnOpen = openMd.split("-histogram\\.png", -1).length - 1;
        int drawnSecret = md.split("-histogram\\.png", -1).length - 1;
        assertEquals(small.size() + large.size(), drawnOpen, "every numeric question has its histogram without --secret");
        assertEquals(large.size(), drawnSecret, "only the histograms without a small bar under --secret 5");
        try (java.util.stream.Stream<Path> files = Files.list(secret.resolve("charts"))) {
            assertEquals(large.size(), files.filter(f -> f.getFileName().toString().endsWith("-histogram.png")).count());
        }
        assertEquals(small.size(), md.split("Histogramme non publié \\(secret statistique\\)", -1).length - 1, md);
    }

    /**
     * Under --secret, the Google Forms "Autre" answers written in the cell, each given by fewer than 5 partners, are one
     * row in every output, and neither the row nor the points to check name them (they printed "« SIAO » (1)").
     */
    @Test
    void oneOffAnswersOutsideTheListAreOneRowInEveryOutput() throws Exception {
        StringBuilder csv = new StringBuilder("Horodateur,Votre structure\r\n");
        java.util.List<String> answers = new java.util.ArrayList<>();
        answers.addAll(java.util.Collections.nCopies(17, "Association"));
        answers.addAll(java.util.Collections.nCopies(9, "Collectivité"));
        answers.addAll(java.util.Collections.nCopies(6, "Bailleur social"));
        answers.addAll(java.util.List.of("Maison de quartier des Tilleuls", "Épicerie solidaire", "SIAO", "Mission locale de Roubaix",
                "Maison de quartier des Tilleuls", "Régie de quartier", "", ""));
        for (int i = 0; i < answers.size(); i++) {
            csv.append(String.format(java.util.Locale.ROOT, "2024/05/%02d 10:%02d:00 UTC+2,%s\r\n", i % 28 + 1, i, answers.get(i)));
        }
        Path export = Files.writeString(dir.resolve("partenaires.csv"), csv);
        Path spec = Files.writeString(dir.resolve("spec.yaml"), "survey: Partenaires\nquestions:\n  - id: \"Votre structure\"\n"
                + "    type: single\n    choices: [\"Association\", \"Collectivité\", \"Bailleur social\", \"État\"]\n");
        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export.toString(), "--spec", spec.toString(), "--secret", "5", "--out", out.toString(),
                "--format", "md,xlsx");
        assertEquals(0, report.code(), report.err());
        CliRun text = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--secret", "5");
        CliRun json = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--secret", "5", "--format", "json", "--lang", "en");
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("| Autres réponses (5, regroupées) | &lt; 5 chacune | – |"), md);
        assertTrue(text.out().contains("Autres réponses (5, regroupées)  < 5 chacune"), text.out());
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out())
                .get("questions").get(0).get("rows");
        assertEquals("Other answers (5, grouped)", rows.get(4).get("label").asText());
        assertEquals(5, rows.get(4).get("grouped").asInt());
        assertTrue(rows.get(4).get("count").isNull() && rows.get(4).get("masked").asBoolean());
        for (String published : java.util.List.of(md, text.out(), json.out())) {
            for (String answer : java.util.List.of("Tilleuls", "SIAO", "Épicerie", "Roubaix", "Régie")) {
                assertFalse(published.contains(answer), answer + " in " + published);
            }
        }
    }

    /**
     * A masked bar is labelled as its table cell: department 80 has 3 centres in the fixture (hand count), "< 5" in the
     * table under --secret 5, and its bar said "s (secret)", which the note under the table gives to counts masked only
     * so that the others cannot be recomputed by difference. The bars masked so (62 and 02, 14 and 6 centres) keep it.
     */
    @Test
    void aMaskedBarIsLabelledAsItsTableCell() throws Exception {
        Path out = dir.resolve("barres");
        CliRun run = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5", "--no-terms",
                "--out", out.toString(), "--format", "html");
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out.resolve("report.html"));
        int start = html.indexOf("<h3>Localisation (département)</h3>");
        String section = html.substring(start, html.indexOf("<h3>", start + 1));
        assertTrue(section.contains("<tr><td>80</td><td class=\"num\">&lt; 5</td>"), section.substring(0, 2000));
        String svg = section.substring(section.indexOf("<svg"), section.indexOf("</svg>"));
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1));
        }
        // The axis' labels, then the bars' in the same order: 59, 62, 02, 60, 80, no answer.
        assertEquals(java.util.List.of("58 (63,74\u00A0%)", "s (secret)", "s (secret)", "6 (6,59\u00A0%)", "&lt; 5", "&lt; 5"),
                texts.subList(texts.size() - 6, texts.size()), texts.toString());
    }

    /**
     * In Excel the "no answer" row's masked count ("< 5", the fixture's 4 departments left blank) and its "–" stood left
     * in their columns of numbers, under the "< 5" and "–" of department 80 standing right, and its label stood against
     * the cell's edge where the others are a character in.
     */
    @Test
    void theNoAnswerRowsMaskedCellsStandAsTheOthersInExcel() throws Exception {
        Path out = dir.resolve("classeur");
        CliRun run = CliRun.run("report", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--secret", "5", "--no-terms",
                "--out", out.toString(), "--format", "xlsx");
        assertEquals(0, run.code(), run.err());
        try (java.io.InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet dpt = wb.getSheet("dpt");
            org.apache.poi.ss.usermodel.Row eighty = null;
            org.apache.poi.ss.usermodel.Row none = null;
            for (org.apache.poi.ss.usermodel.Row row : dpt) {
                org.apache.poi.ss.usermodel.Cell first = row.getCell(0);
                String label = first == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(first);
                if (label.equals("80")) {
                    eighty = row;
                } else if (label.equals("Sans réponse")) {
                    none = row;
                }
            }
            assertEquals("< 5", none.getCell(1).getStringCellValue());
            assertEquals("< 5", eighty.getCell(1).getStringCellValue());
            for (int c = 1; c <= 2; c++) {
                assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT, eighty.getCell(c).getCellStyle().getAlignment());
                assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT, none.getCell(c).getCellStyle().getAlignment(), "column " + c);
            }
            assertEquals(1, none.getCell(0).getCellStyle().getIndention());
        }
    }

    /**
     * A numeric question answered by fewer respondents than the threshold: its mean, extremes and quartiles would give
     * their answers back (the fixture's first four centres have 6, 19, 3 and 3 employees: mean 7,75, read by hand and by
     * pandas), so under --secret 5 they are withheld in every output, with a note, and no histogram is drawn; how many
     * answered stays published.
     */
    @Test
    void aNumericSummaryOfFewerAnswersThanTheThresholdIsWithheld() throws Exception {
        Path four = Fixtures.firstRespondents(dir.resolve("four.csv"), 4);
        String spec = Fixtures.spec().toString();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        CliRun open = CliRun.run("stats", four.toString(), "--spec", spec, "--format", "json");
        assertEquals(0, open.code(), open.err());
        com.fasterxml.jackson.databind.JsonNode salaries = summary(json.readTree(open.out()), "salaries");
        assertEquals(4, salaries.get("count").asInt());
        assertEquals(7.75, salaries.get("mean").asDouble(), 1e-9, "published without secrecy");
        assertEquals(19, salaries.get("max").asInt());

        CliRun secret = CliRun.run("stats", four.toString(), "--spec", spec, "--format", "json", "--secret", "5");
        assertEquals(0, secret.code(), secret.err());
        salaries = summary(json.readTree(secret.out()), "salaries");
        assertEquals(4, salaries.get("count").asInt(), "how many answered stays published");
        for (String figure : new String[] {"sum", "mean", "stddev", "min", "q1", "median", "q3", "max"}) {
            assertTrue(salaries.get(figure).isNull(), figure + " withheld: " + salaries);
        }
        assertTrue(salaries.get("masked").asBoolean());
        assertTrue(summary(json.readTree(open.out()), "salaries").get("masked") == null, "not masked without secrecy");

        CliRun csv = CliRun.run("stats", four.toString(), "--spec", spec, "--format", "csv", "--secret", "5");
        assertTrue(csv.out().contains("salaries,Nombre de salariés,numeric,4,statistic,max,,,secret"), csv.out());
        assertTrue(csv.out().contains("salaries,Nombre de salariés,numeric,4,statistic,count,,,4"), csv.out());

        CliRun textRun = CliRun.run("stats", four.toString(), "--spec", spec, "--secret", "5");
        String salariesTable = textRun.out().substring(textRun.out().indexOf("[salaries,"));
        salariesTable = salariesTable.substring(0, salariesTable.indexOf("\n\n"));
        assertFalse(salariesTable.contains("7,75") || salariesTable.contains("19"), salariesTable);
        assertTrue(salariesTable.contains("Secret statistique\u00A0: moins de 5 réponses"), salariesTable);

        Path report = dir.resolve("four-report");
        CliRun md = CliRun.run("report", four.toString(), "--spec", spec, "--out", report.toString(), "--format", "md", "--secret", "5");
        assertEquals(0, md.code(), md.err());
        String page = Files.readString(report.resolve("report.md"));
        assertFalse(page.contains("-histogram.png") || page.contains("-box.png"), "no histogram nor box of four answers");
        assertTrue(page.contains("moins de 5 réponses"), "the note under the tables");
    }

    /**
     * The withheld summaries as a reader meets them in the rendered Word and HTML pages of the fixture's first four centres
     * (4 answers each) under --secret 5: no note on the quartile method under a table whose quartiles are all "–" (the
     * reader looked for them), and the year question's note names what its table withholds, its first, median and last
     * years, not a sum and a mean it never shows.
     */
    @Test
    void aWithheldSummaryIsExplainedByWhatItsTableShows() throws Exception {
        Path four = Fixtures.firstRespondents(dir.resolve("four.csv"), 4);
        Path out = dir.resolve("four-all");
        CliRun run = CliRun.run("report", four.toString(), "--spec", Fixtures.spec().toString(), "--out", out.toString(), "--format", "all",
                "--secret", "5");
        assertEquals(0, run.code(), run.err());
        String docx;
        try (java.io.InputStream in = Files.newInputStream(out.resolve("report.docx"));
             org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            docx = x.getText();
        }
        String html = Files.readString(out.resolve("report.html")).replaceAll("<[^>]+>", "").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String md = Files.readString(out.resolve("report.md"));
        for (String page : List.of(docx, html, md)) {
            String salaries = between(page, "salaries · numérique", "fonction · choix unique");
            assertTrue(salaries.contains("Secret statistique\u00A0: moins de 5 réponses"), salaries);
            assertFalse(salaries.contains("Hyndman"), salaries);
            String year = between(page, "agrement · année", "Année de l'agrément d'animation globale, par décennie");
            assertTrue(year.contains("leur première année, leur année médiane et leur dernière année"), year);
            assertFalse(year.contains("leur somme") || year.contains("Hyndman"), year);
        }
    }

    /** The text of {@code page} from a section's meta line {@code from} to the next section's {@code to}. */
    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        int end = page.indexOf(to, start + 1);
        assertTrue(start >= 0 && end > start, from + " … " + to + " in " + page);
        return page.substring(start, end);
    }

    private static com.fasterxml.jackson.databind.JsonNode summary(com.fasterxml.jackson.databind.JsonNode stats, String id) {
        for (com.fasterxml.jackson.databind.JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q.get("summary");
            }
        }
        throw new AssertionError("no question " + id);
    }
}
