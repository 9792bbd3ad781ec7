package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single choice whose "Autre" texts are typed in a column of their own (LimeSurvey's {@code Q} + {@code Q[other]},
 * KoboToolbox's {@code q} + {@code q_other}): its "Autre" row counts the respondents who wrote there, so under --secret
 * the text question on that column is neither counted nor quoted when the row is masked, in every output, and terms or
 * classes on its own refuse it.
 *
 * <p>Expected counts computed apart with pandas ({@code read_csv(sep=';', dtype=str, keep_default_na=False)}): the
 * fixture's fonction is Directeur 85, Directeur adjoint 3, blank 3; the copy turns the first three "Directeur" rows
 * (ids 14, 15 and 17) into "Autre" with a text, so Directeur 82, Autre 3, Directeur adjoint 3, blank 3 of 91.
 */
class SingleChoiceOtherSecrecyCliTest {

    /** The texts typed in fonction[other] of the copy, in file order. */
    private static final List<String> TEXTS = List.of("Coordinatrice enfance-jeunesse", "Référente familles faisant fonction",
            "Président bénévole de l'association");

    /** uu-name-face-results.csv: the 6 texts of opleiding[other], each beside opleiding = Other (pandas, submitdate set). */
    private static final List<String> UU_TEXTS = List.of("test gerrit", "test3 gerrit", "test4 Gerrit", "test5 Gerrit", "GERMAN UNI",
            "WO DUITSLAND");

    @TempDir
    static Path dir;

    private static Path export;
    private static Path spec;

    @BeforeAll
    static void inputs() throws IOException {
        export = dir.resolve("export.csv");
        CSVFormat limeSurvey = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").build();
        String original = Files.readString(Fixtures.home().resolve("fixtures/centres-sociaux/export.csv"), StandardCharsets.UTF_8);
        try (CSVParser p = CSVParser.parse(original.substring(original.indexOf('"')), CSVFormat.DEFAULT.builder().setDelimiter(';').build());
             Writer w = Files.newBufferedWriter(export, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, limeSurvey)) {
            w.write('\uFEFF');
            List<CSVRecord> records = p.getRecords();
            List<String> header = new ArrayList<>(records.get(0).toList());
            int fonction = header.indexOf("fonction");
            header.add(fonction + 1, "fonction[other]");
            out.printRecord(header);
            int typed = 0;
            for (CSVRecord r : records.subList(1, records.size())) {
                List<String> cells = new ArrayList<>(r.toList());
                String text = "";
                if (typed < TEXTS.size() && cells.get(fonction).equals("Directeur")) {
                    cells.set(fonction, "Autre");
                    text = TEXTS.get(typed++);
                }
                cells.add(fonction + 1, text);
                out.printRecord(cells);
            }
        }
        String s = Files.readString(Fixtures.home().resolve("fixtures/centres-sociaux/spec.yaml"), StandardCharsets.UTF_8);
        s = s.substring(0, s.indexOf("\nreport:")) + "\n";
        String was = """
                    choices: ["Directeur", "Directeur adjoint"]
                """;
        assertTrue(s.contains(was));
        s = s.replace(was, """
                    choices: ["Directeur", "Directeur adjoint", "Autre"]
                    other: "fonction[other]"
                  - id: fonctionautre
                    label: "Vous êtes ? Autre (précisez)"
                    type: text
                    column: "fonction[other]"
                """);
        spec = dir.resolve("spec.yaml");
        Files.writeString(spec, s, StandardCharsets.UTF_8);
    }

    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static JsonNode row(JsonNode question, String label) {
        for (JsonNode r : question.get("rows")) {
            if (r.get("label").asText().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + question);
    }

    private static void quotesNone(String out, List<String> texts, String where) {
        for (String t : texts) {
            assertFalse(out.contains(t), t + " quoted in " + where);
        }
    }

    @Test
    void openTheTextsAreCountedAndTheAutreRowIsThree() throws IOException {
        CliRun open = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--verbatims", "--format", "json");
        assertEquals(0, open.code(), open.err());
        JsonNode stats = new ObjectMapper().readTree(open.out());
        assertEquals(3, row(question(stats, "fonction"), "Autre").get("count").asInt());
        assertEquals(82, row(question(stats, "fonction"), "Directeur").get("count").asInt());
        assertEquals(3, question(stats, "fonctionautre").get("answers").asInt());
        TEXTS.forEach(t -> assertTrue(open.out().contains(t), t));
    }

    @Test
    void statsWithholdsTheTextsOfAMaskedAutreRow() throws IOException {
        CliRun json = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--verbatims", "--format", "json", "--secret", "5");
        assertEquals(0, json.code(), json.err());
        JsonNode stats = new ObjectMapper().readTree(json.out());
        assertTrue(row(question(stats, "fonction"), "Autre").path("masked").asBoolean(), question(stats, "fonction").toString());
        JsonNode text = question(stats, "fonctionautre");
        assertTrue(text.get("answers").isNull(), text.toString());
        assertTrue(text.get("masked").asBoolean(), text.toString());
        quotesNone(json.out(), TEXTS, "stats json");

        CliRun csv = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--verbatims", "--format", "csv", "--secret", "5");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("fonctionautre,") && l.contains(",answers,answers,") && l.endsWith(",secret")),
                csv.out());
        quotesNone(csv.out(), TEXTS, "stats csv");

        CliRun text1 = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--verbatims", "--secret", "5");
        assertEquals(0, text1.code(), text1.err());
        assertTrue(text1.out().contains("ces réponses ne sont ni comptées ni citées"), text1.out());
        assertFalse(text1.out().contains("3 réponses sur 91"), text1.out());
        quotesNone(text1.out(), TEXTS, "stats text");
    }

    @Test
    void everyReportFormatWithholdsThem() throws IOException {
        Path out = dir.resolve("rapport");
        CliRun report = CliRun.run("report", export.toString(), "--spec", spec.toString(), "--secret", "5", "--out", out.toString(),
                "--format", "html,docx,xlsx,md");
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        String docx;
        try (InputStream in = Files.newInputStream(out.resolve("report.docx")); XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            docx = x.getText();
        }
        StringBuilder xlsx = new StringBuilder();
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.forEach(sheet -> sheet.forEach(r -> r.forEach(c -> xlsx.append(c.toString()).append('\n'))));
        }
        for (String[] f : new String[][] {{"md", md}, {"html", html}, {"docx", docx}, {"xlsx", xlsx.toString()}}) {
            assertTrue(f[1].contains("ces réponses ne sont ni comptées ni citées"), f[0]);
            assertFalse(f[1].contains("3 réponses sur 91"), f[0]);
            quotesNone(f[1], TEXTS, "the " + f[0] + " report");
        }
    }

    @Test
    void aStudyChapterWithholdsThem() throws IOException {
        Path study = dir.resolve("study.yaml");
        Files.writeString(study, """
                title: "Étude"
                chapters:
                  - kind: survey
                    id: enquete
                    title: "Enquête"
                    export: export.csv
                    spec: spec.yaml
                    secret: 5
                    questions: [fonction, fonctionautre]
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("etude");
        CliRun r = CliRun.run("study", study.toString(), "--out", out.toString(), "--format", "md");
        assertEquals(0, r.code(), r.err());
        String md = Files.readString(out.resolve("study.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("ces réponses ne sont ni comptées ni citées"), md);
        quotesNone(md, TEXTS, "the study");
    }

    @Test
    void termsAndClassesRefuseTheTextsOfAMaskedAutreRow() {
        CliRun terms = CliRun.run("terms", export.toString(), "--spec", spec.toString(), "--question", "fonctionautre", "--secret", "5");
        assertEquals(Main.USAGE, terms.code(), terms.out());
        assertTrue(terms.err().contains("fonctionautre") && terms.err().contains("«\u00A0fonction\u00A0»") && terms.err().contains("--secret 5"), terms.err());
        assertEquals("", terms.out());

        CliRun classes = CliRun.run("classes", export.toString(), "--spec", spec.toString(), "--question", "fonctionautre", "--secret", "5",
                "--lang", "en");
        assertEquals(Main.USAGE, classes.code(), classes.out());
        assertTrue(classes.err().contains("question \"fonctionautre\" is not analysed under --secret 5"), classes.err());

        // Below the threshold of 3 the row is published, and so are its texts.
        CliRun low = CliRun.run("terms", export.toString(), "--spec", spec.toString(), "--question", "fonctionautre", "--secret", "3");
        assertEquals(0, low.code(), low.err());
        assertTrue(low.out().contains("3 réponses sur"), low.out());
    }

    /**
     * A coded LimeSurvey export writes {@code -oth-} for "Other", a code no answer list decodes: the same copy with
     * {@code -oth-} instead of "Autre" and no spec (pandas: -oth- 3 of 91, three texts in fonction[other]).
     */
    @Test
    void theLimeSurveyOtherCodeIsTheAutreRow() throws IOException {
        Path coded = dir.resolve("coded.csv");
        Files.writeString(coded, Files.readString(export, StandardCharsets.UTF_8).replace("\"Autre\";", "\"-oth-\";"), StandardCharsets.UTF_8);
        CliRun open = CliRun.run("stats", coded.toString(), "--format", "json", "--verbatims");
        assertEquals(0, open.code(), open.err());
        JsonNode shown = new ObjectMapper().readTree(open.out());
        assertEquals(3, row(question(shown, "fonction"), "-oth-").get("count").asInt());
        assertEquals(3, question(shown, "fonction[other]").get("answers").asInt());

        CliRun secret = CliRun.run("stats", coded.toString(), "--format", "json", "--verbatims", "--secret", "5");
        assertEquals(0, secret.code(), secret.err());
        assertTrue(question(new ObjectMapper().readTree(secret.out()), "fonction[other]").get("answers").isNull(), secret.out());
        quotesNone(secret.out(), TEXTS, "stats json");
    }

    /** Without a spec: the real LimeSurvey export's opleiding = Other (6 of 62 complete) and its opleiding[other] texts. */
    @Test
    void anInferredLimeSurveyOtherColumnIsWithheldWithItsBase() throws IOException {
        String uu = Fixtures.home().resolve("fixtures/real/limesurvey/uu-name-face-results.csv").toString();
        CliRun open = CliRun.run("stats", uu, "--format", "json", "--verbatims");
        assertEquals(0, open.code(), open.err());
        JsonNode shown = new ObjectMapper().readTree(open.out());
        assertEquals(6, row(question(shown, "opleiding"), "Other").get("count").asInt());
        assertEquals(6, question(shown, "opleiding[other]").get("answers").asInt());

        CliRun secret = CliRun.run("stats", uu, "--format", "json", "--verbatims", "--secret", "7");
        assertEquals(0, secret.code(), secret.err());
        JsonNode stats = new ObjectMapper().readTree(secret.out());
        assertTrue(row(question(stats, "opleiding"), "Other").path("masked").asBoolean());
        JsonNode text = question(stats, "opleiding[other]");
        assertTrue(text.get("answers").isNull(), text.toString());
        // Asked of those who chose Other (the inferred filter), its base is the masked count.
        assertTrue(text.get("base").isNull(), text.toString());
        quotesNone(secret.out(), UU_TEXTS, "stats json");

        CliRun txt = CliRun.run("stats", uu, "--secret", "7");
        assertFalse(txt.out().contains("6 répondants concernés"), txt.out());
        assertTrue(txt.out().contains("s répondants concernés (filtre"), txt.out());
    }

    /**
     * KoboToolbox's {@code select_one colors or_other} (the pyxform fixture's form) read with --structure: 12 submissions,
     * red 5, green 4, other 3 with their fav_color_other texts.
     */
    @Test
    void aKoboToolboxOrOtherTextIsWithheld() throws IOException {
        Path kobo = dir.resolve("kobo.csv");
        List<String> lines = new ArrayList<>(List.of("start;end;fav_color;fav_color_other;fav_pastel;_id;_uuid;_submission_time;_index"));
        String[][] answers = {{"red", ""}, {"green", ""}, {"other", "violet foncé"}, {"red", ""}, {"green", ""}, {"red", ""},
            {"other", "turquoise"}, {"green", ""}, {"red", ""}, {"other", "noir et blanc"}, {"green", ""}, {"red", ""}};
        for (int i = 0; i < answers.length; i++) {
            lines.add(String.format("2024-05-%02dT10:00:00;2024-05-%02dT10:05:00;%s;%s;%s;%d;uuid-%04d;2024-05-%02dT10:06:00;%d", i + 1, i + 1,
                    answers[i][0], answers[i][1], i % 2 == 0 ? "mauve" : "apricot", 500 + i, i, i + 1, i + 1));
        }
        Files.write(kobo, lines, StandardCharsets.UTF_8);
        String form = Fixtures.home().resolve("fixtures/real/kobotoolbox/pyxform-or_other.xlsx").toString();
        CliRun open = CliRun.run("stats", kobo.toString(), "--structure", form, "--format", "json", "--verbatims");
        assertEquals(0, open.code(), open.err());
        JsonNode shown = new ObjectMapper().readTree(open.out());
        assertEquals(3, row(question(shown, "fav_color"), "Autre").get("count").asInt());
        assertEquals(3, question(shown, "fav_color_other").get("answers").asInt());

        CliRun secret = CliRun.run("stats", kobo.toString(), "--structure", form, "--format", "json", "--verbatims", "--secret", "4");
        assertEquals(0, secret.code(), secret.err());
        JsonNode stats = new ObjectMapper().readTree(secret.out());
        assertTrue(row(question(stats, "fav_color"), "Autre").path("masked").asBoolean(), question(stats, "fav_color").toString());
        assertTrue(question(stats, "fav_color_other").get("answers").isNull());
        quotesNone(secret.out(), List.of("violet foncé", "turquoise", "noir et blanc"), "stats json");
    }
}
