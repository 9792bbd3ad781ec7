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
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/library.md, run: the page shows the lines between the markers below, word for word, so the
 * example a newcomer copies compiles and gives what the page says.
 */
class LibraryExampleTest {

    // example:start
    static void printQpv(Path export, Path spec, PrintWriter out) {
        AnalysisResult analysis = Analysis.of(export)
                .spec(spec)                         // its quartile method, weights and report layout apply
                .secrecy(3)                         // counts of 1 or 2 respondents masked
                .precision(new Precision(238, 0.95)) // 238 centres surveyed: Wilson intervals with the correction
                .run();
        for (QuestionResult q : analysis.result().questions()) {
            if (q instanceof QuestionResult.Choices c && q.question().id().equals("qpv")) {
                for (ChoiceRow row : c.rows()) {
                    var ci = c.interval(row, analysis.result().precision(), analysis.result().respondents());
                    out.printf(Locale.ROOT, "%-12s %3d  %6.2f %%  [%.2f ; %.2f]%n",
                            row.missing() ? "(no answer)" : row.label(), row.count(), row.percent(), ci.low(), ci.high());
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
        printQpv(Fixtures.export(), Fixtures.spec(), new PrintWriter(text, true));
        String printed = text.toString();
        assertTrue(printed.startsWith("Oui           41   45.05 %  [37.23 ; 53.13]\n"), printed);
        assertTrue(printed.contains("Non           39   42.86 %"), printed);
        assertTrue(printed.contains("(no answer)   11   12.09 %"), printed);
    }

    @Test
    void thePageShowsTheExampleAsItIsHere() throws IOException {
        String source = Files.readString(Fixtures.home().resolve("toolkit/src/test/java/fr/enquete/analysis/LibraryExampleTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// example:start\n") + "// example:start\n".length(),
                source.indexOf("    // example:end"));
        String page = Files.readString(Fixtures.home().resolve("docs/library.md"), StandardCharsets.UTF_8);
        assertTrue(page.contains("```java\n" + example.replaceAll("(?m)^    ", "") + "```\n"), "docs/library.md must show the example of LibraryExampleTest as it is");
        assertEquals(1, page.split("static void printQpv", -1).length - 1);
        // And what it prints there is what it prints.
        String shown = page.substring(page.indexOf("it prints:\n\n```text\n") + "it prints:\n\n```text\n".length());
        StringWriter text = new StringWriter();
        printQpv(Fixtures.export(), Fixtures.spec(), new PrintWriter(text, true));
        assertEquals(text.toString(), shown.substring(0, shown.indexOf("```")));
    }
}
