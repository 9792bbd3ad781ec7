package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The hand scan of sub-column names (issue 24's mutation campaign found the regular expressions it replaces
 * backtracking for minutes on a header of 59 000 brackets) gives what those expressions gave, on any name.
 */
class SubColumnTest {

    private static final Pattern SUB_COLUMN = Pattern.compile("(.+?) ?\\[(.+)]");
    private static final Pattern PATH_COLUMN = Pattern.compile("([\\w.-]+(?:/[\\w.-]+)*)/([\\w.-]+)");

    /** LimeSurvey's "question code &amp; question text" heading: code, sub-question code, text, option (no " [" inside). */
    private static final Pattern CODE_AND_TEXT = Pattern.compile("([A-Za-z][A-Za-z0-9_]{0,49})\\[([A-Za-z][A-Za-z0-9_]{0,49})]\\. (.+) \\[(.*)]");

    private static String[] byRegex(String name) {
        Matcher c = CODE_AND_TEXT.matcher(name);
        if (name.indexOf('\n') < 0 && name.indexOf('\u0085') < 0 && c.matches() && !c.group(4).strip().isEmpty()) {
            return new String[] {c.group(1), c.group(4).strip()};
        }
        Matcher m = SUB_COLUMN.matcher(name);
        if (m.matches()) {
            return new String[] {m.group(1), m.group(2)};
        }
        Matcher k = PATH_COLUMN.matcher(name);
        return k.matches() ? new String[] {k.group(1), k.group(2)} : null;
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("[] /a_.-Qé\n\u0085").ofMaxLength(12);
    }

    /** Names shaped as LimeSurvey's "code &amp; text" headings, with the same characters around. */
    @Provide
    Arbitrary<String> codeAndText() {
        Arbitrary<String> code = Arbitraries.strings().withChars("aQ_1").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> any = Arbitraries.strings().withChars("[] a.Qé").ofMaxLength(6);
        return net.jqwik.api.Combinators.combine(code, code, any, any).as((q, s, t, o) -> q + "[" + s + "]. " + t + " [" + o + "]");
    }

    @Property(tries = 2000)
    void theCodeAndTextScanAgreesWithItsRegularExpression(@ForAll("codeAndText") String name) {
        assertArrayEquals(byRegex(name), SchemaInference.subColumn(name), name);
    }

    @Property(tries = 3000)
    void theScanAgreesWithTheRegularExpressions(@ForAll("names") String name) {
        assertArrayEquals(byRegex(name), SchemaInference.subColumn(name), name);
    }

    @net.jqwik.api.Example
    void realNamesAndAHugeOneEndQuickly() {
        assertArrayEquals(new String[] {"Q2", "SQ001"}, SchemaInference.subColumn("Q2[SQ001]"));
        assertArrayEquals(new String[] {"Vos domaines", "Emploi, insertion"}, SchemaInference.subColumn("Vos domaines [Emploi, insertion]"));
        assertArrayEquals(new String[] {"groupe/domaines", "sante"}, SchemaInference.subColumn("groupe/domaines/sante"));
        assertArrayEquals(new String[] {"domaines", "Emploi, insertion"},
                SchemaInference.subColumn("domaines[SQ002]. Vos domaines d'action [Emploi, insertion]"));
        String huge = "Satisfaction du pa" + "[".repeat(59_000) + "rtenariat";
        assertEquals(null, Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SchemaInference.subColumn(huge)));
        assertEquals(null, Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SchemaInference.subColumn("a/".repeat(30_000) + "é")));
    }
}
