package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.Survey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 24's hostile specs and structure files: each once passed silently, overflowed the stack or crawled. */
class HostileSpecTest {

    @TempDir
    Path dir;

    private Path spec(String yaml) throws IOException {
        Path p = dir.resolve("spec.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aKeyGivenTwiceIsALocatedError() throws IOException {
        Path top = spec("survey: a\nsurvey: b\nquestions:\n  - id: q\n    type: text\n");
        InputException e = assertThrows(InputException.class, () -> SpecReader.read(top));
        assertEquals(2, e.location().line());
        assertTrue(e.getMessage().contains("the key 'survey' appears twice in the spec"), e.getMessage());
        Path inQuestion = spec("questions:\n  - id: q\n    type: single\n    choices: [a, b]\n    type: text\n");
        InputException q = assertThrows(InputException.class, () -> SpecReader.read(inQuestion));
        assertEquals(5, q.location().line());
        assertTrue(q.getMessage().contains("the key 'type' appears twice"), q.getMessage());
    }

    @Test
    void deeplyNestedFiltersAreALocatedErrorNotAStackOverflow() throws IOException {
        String parens = "(".repeat(2000) + "q = a" + ")".repeat(2000);
        String nots = "not ".repeat(5000) + "q = a";
        for (String filter : List.of(parens, nots)) {
            Path p = spec("questions:\n  - id: q\n    type: text\n  - id: r\n    type: text\n    filter: \"" + filter + "\"\n");
            InputException e = assertThrows(InputException.class, () -> SpecReader.read(p));
            assertEquals(6, e.location().line());
            assertTrue(e.getMessage().contains("more than 200 nested parentheses or 'not'"), e.getMessage());
            assertTrue(e.getMessage().length() < 600, "the filter is abbreviated in the message");
        }
        // 200 levels, the limit, still parse.
        Path ok = spec("questions:\n  - id: q\n    type: text\n  - id: r\n    type: text\n    filter: \""
                + "(".repeat(199) + "not q = a" + ")".repeat(199) + "\"\n");
        assertNotNull(SpecReader.read(ok).survey().question("r").orElseThrow().filter());
    }

    private Path lss(String relevance, int questions) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= questions; i++) {
            rows.append("<row><qid>").append(i).append("</qid><parent_qid>0</parent_qid><sid>1</sid><gid>1</gid><type>T</type><title>Q")
                    .append(i).append("</title><question>Question ").append(i).append("</question><relevance><![CDATA[")
                    .append(i == 1 ? "1" : relevance).append("]]></relevance><question_order>").append(i)
                    .append("</question_order><language>fr</language></row>");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><document><LimeSurveyDocType>Survey</LimeSurveyDocType>"
                + "<DBVersion>366</DBVersion><languages><language>fr</language></languages>"
                + "<questions><fields><fieldname>qid</fieldname></fields><rows>" + rows + "</rows></questions></document>";
        Path p = dir.resolve("s.lss");
        Files.writeString(p, xml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aRelevanceOfThreeThousandParenthesesIsALocatedErrorNotAStackOverflow() throws IOException {
        // Issue 24, item 8: a located exit 3, as a spec filter that deep, naming the file and the question.
        Path p = lss("(".repeat(3000) + "Q1 == \"A\"" + ")".repeat(3000), 2);
        InputException e = assertThrows(InputException.class, () -> LssReader.read(p));
        assertEquals(p.toString(), e.location().file());
        assertTrue(e.getMessage().contains("question Q2: relevance equation nested 3000 levels deep (more than 200 nested parentheses)"),
                e.getMessage());
        // 200 levels, the limit, and parentheses inside a quoted answer are still read.
        LssReader.Result ok = LssReader.read(lss("(".repeat(200) + "Q1 == \"((((\"" + ")".repeat(200), 2));
        assertEquals(2, ok.spec().survey().questions().size());
    }

    @Test
    void longRelevanceEquationsTranslateInLinearTime() throws IOException {
        // Two questions each with a 1,2 MB equation: the rest of the equation was copied after each token to test
        // it for blanks, quadratic in the equation's length (minutes here).
        StringBuilder eq = new StringBuilder("Q1 == \"A1\"");
        while (eq.length() < 1_200_000) {
            eq.append(" or Q1 == \"A1\"");
        }
        Path p = lss(eq.toString(), 3);
        LssReader.Result s = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> LssReader.read(p));
        assertEquals(3, s.spec().survey().questions().size());
        String filter = s.spec().survey().questions().get(1).filter().expression();
        assertTrue(filter.startsWith("Q1 = A1 or Q1 = A1"), filter.substring(0, Math.min(80, filter.length())) + s.notes().stream().map(fr.enquete.model.Message::english).toList());
    }

    @Test
    void aCatastrophicRecodePatternIsALocatedErrorNotAHang() throws IOException {
        Path export = dir.resolve("export.csv");
        Files.writeString(export, "statut;statut_autre\nAutre;Fondation\nAutre;" + "a".repeat(40) + "\n", StandardCharsets.UTF_8);
        Path p = spec("""
                questions:
                  - id: statut
                    type: single
                    choices: [Association, Autre]
                    other: statut_autre
                    recode:
                      Association: ["/(.*a){25}b/", "/fond/"]
                  - {id: statut_autre, type: text}
                """);
        Survey survey = SpecReader.read(p).survey();
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> fr.enquete.stats.SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), survey,
                        fr.enquete.stats.AnalysisOptions.DEFAULTS)));
        assertEquals(3, e.location().row());
        assertTrue(e.getMessage().contains("question \"statut\": the regular expression /(.*a){25}b/ takes too long on this answer (40 characters"),
                e.getMessage());
        // The same rule on an ordinary answer (row 2 alone) still recodes it.
        Files.writeString(export, "statut;statut_autre\nAutre;Fondation\n", StandardCharsets.UTF_8);
        fr.enquete.stats.SurveyResult r = fr.enquete.stats.SurveyAnalyzer.analyze(Importers.open(export, ImportOptions.DEFAULTS), survey,
                fr.enquete.stats.AnalysisOptions.DEFAULTS);
        assertEquals(1, r.respondents());
        fr.enquete.stats.QuestionResult.Choices statut = (fr.enquete.stats.QuestionResult.Choices) r.questions().get(0);
        fr.enquete.stats.ChoiceRow association = statut.rows().stream().filter(c -> c.label().equals("Association")).findFirst().orElseThrow();
        assertEquals(1, association.count(), "\"Fondation\" matches /fond/");
    }

    @Test
    void initWritesASpecItsReaderReadsBackWhateverTheHeaders() throws IOException {
        // Characters YAML treats as line breaks (U+0085, U+2028, U+2029), controls, quotes, YAML indicators, a BOM,
        // characters outside the BMP and trailing spaces: every header must come back as the same column.
        List<String> headers = List.of("Q\u0085suite", "ligne\u2028séparée", "para\u2029graphe", "tab\there", "cr\rlf", "nl\nx",
                "\"guillemets\"", "'apostrophe'", "# dièse", "- tiret", "clé: valeur", "[crochets]", "{accolades}", "&ancre", "*alias",
                "!tag", "%pourcent", "@arobase", "`accent`", "|barre", ">supérieur", "Ω\uD83D\uDE00emoji", "bell\u0007x", "nul\u0001x",
                "zero\u200Bwidth", "\uFEFFbom au milieu", "yes", "null", "~", "1.5", "0x1F", "2024-01-01", "a\\b", "espace fin ");
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').build())) {
            p.printRecord(headers);
            List<String> row = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                row.add(i % 2 == 0 ? "Oui" : "texte libre " + i);
            }
            p.printRecord(row);
            p.printRecord(row);
        }
        Path export = dir.resolve("odd.csv");
        Files.writeString(export, csv, StandardCharsets.UTF_8);
        Inference inf = SchemaInference.infer(Importers.open(export, ImportOptions.DEFAULTS));
        String yaml = SpecWriter.write(inf.survey(), List.of("odd headers"), inf.reasons());
        Path spec = spec(yaml);
        Survey back = SpecReader.read(spec).survey();
        List<String> written = inf.survey().questions().stream().map(Question::column).toList();
        List<String> read = back.questions().stream().map(Question::column).toList();
        assertEquals(written, read);
        assertEquals(inf.survey().questions().stream().map(Question::id).toList(), back.questions().stream().map(Question::id).toList());
        assertEquals(inf.survey().questions().stream().map(Question::label).toList(), back.questions().stream().map(Question::label).toList());
    }
}
