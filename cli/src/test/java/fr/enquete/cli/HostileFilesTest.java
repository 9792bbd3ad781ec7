package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of fixtures/hostile (see its README): every file ends in a located, clear error or a
 * correct result, never a stack trace, a hang or an out-of-memory error, and no input is modified.
 */
class HostileFilesTest {

    @TempDir
    Path dir;

    /** A run that must end: a hang on a hostile file is a failure. */
    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(90), () -> CliRun.run(args), String.join(" ", args));
    }

    private static Path hostile(String name) {
        return Fixtures.home().resolve("fixtures/hostile").resolve(name);
    }

    /** File -> the exit code and a fragment of the message (or of the output when it is read). */
    private static final Map<String, List<Object>> EXPECTED = Map.ofEntries(
            Map.entry("unclosed-quote.csv", List.of(3, "row 2: a quoted cell starting in this row is never closed")),
            Map.entry("ragged.csv", List.of(3, "row 4: this row has 5 cells but the header has 3 columns")),
            Map.entry("latin1.csv", List.of(0, "Délais trop longs")),
            Map.entry("invalid-utf8.csv", List.of(0, "\"respondents\" : 2")),
            Map.entry("binary.csv", List.of(3, "not a text export (binary content)")),
            Map.entry("nul-bytes.csv", List.of(3, "not a text export (binary content)")),
            Map.entry("empty.csv", List.of(3, "the file is empty")),
            Map.entry("bom-only.csv", List.of(3, "the file is empty")),
            Map.entry("header-only.csv", List.of(0, "\"respondents\" : 0")),
            Map.entry("injection.csv", List.of(0, "\"respondents\" : 4")),
            Map.entry("truncated.xlsx", List.of(3, "not a readable .xlsx workbook")),
            Map.entry("not-a-zip.xlsx", List.of(3, "the name says Excel but the content is not an Excel workbook")),
            Map.entry("xxe.xlsx", List.of(3, "declares a DOCTYPE (external entities), which enquete refuses")),
            Map.entry("formulas.xlsx", List.of(0, "\"label\" : \"2\"")),
            Map.entry("zip-bomb.xlsx", List.of(3, "a zip bomb?); if it is genuine, raise the limit with --max-expansion")),
            Map.entry("xxe.ods", List.of(3, "declares a DOCTYPE (external entities), which enquete refuses")),
            Map.entry("truncated.ods", List.of(3, "not a readable .ods spreadsheet")),
            Map.entry("title-row.csv", List.of(3, "row 1: the first row holds only \"Enquête partenaires 2024\": a title above the real header row?")),
            Map.entry("title-row.xlsx", List.of(3, "row 1: the first row holds only \"Enquête partenaires 2024\": a title above the real header row?")));

    private static Map<String, byte[]> digests() throws Exception {
        Map<String, byte[]> d = new TreeMap<>();
        try (Stream<Path> files = Files.list(hostile("."))) {
            for (Path f : files.toList()) {
                d.put(f.getFileName().toString(), MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            }
        }
        return d;
    }

    @Test
    void everyExportEndsInALocatedErrorOrACorrectResultAndNoInputChanges() throws Exception {
        Map<String, byte[]> before = digests();
        for (Map.Entry<String, List<Object>> e : EXPECTED.entrySet()) {
            // In English: the fragments above are the English wording (ErrorLanguageTest checks the French one).
            CliRun r = run("stats", hostile(e.getKey()).toString(), "--format", "json", "--verbatims", "--lang", "en");
            String where = e.getKey() + ": " + r.err();
            assertEquals(e.getValue().get(0), r.code(), where);
            assertFalse(r.err().contains("\tat ") || r.err().contains("unexpected error"), where);
            if (r.code() == 3) {
                assertTrue(r.err().startsWith("enquete: error: ") && r.err().contains(e.getKey()), "located: " + where);
                assertTrue(r.err().contains((String) e.getValue().get(1)), where);
            } else {
                assertTrue(r.out().contains((String) e.getValue().get(1)), e.getKey() + ": " + r.out());
            }
        }
        Map<String, byte[]> after = digests();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k + " was modified"));
    }

    @Test
    void hostileLimeSurveyStructures() {
        String export = Fixtures.home().resolve("fixtures/formats/limesurvey-codes.csv").toString();
        CliRun xxe = run("stats", export, "--structure", hostile("xxe.lss").toString(), "--lang", "en");
        assertEquals(3, xxe.code());
        assertTrue(xxe.err().contains("xxe.lss") && xxe.err().contains("refuses to read for safety"), xxe.err());
        CliRun broken = run("stats", export, "--structure", hostile("broken.lss").toString(), "--lang", "en");
        assertEquals(3, broken.code());
        assertTrue(broken.err().contains("broken.lss: not a readable LimeSurvey structure"), broken.err());
        assertFalse(broken.err().contains("\n  ") || broken.err().contains("\tat "));
    }

    @Test
    void hostileTranscripts() {
        for (String[] c : new String[][] {{"xxe.docx", "declares a DOCTYPE"}, {"garbage.docx", "not a readable Word document"},
                {"unclosed-code.txt", "line 3, column 4: code force|Logement is not closed"}}) {
            CliRun r = run("code", hostile(c[0]).toString(), "--lang", "en");
            assertEquals(3, r.code(), r.err());
            assertTrue(r.err().contains(c[0]) && r.err().contains(c[1]), r.err());
            assertFalse(r.err().contains("\tat "));
        }
    }

    @Test
    void formulaCellsAreReadNotEvaluatedAndInjectionIsNeutralisedInEveryOutput() throws IOException {
        CliRun formulas = run("stats", hostile("formulas.xlsx").toString(), "--format", "json");
        assertTrue(formulas.out().contains("\"label\" : \"x\""), "the cached value of HYPERLINK, not the formula");
        assertFalse(formulas.out().contains("HYPERLINK") || formulas.out().contains("evil.example"));

        Path out = dir.resolve("r");
        assertEquals(0, run("report", hostile("injection.csv").toString(), "--out", out.toString(), "--format", "html,xlsx").code());
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int strings = 0;
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertTrue(cell.getCellType() != CellType.FORMULA, "no formula cell in " + sheet.getSheetName());
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=cmd")) {
                            strings++;
                        }
                    }
                }
            }
            assertEquals(1, strings, "the answer is kept, as text");
        }
        CliRun csv = run("code", hostile("unclosed-code.txt").toString().replace("unclosed-code.txt", "../abs-agents/entretiens"),
                "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
    }

    @Test
    void hugeCellAndHugeHeaderMeetTheLimitsThenPassWhenRaised() throws IOException {
        Path big = dir.resolve("big-cell.csv");
        Files.writeString(big, "id;commentaire\n1;\"" + "mot ".repeat(2_700_000) + "\"\n2;court\n", StandardCharsets.UTF_8);
        CliRun limited = run("stats", big.toString(), "--format", "json", "--lang", "en");
        assertEquals(3, limited.code());
        // 2 700 000 x "mot " less the final space: cells are trimmed.
        assertTrue(limited.err().contains("big-cell.csv, row 2, column \"commentaire\": this cell holds 10799999 characters,"
                + " more than the limit of 1000000 (raise it with --max-cell-chars"), limited.err());
        CliRun raised = run("stats", big.toString(), "--format", "json", "--max-cell-chars", "20000000", "--no-terms");
        assertEquals(0, raised.code(), raised.err());
        assertTrue(raised.out().contains("\"answers\" : 2"));

        StringBuilder header = new StringBuilder();
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            header.append(i == 0 ? "" : ";").append('c').append(i);
            row.append(i == 0 ? "" : ";").append(i % 7);
        }
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, header + "\n" + row + "\n");
        CliRun all = run("stats", wide.toString(), "--format", "csv");
        assertEquals(0, all.code(), all.err());
        // 99999 mod 7 = 4: the last column holds 4.
        assertTrue(all.out().contains("c99999,c99999,numeric,1,statistic,sum,,,4\n"), "the last of 100 000 columns is read");
        CliRun narrow = run("stats", wide.toString(), "--max-columns", "50000", "--lang", "en");
        assertEquals(3, narrow.code());
        assertTrue(narrow.err().contains("the header has 100000 columns, more than the limit of 50000"), narrow.err());
    }
}
