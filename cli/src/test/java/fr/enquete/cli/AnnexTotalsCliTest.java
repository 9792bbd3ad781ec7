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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The totals of an ABS annex ("N répondants, N thèmes, N questions, N expressions") in every SWOT output, on
 * fixtures/abs-agents. Counted apart from enquete: 20 rows in questionnaire.csv; the codebook's 'questions:'
 * assigns 12 text questions to 12 distinct themes; 249 expressions, the non-blank lines of those 12 columns:
 * python3 -c "import csv; rows=list(csv.DictReader(open('questionnaire.csv',encoding='utf-8'),delimiter=';'));
 *   qs=['attentes','territoire','institutionnel','logement','enfance','parcours','jeunes','seniors','crise','alimentaire','energie','numerique'];
 *   print(sum(1 for r in rows for q in qs for l in r[q].splitlines() if l.strip()))"   -> 249
 */
class AnnexTotalsCliTest {

    private static final String TOTALS = "Questionnaire\u00A0: 20 répondants, 12 thèmes, 12 questions, 249 expressions";

    @TempDir
    Path dir;

    private static String[] corpus(String... more) {
        Path a = Fixtures.absAgents();
        List<String> args = new ArrayList<>(List.of("swot", a.resolve("questionnaire.csv").toString(), a.resolve("entretiens").toString(),
                "--spec", a.resolve("spec.yaml").toString(), "--codebook", a.resolve("codebook.yaml").toString(), "--role", "fonction"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void textAndJsonGiveTheQuestionnaireTotals() throws IOException {
        CliRun text = CliRun.run(corpus());
        assertEquals(0, text.code(), text.err());
        assertEquals(TOTALS, text.out().lines().skip(2).findFirst().orElseThrow());
        // One theme's text gives that theme's counts only, as its documents do (beside "18 sources" the questionnaire's
        // 20 respondents and 12 themes read as a contradiction).
        CliRun theme = CliRun.run(corpus("--theme", "Logement"));
        assertTrue(theme.out().lines().limit(4).noneMatch(l -> l.startsWith("Questionnaire")), theme.out());
        JsonNode q = new ObjectMapper().readTree(CliRun.run(corpus("--format", "json")).out()).get("questionnaire");
        assertEquals(20, q.get("respondents").asInt());
        assertEquals(12, q.get("themes").asInt());
        assertEquals(12, q.get("questions").asInt());
        assertEquals(249, q.get("expressions").asInt());
        CliRun en = CliRun.run(corpus("--lang", "en"));
        assertTrue(en.out().contains("Questionnaire: 20 respondents, 12 themes, 12 questions, 249 expressions"), en.out());
    }

    @Test
    void documentsGiveThemUnderTheTitle() throws IOException {
        Path html = dir.resolve("a.html");
        assertEquals(0, CliRun.run(corpus("--format", "html", "--out", html.toString())).code());
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains(TOTALS));
        Path md = dir.resolve("a.md");
        assertEquals(0, CliRun.run(corpus("--format", "md", "--out", md.toString())).code());
        assertTrue(Files.readString(md, StandardCharsets.UTF_8).contains(TOTALS));
        Path docx = dir.resolve("a.docx");
        assertEquals(0, CliRun.run(corpus("--format", "docx", "--out", docx.toString())).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains(TOTALS)));
        }
        Path xlsx = dir.resolve("a.xlsx");
        assertEquals(0, CliRun.run(corpus("--format", "xlsx", "--out", xlsx.toString())).code());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            boolean found = false;
            for (var row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().contains(TOTALS);
                }
            }
            assertTrue(found, "totals on the contents sheet");
        }
    }

    @Test
    void interviewsAloneHaveNoQuestionnaireTotals() {
        CliRun r = CliRun.run("swot", Fixtures.absAgents().resolve("entretiens").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(!r.out().contains("répondants"), r.out());
    }
}
