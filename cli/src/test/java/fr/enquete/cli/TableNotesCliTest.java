package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notes that explain a table's figures ("– : non défini …", statistical secrecy's "&lt; 5" and "s", percentages of a
 * multiple choice over respondents) are printed right under that table in every format a reader gets: the console's
 * text, HTML, Word, Excel and Markdown, in French and in English. Before, only {@code stats}' text said why a figure was
 * "–", and only the reports' subtitle what "&lt; 5" meant.
 *
 * <p>The data: the centre-social fixture with a weight column, 0 for the 75 centres that ticked "La promotion de la
 * santé" (actions[SQ001] = Y) and 1,5 for the 16 others (pandas on the fixture: 75 of 91 tick it; of them 54 answer
 * "Oui au titre d'un financement spécifique", 18 "… de l'animation globale", 3 nothing). The follow-up "sante", asked of
 * those 75 only, thus weighs 0 in all: its 54 count with a weighted count of 0,00 and an undefined percentage "–".
 * Department 80 has 3 centres (and 4 no answer): "&lt; 5" under {@code --secret 5}.
 */
class TableNotesCliTest {

    private static final String WEIGHTLESS_FR = "– : non défini (les répondants de cette question ont un poids total nul).";
    private static final String WEIGHTLESS_EN = "–: undefined (the respondents to this question weigh nothing in total).";
    private static final String SECRET_FR = "Secret statistique : « < 5 » signale un effectif inférieur à 5, masqué";
    private static final String SECRET_EN = "Statistical secrecy: \"< 5\" marks a count below 5, masked";
    private static final String MULTIPLE_FR = "Plusieurs réponses possibles : les pourcentages sont calculés sur les répondants";
    private static final String SANTE = "A) La promotion de la santé : à quel titre ?";
    private static final String DPT = "Localisation (département)";
    private static final String ACTIONS = "Hormis les activités classiques menées au titre de l'animation globale, assurez-vous des actions "
            + "complémentaires dans les champs ci-dessous ?";

    @TempDir
    Path dir;

    /** The fixture's export with a last column "poids": 0 for the centres that ticked SQ001, 1,5 for the others. */
    private Path weighted() throws IOException {
        return variant("pondere.csv", (header, record) -> {
            List<String> cells = new ArrayList<>(record.toList());
            cells.add(record.get(header.get("actions[SQ001]")).equals("Y") ? "0" : "1.5");
            return cells;
        }, "poids");
    }

    /** A copy of the fixture's export, each record as {@code edit} makes it, with {@code added} columns. */
    private Path variant(String name, RecordEdit edit, String... added) throws IOException {
        Path out = dir.resolve(name);
        CSVFormat in = CSVFormat.RFC4180.builder().setDelimiter(';').build();
        String text = Files.readString(Fixtures.export());
        try (Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';').setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                     .setRecordSeparator("\n").build())) {
            List<CSVRecord> records = in.parse(r).getRecords();
            List<String> header = new ArrayList<>(records.get(0).toList());
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
            header.addAll(List.of(added));
            p.printRecord(header);
            for (CSVRecord record : records.subList(1, records.size())) {
                p.printRecord(edit.apply(index, record));
            }
        }
        return out;
    }

    private interface RecordEdit {
        List<String> apply(Map<String, Integer> header, CSVRecord record);
    }

    private CliRun report(Path export, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("report", export.toString(), "--spec", Fixtures.spec().toString(), "--weight", "poids",
                "--secret", "5", "--no-terms", "--format", "all", "--out", out.toString()));
        args.addAll(List.of(more));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run;
    }

    @Test
    void everyReportFormatExplainsTheDashesAndTheMaskedCountsUnderTheirTable() throws Exception {
        Path fr = dir.resolve("fr");
        report(weighted(), fr);
        Map<String, Function<String, List<String>>> formats = Map.of(
                "html", q -> html(fr.resolve("report.html"), q),
                "docx", q -> docx(fr.resolve("report.docx"), q),
                "xlsx", q -> xlsx(fr.resolve("report.xlsx"), q),
                "md", q -> markdown(fr.resolve("report.md"), q));
        for (Map.Entry<String, Function<String, List<String>>> f : formats.entrySet()) {
            List<String> sante = f.getValue().apply(SANTE);
            // The table's row, then under it the notes: its "–" comes from the weights, its "s" and "< 5" from secrecy.
            int row = indexOf(sante, l -> l.startsWith("Oui au titre d'un financement spécifique") && l.contains("54") && l.endsWith("–"));
            int note = indexOf(sante, l -> l.equals(WEIGHTLESS_FR));
            assertTrue(row >= 0 && note > row, f.getKey() + ": " + sante);
            assertTrue(sante.stream().anyMatch(l -> l.startsWith(SECRET_FR)), f.getKey() + ": " + sante);
            List<String> dpt = f.getValue().apply(DPT);
            int masked = indexOf(dpt, l -> l.startsWith("80") && l.contains("< 5"));
            int secret = indexOf(dpt, l -> l.startsWith(SECRET_FR));
            assertTrue(masked >= 0 && secret > masked, f.getKey() + ": " + dpt);
            assertFalse(dpt.stream().anyMatch(l -> l.contains("non défini")), "department 59 weighs 18,00 of 24: " + dpt);
            List<String> actions = f.getValue().apply(ACTIONS);
            assertTrue(actions.stream().anyMatch(l -> l.startsWith(MULTIPLE_FR)), f.getKey() + ": " + actions);
        }
        Path en = dir.resolve("en");
        report(weighted(), en, "--lang", "en");
        for (List<String> sante : List.of(html(en.resolve("report.html"), SANTE), docx(en.resolve("report.docx"), SANTE),
                xlsx(en.resolve("report.xlsx"), SANTE), markdown(en.resolve("report.md"), SANTE))) {
            assertTrue(sante.contains(WEIGHTLESS_EN), sante.toString());
            assertTrue(sante.stream().anyMatch(l -> l.startsWith(SECRET_EN)), sante.toString());
            assertFalse(sante.stream().anyMatch(l -> l.contains("non défini") || l.contains("Secret statistique")), sante.toString());
        }
    }

    /** The console's text, which said why a weightless "–" but never what "< 5" and "s" mean nor how a multiple choice adds up. */
    @Test
    void statsTextExplainsSecrecyAndMultipleChoicesUnderTheirTables() throws Exception {
        CliRun run = CliRun.run("stats", weighted().toString(), "--spec", Fixtures.spec().toString(), "--weight", "poids", "--secret", "5",
                "--no-terms");
        assertEquals(0, run.code(), run.err());
        List<String> dpt = textSection(run.out(), DPT);
        int masked = indexOf(dpt, l -> l.startsWith("80") && l.contains("< 5"));
        assertTrue(masked >= 0 && indexOf(dpt, l -> l.startsWith(SECRET_FR)) > masked, dpt.toString());
        List<String> sante = textSection(run.out(), SANTE);
        assertTrue(sante.contains(WEIGHTLESS_FR) && sante.stream().anyMatch(l -> l.startsWith(SECRET_FR)), sante.toString());
        assertTrue(textSection(run.out(), ACTIONS).stream().anyMatch(l -> l.startsWith(MULTIPLE_FR)), run.out());
        // A table without masked rows says nothing of secrecy: qpv has 41 Oui, 39 Non, 11 no answer.
        assertFalse(textSection(run.out(), "Êtes-vous en QPV").stream().anyMatch(l -> l.contains("Secret")), run.out());
    }

    /**
     * The other figures that do not exist, with the fixture changed as a study meets them: nobody ticked
     * "L'accompagnement du vieillissement" (actions[SQ002] and its follow-ups emptied), so the follow-up "viei" has a
     * base of 0 and no percentage; nobody gave a number of members ("adherents" emptied): no mean, no quartile; one
     * centre (id 17, 3 employees) gave its number of employees: a mean of 3 but no standard deviation.
     */
    @Test
    void aBaseOfNobodyNoValueAndASingleValueSayWhyTheirFiguresAreUndefined() throws Exception {
        Path export = emptied();
        CliRun text = CliRun.run("stats", export.toString(), "--spec", Fixtures.spec().toString(), "--no-terms");
        assertEquals(0, text.code(), text.err());
        String viei = "B) L'accompagnement du vieillissement des populations : à quel titre ?";
        String nobase = "– : non défini (aucun répondant dans la base de cette question : une part de rien n'a pas de valeur).";
        String novalue = "– : non défini (aucune valeur renseignée).";
        String stddev = "– : non défini (un écart-type demande au moins deux valeurs, de poids non nul avec une pondération).";
        assertTrue(textSection(text.out(), viei).contains(nobase), text.out());
        List<String> adherents = textSection(text.out(), "Nombre d'adhérents / usagers");
        assertTrue(adherents.stream().anyMatch(l -> l.matches("Moyenne +–")) && adherents.contains(novalue), adherents.toString());
        List<String> salaries = textSection(text.out(), "Nombre de salariés");
        assertTrue(salaries.stream().anyMatch(l -> l.matches("Moyenne +3")) && salaries.stream().anyMatch(l -> l.matches("Écart-type +–"))
                && salaries.contains(stddev), salaries.toString());
        assertFalse(salaries.contains(novalue) || adherents.contains(stddev), text.out());
        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export.toString(), "--spec", Fixtures.spec().toString(), "--no-terms", "--format", "html,md",
                "--out", out.toString());
        assertEquals(0, report.code(), report.err());
        for (Function<String, List<String>> f : List.<Function<String, List<String>>>of(q -> html(out.resolve("report.html"), q),
                q -> markdown(out.resolve("report.md"), q))) {
            assertTrue(f.apply(viei).contains(nobase), f.apply(viei).toString());
            assertTrue(f.apply("Nombre d'adhérents / usagers").contains(novalue), f.apply("Nombre d'adhérents / usagers").toString());
            assertTrue(f.apply("Nombre de salariés").contains(stddev), f.apply("Nombre de salariés").toString());
        }
        CliRun en = CliRun.run("stats", export.toString(), "--spec", Fixtures.spec().toString(), "--no-terms", "--lang", "en");
        assertTrue(textSection(en.out(), viei).contains("–: undefined (no respondent in this question's base: a share of nothing has no value)."),
                en.out());
        assertTrue(textSection(en.out(), "Nombre de salariés").contains(
                "–: undefined (a standard deviation needs at least two values, of non-zero weight when weighted)."), en.out());
    }

    /**
     * A base of nobody, or of one, is worded in the singular as French and English have it: "Base : 0 répondant concerné",
     * "0 réponse sur 0" (they printed "0 répondants concernés", "0 réponses sur 0"); the fixture's follow-up "santeprecis"
     * keeps its plural, 24 answers of the 75 centres that ticked "La promotion de la santé" (hand count).
     */
    @Test
    void aBaseOfNobodyIsWordedInTheSingular() throws Exception {
        CliRun fr = CliRun.run("stats", emptied().toString(), "--spec", Fixtures.spec().toString(), "--no-terms");
        assertEquals(0, fr.code(), fr.err());
        String viei = "B) L'accompagnement du vieillissement des populations : à quel titre ?";
        assertTrue(textSection(fr.out(), viei).get(0).contains("Base : 0 répondant concerné (filtre"), fr.out());
        assertTrue(textSection(fr.out(), "B) L'accompagnement du vieillissement : précisez").contains("0 réponse sur 0"), fr.out());
        assertTrue(textSection(fr.out(), "A) La promotion de la santé : précisez").contains("24 réponses sur 75"), fr.out());
        assertTrue(textSection(fr.out(), "A) La promotion de la santé : précisez").get(0).contains("Base : 75 répondants concernés"), fr.out());
        CliRun en = CliRun.run("stats", emptied().toString(), "--spec", Fixtures.spec().toString(), "--no-terms", "--lang", "en");
        assertTrue(textSection(en.out(), viei).get(0).contains("Base: 0 respondents concerned (filter"), en.out());
        assertTrue(textSection(en.out(), "A) La promotion de la santé : précisez").contains("24 answers out of 75"), en.out());
    }

    /** A survey of one respondent (the fixture's first centre): "l'ensemble des 1 répondants" was printed. */
    @Test
    void aSurveyOfOneRespondentIsWordedInTheSingular() throws Exception {
        Path one = Fixtures.firstRespondents(dir.resolve("one.csv"), 1);
        CliRun fr = CliRun.run("stats", one.toString(), "--spec", Fixtures.spec().toString(), "--no-terms");
        assertEquals(0, fr.code(), fr.err());
        assertTrue(fr.out().contains("[qpv, choix unique] Base\u00A0: 1 répondant\n"), fr.out());
        CliRun en = CliRun.run("stats", one.toString(), "--spec", Fixtures.spec().toString(), "--no-terms", "--lang", "en");
        assertTrue(en.out().contains("[qpv, single choice] Base: 1 respondent\n"), en.out());
        CliRun all = CliRun.run("stats", Fixtures.export().toString(), "--spec", Fixtures.spec().toString(), "--no-terms");
        assertTrue(all.out().contains("[qpv, choix unique] Base\u00A0: l'ensemble des 91 répondants\n"), all.out());
    }

    /**
     * The fixture as a study meets undefined figures: nobody ticked "L'accompagnement du vieillissement" (actions[SQ002]
     * and its follow-ups emptied), nobody gave a number of members, one centre (id 17, 3 employees) its number of employees.
     */
    private Path emptied() throws IOException {
        return variant("vides.csv", (header, record) -> {
            List<String> cells = new ArrayList<>(record.toList());
            header.forEach((column, i) -> {
                if (column.equals("actions[SQ002]") || column.startsWith("viei") || column.equals("adherents")
                        || column.equals("salaries") && !record.get(header.get("id")).equals("17")) {
                    cells.set(i, "");
                }
            });
            return cells;
        });
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of the console's section of a question: from its wording (its start) to the blank line that ends it, stripped. */
    private static List<String> textSection(String out, String question) {
        List<String> lines = plain(out).lines().toList();
        int start = indexOf(lines, l -> l.startsWith(question));
        assertTrue(start >= 0, question + " in " + out);
        List<String> section = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            section.add(lines.get(i).strip());
        }
        return section;
    }

    /** The text of an HTML question's section, one line a table row (cells joined by " | ") or paragraph, in order. */
    private static List<String> html(Path file, String question) {
        String page = plain(read(file));
        // Headings are matched by their words: a hyphenated word is wrapped in a span that keeps it on one line.
        java.util.regex.Matcher h = java.util.regex.Pattern.compile("<h(\\d)[^>]*>(.*?)</h\\1>").matcher(page);
        int start = -1;
        while (h.find() && start < 0) {
            if (unescape(h.group(2).replaceAll("<[^>]+>", "")).equals(question)) {
                start = h.end();
            }
        }
        assertTrue(start >= 0, question);
        int end = page.indexOf("<h", start);
        String section = page.substring(start, end < 0 ? page.length() : end).replaceAll("(?s)<svg.*?</svg>", "");
        List<String> lines = new ArrayList<>();
        for (String block : section.split("</tr>|</p>|</h\\d>")) {
            String text = unescape(block.replaceAll("</t[dh]>\\s*<t[dh][^>]*>", " | ").replaceAll("<[^>]+>", "")).strip();
            if (!text.isEmpty()) {
                lines.add(text.replaceAll("\\s*\\|\\s*$", ""));
            }
        }
        return lines;
    }

    private static String unescape(String s) {
        return s.replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** The Word document's body under the question's heading up to the next heading: paragraphs, and table rows as lines. */
    private static List<String> docx(Path file, String question) {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> lines = new ArrayList<>();
            String heading = null;
            for (IBodyElement e : doc.getBodyElements()) {
                boolean inside = heading != null;
                if (e instanceof XWPFParagraph p) {
                    // The heading, not its line in the contents (style TOC2).
                    if (!inside && plain(p.getText()).equals(question) && p.getStyle() != null && !p.getStyle().startsWith("TOC")) {
                        heading = p.getStyle();
                    } else if (inside && java.util.Objects.equals(p.getStyle(), heading)) {
                        break;
                    } else if (inside && !p.getText().isBlank()) {
                        lines.add(plain(p.getText()));
                    }
                } else if (heading != null && e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> lines.add(plain(String.join(" | ", r.getTableCells().stream().map(c -> c.getText()).toList()))));
                }
            }
            assertFalse(lines.isEmpty(), question);
            return lines;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Excel sheet whose first cell is the question's wording, row by row (cells joined by " | "), as the cells print. */
    private static List<String> xlsx(Path file, String question) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.DataFormatter shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.FRANCE);
            for (Sheet sheet : wb) {
                Row first = sheet.getRow(sheet.getFirstRowNum());
                if (first == null || first.getCell(0) == null || !plain(first.getCell(0).getStringCellValue()).equals(question)) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell c : row) {
                        String v = shown.formatCellValue(c);
                        if (!v.isBlank()) {
                            cells.add(v);
                        }
                    }
                    if (!cells.isEmpty()) {
                        lines.add(plain(String.join(" | ", cells)));
                    }
                }
                return lines;
            }
            throw new AssertionError("no sheet for " + question);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Markdown section of the question, one line a table row or paragraph, emphasis and escapes removed. */
    private static List<String> markdown(Path file, String question) {
        List<String> all = plain(read(file)).lines().toList();
        int start = all.indexOf("### " + question);
        assertTrue(start >= 0, question);
        List<String> lines = new ArrayList<>();
        for (int i = start + 1; i < all.size() && !all.get(i).startsWith("#") && !all.get(i).startsWith("<a id="); i++) {
            String l = all.get(i).strip();
            if (l.isEmpty() || l.startsWith("| ---") || l.startsWith("![")) {
                continue;
            }
            l = l.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\\", "");
            if (l.startsWith("|")) {
                l = l.substring(1, l.length() - 1).strip().replaceAll("\\s*\\|\\s*", " | ").replace("*", "");
            } else if (l.startsWith("*") && l.endsWith("*")) {
                l = l.substring(1, l.length() - 1);
            }
            lines.add(l);
        }
        return lines;
    }

    /** Text with its no-break spaces as spaces: the notes are compared by their words (typography is tested elsewhere). */
    private static String plain(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
