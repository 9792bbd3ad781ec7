package fr.enquete.report;

import fr.enquete.report.doc.HtmlReportWriter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The writers on the fixture survey, whose figures are seed 003's (see SeedTablesTest in toolkit). */
class WritersTest {

    private static SurveyResult result;

    @BeforeAll
    static void analyse() {
        result = Fixtures.analyse();
    }

    private interface Write {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static String write(Write w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode question(JsonNode root, String id) {
        for (JsonNode q : root.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void jsonFollowsTheDocumentedContract() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(out -> new JsonStatsWriter(Lang.FR, false).write(result, out)));
        assertEquals(91, root.get("respondents").asInt());
        JsonNode dpt = question(root, "dpt");
        assertEquals("single", dpt.get("type").asText());
        assertEquals(91, dpt.get("base").asInt());
        JsonNode first = dpt.get("rows").get(0);
        assertEquals("59", first.get("label").asText());
        assertEquals(58, first.get("count").asInt());
        assertEquals("63.74", first.get("percent").decimalValue().toPlainString());
        JsonNode missing = dpt.get("rows").get(5);
        assertEquals("Sans réponse", missing.get("label").asText());
        assertEquals(4, missing.get("count").asInt());
        assertEquals("4.4", missing.get("percent").decimalValue().toPlainString());
        assertTrue(missing.get("missing").asBoolean());
        assertFalse(first.has("missing"));

        JsonNode adh = question(root, "adherents").get("summary");
        assertEquals(84, adh.get("count").asInt());
        assertTrue(adh.get("sum").isIntegralNumber(), "whole numbers are written without decimals");
        assertEquals(65951, adh.get("sum").asInt());
        assertEquals("785.13", adh.get("mean").decimalValue().toPlainString());
        assertEquals("593.95", adh.get("stddev").decimalValue().toPlainString(), "R: sd = 593.945289");
        assertEquals(110, adh.get("min").asInt());
        assertEquals("365", adh.get("q1").decimalValue().toPlainString());
        assertEquals("685.5", adh.get("median").decimalValue().toPlainString());
        assertEquals("1033.5", adh.get("q3").decimalValue().toPlainString());
        assertEquals(2914, adh.get("max").asInt());
        assertEquals("type 7", question(root, "adherents").get("quantiles").asText());

        JsonNode sante = question(root, "sante");
        assertEquals(75, sante.get("base").asInt());
        assertEquals("actions[SQ001] = Y", sante.get("filter").asText());
        assertEquals("72", sante.get("rows").get(0).get("percent").decimalValue().toPlainString());

        JsonNode text = question(root, "vieiprecis");
        assertEquals(68, text.get("base").asInt());
        assertEquals(40, text.get("answers").asInt());
        assertFalse(text.has("verbatims"), "answers themselves only on request");
        JsonNode withTexts = new ObjectMapper().readTree(write(out -> new JsonStatsWriter(Lang.EN, true).write(result, out)));
        assertEquals(40, question(withTexts, "vieiprecis").get("verbatims").size());
        assertEquals("No answer", question(withTexts, "dpt").get("rows").get(5).get("label").asText());
    }

    @Test
    void sameInputSameBytes() throws IOException {
        String a = write(out -> new JsonStatsWriter(Lang.FR, true).write(Fixtures.analyse(), out));
        String b = write(out -> new JsonStatsWriter(Lang.FR, true).write(Fixtures.analyse(), out));
        assertEquals(a, b);
        byte[] h1 = write(out -> new HtmlReportWriter(Lang.FR).write(Fixtures.analyse(), out)).getBytes(StandardCharsets.UTF_8);
        byte[] h2 = write(out -> new HtmlReportWriter(Lang.FR).write(Fixtures.analyse(), out)).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(h1, h2);
    }

    @Test
    void htmlHasASectionPerQuestionInSeed003sShape() throws IOException {
        String html = write(out -> new HtmlReportWriter(Lang.FR).write(result, out));
        for (QuestionResult q : result.questions()) {
            if (q.question().type() != QuestionType.ID) {
                assertTrue(html.contains("data-question=\"" + q.question().id().replace("[", "[") + "\""), q.question().id());
            }
        }
        assertTrue(html.contains("<th>Réponse</th><th class=\"num\">Décompte</th><th class=\"num\">Pourcentage</th>"));
        assertTrue(html.contains("<td>Oui</td><td class=\"num\">41</td><td class=\"num\">45,05\u00A0%</td>"));
        assertTrue(html.contains("<td>Somme</td><td class=\"num\">65\u00A0951</td>"));
        assertTrue(html.contains("<td>3ème quartile (Q3)</td><td class=\"num\">1\u00A0033,5</td>"));
        assertTrue(html.contains("<td>Non, pas du tout</td><td class=\"num\">0</td><td class=\"num\">0,00\u00A0%</td>"));
        assertTrue(html.contains("Base\u00A0: 75 répondants concernés (filtre\u00A0: «\u00A0La promotion de la santé\u00A0» cochée)"), "the filter in words");
        // A question put to everybody: the number before "tous les répondants" read awkwardly.
        assertTrue(html.contains("Base\u00A0: l&#39;ensemble des 91 répondants") && !html.contains("91 tous les répondants"), html);
        // A verbatim in guillemets, as Word prints it (a bare bullet did not say these were a respondent's words).
        assertTrue(html.contains("<li>«\u00A0Conférence des financeurs\u00A0»</li>"), html);
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertFalse(html.contains("<script"), "self-contained and script-free");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resource");
        String en = write(out -> new HtmlReportWriter(Lang.EN).write(result, out));
        assertTrue(en.contains("<th>Answer</th><th class=\"num\">Count</th><th class=\"num\">Percent</th>"));
        assertTrue(en.contains("<td>Oui</td><td class=\"num\">41</td><td class=\"num\">45.05%</td>"));
    }

    @Test
    void surveyContentIsEscapedNotInterpreted() throws IOException {
        Question q = Question.of("comment", QuestionType.TEXT).withLabel("Vos <b>remarques</b>");
        SurveyResult hostile = new SurveyResult("Test & co", 1, List.of(new QuestionResult.Text(q, 1,
                List.of(new QuestionResult.Verbatim(2, "<script>alert('x')</script> & \"merci\"")))), List.of());
        String html = write(out -> new HtmlReportWriter(Lang.FR).write(hostile, out));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;merci&quot;"));
        assertTrue(html.contains("<title>Test &amp; co</title>"));
        assertTrue(html.contains("Vos &lt;b&gt;remarques&lt;/b&gt;"));
    }

    @Test
    void csvIsOneLongTableAndNeutralisesFormulas() throws IOException {
        String csv = write(out -> new CsvStatsWriter(Lang.FR).write(result, out));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().build().parse(new StringReader(csv)).getRecords();
        CSVRecord dpt59 = records.stream().filter(r -> r.get("question").equals("dpt") && r.get("row").equals("59"))
                .findFirst().orElseThrow();
        assertEquals("58", dpt59.get("count"));
        assertEquals(100.0 * 58 / 91, Double.parseDouble(dpt59.get("percent")), 1e-12, "full precision for pipelines");
        CSVRecord sum = records.stream().filter(r -> r.get("question").equals("adherents") && r.get("row").equals("sum"))
                .findFirst().orElseThrow();
        assertEquals("65951", sum.get("value"));
        assertTrue(records.stream().anyMatch(r -> r.get("row").equals("'+ de 100 demandes par an")),
                "a cell starting with + is made inert for spreadsheets");
        assertEquals("=1+1", CsvStatsWriter.safe("=1+1").substring(1));
        assertEquals("'@SUM(A1)", CsvStatsWriter.safe("@SUM(A1)"));
        assertEquals("Oui", CsvStatsWriter.safe("Oui"));
    }

    @Test
    void textOutputAlignsTheTables() throws IOException {
        String text = write(out -> new TextStatsWriter(Lang.FR, false).write(result, out));
        assertTrue(text.contains("  Oui                 41      45,05\u00A0%\n"), text.substring(0, 600));
        assertTrue(text.contains("Nombre de réponses\u00A0: 91"));
    }
}
