package fr.enquete.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuestionResult;
import fr.enquete.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/library.md, run: the page shows the lines between the markers below, word for word, so the
 * example a newcomer copies compiles and gives what the page says.
 */
class LibraryExampleTest {

    // example:start
    static void printTable(Path export, Path spec, String id, PrintWriter out) {
        AnalysisResult analysis = Analysis.of(export)
                .spec(spec)                         // its quartile method, weights and report layout apply
                .secrecy(5)                         // counts of 1 to 4 respondents masked
                .precision(new Precision(238, 0.95)) // 238 centres surveyed: Wilson intervals with the correction
                .run();
        for (QuestionResult q : analysis.result().questions()) {
            if (q instanceof QuestionResult.Choices c && q.question().id().equals(id)) {
                for (ChoiceRow row : c.rows()) {
                    String label = row.missing() ? "(no answer)" : row.label();
                    if (row.masked()) {             // statistical secrecy: neither its count nor anything from it
                        out.printf(Locale.ROOT, "%-12s masked%n", label);
                        continue;
                    }
                    var ci = c.interval(row, analysis.result().precision(), analysis.result().respondents());
                    out.printf(Locale.ROOT, "%-12s %3d  %6.2f %%  [%.2f ; %.2f]%n",
                            label, row.count(), row.percent(), ci.low(), ci.high());
                }
            }
        }
    }
    // example:end

    /**
     * qpv in the fixture: Oui 41, Non 39, no answer 11 of 91 (hand count of the export's column). Oui's interval
     * with 238 centres is R's 37.23 to 53.13 (PrecisionTest gives the R lines).
     */
    @Test
    void theExampleRunsAndPrintsTheFixturesFigures() {
        StringWriter text = new StringWriter();
        printTable(Fixtures.export(), Fixtures.spec(), "qpv", new PrintWriter(text, true));
        String printed = text.toString();
        assertTrue(printed.startsWith("Oui           41   45.05 %  [37.23 ; 53.13]\n"), printed);
        assertTrue(printed.contains("Non           39   42.86 %"), printed);
        assertTrue(printed.contains("(no answer)   11   12.09 %"), printed);
    }

    /**
     * dpt in the fixture (hand count of the export's column): 59 58, 62 14, 02 6, 60 6, 80 3, no answer 4. At secrecy
     * 5, 80 and the missing row are masked: the example printed their counts (3 and 4) as any other row's.
     */
    @Test
    void theExamplePrintsNoMaskedCount() {
        StringWriter text = new StringWriter();
        printTable(Fixtures.export(), Fixtures.spec(), "dpt", new PrintWriter(text, true));
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.contains("80           masked") && lines.contains("(no answer)  masked"), text.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("59            58")), text.toString());
        // A masked line is its label and the word: no count, no percentage, no interval.
        assertTrue(lines.stream().filter(l -> l.endsWith("masked")).allMatch(l -> l.matches(".{12} masked")), text.toString());
    }

    @Test
    void thePageShowsTheExampleAsItIsHere() throws IOException {
        String source = Files.readString(Fixtures.home().resolve("toolkit/src/test/java/fr/enquete/analysis/LibraryExampleTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// example:start\n") + "// example:start\n".length(),
                source.indexOf("    // example:end"));
        String page = Files.readString(Fixtures.home().resolve("docs/library.md"), StandardCharsets.UTF_8);
        assertTrue(page.contains("```java\n" + example.replaceAll("(?m)^    ", "") + "```\n"), "docs/library.md must show the example of LibraryExampleTest as it is");
        assertEquals(1, page.split("static void printTable", -1).length - 1);
        // And what it prints there is what it prints.
        String shown = page.substring(page.indexOf("it prints:\n\n```text\n") + "it prints:\n\n```text\n".length());
        StringWriter text = new StringWriter();
        printTable(Fixtures.export(), Fixtures.spec(), "qpv", new PrintWriter(text, true));
        assertEquals(text.toString(), shown.substring(0, shown.indexOf("```")));
    }
}
