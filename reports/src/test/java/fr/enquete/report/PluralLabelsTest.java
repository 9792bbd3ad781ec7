package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reports and findings say "1 source" and "2 sources", never "2 source(s)": every label of the report, study and
 * finding bundles, in both languages, is read here; those that count choose their noun's number.
 */
class PluralLabelsTest {

    private static final List<String> BUNDLES = List.of("fr/enquete/report/labels", "fr/enquete/report/study/labels",
            "fr/enquete/model/messages");

    /** "source(s)", "répondant(s)", "territory(ies)", "attendue(s)": a plural left to the reader. */
    private static final Pattern HEDGED = Pattern.compile("\\p{L}\\((s|es|ies|x)\\)");

    private static Properties load(String bundle, String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PluralLabelsTest.class.getClassLoader().getResourceAsStream(bundle + "_" + lang + ".properties")) {
            assertTrue(in != null, bundle + "_" + lang);
            // As ResourceBundle reads them: UTF-8, so that a no-break space typed as such is one character.
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void noLabelHedgesItsPlural() throws IOException {
        List<String> hedged = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String lang : List.of("fr", "en")) {
                load(bundle, lang).forEach((k, v) -> {
                    if (HEDGED.matcher(v.toString()).find()) {
                        hedged.add(bundle + "_" + lang + ": " + k + "=" + v);
                    }
                });
            }
        }
        assertEquals(List.of(), hedged);
    }

    /**
     * French puts a space before {@code : ; ! ? %}, and it must not break: "5 (prévu" at a line's end and ": 6)" at
     * the next one's start (a review of the rendered evaluation). Every French label writes it as a no-break space.
     */
    @Test
    void frenchHighPunctuationKeepsToItsWord() throws IOException {
        List<String> breakable = new ArrayList<>();
        for (String bundle : BUNDLES) {
            load(bundle, "fr").forEach((k, v) -> {
                if (Pattern.compile(" [:;!?%]").matcher(v.toString()).find()) {
                    breakable.add(bundle + "_fr: " + k + "=" + v);
                }
            });
        }
        assertEquals(List.of(), breakable);
    }

    /**
     * English puts no space before {@code : ; ! ?}: the French one leaked into the English notes under the tables
     * ("– : undefined (no value given)."). No English label has a space, plain, no-break or narrow, before them.
     */
    @Test
    void englishHighPunctuationFollowsItsWord() throws IOException {
        List<String> spaced = new ArrayList<>();
        for (String bundle : BUNDLES) {
            load(bundle, "en").forEach((k, v) -> {
                if (Pattern.compile("[ \u00A0\u202F][:;!?]").matcher(v.toString()).find()) {
                    spaced.add(bundle + "_en: " + k + "=" + v);
                }
            });
        }
        assertEquals(List.of(), spaced);
    }

    /** Each counting label reads differently for 1 and for 2; French keeps 0 singular ("0 source"), English not. */
    @Test
    void countingLabelsChooseTheirNumber() throws IOException {
        int checked = 0;
        for (String bundle : BUNDLES) {
            for (String lang : List.of("fr", "en")) {
                Properties p = load(bundle, lang);
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    if (!pattern.contains(",choice,")) {
                        continue;
                    }
                    Locale locale = Locale.forLanguageTag(lang);
                    String one = new MessageFormat(pattern, locale).format(counts(1));
                    String two = new MessageFormat(pattern, locale).format(counts(2));
                    String zero = new MessageFormat(pattern, locale).format(counts(0));
                    assertNotEquals(one, two, bundle + "_" + lang + ": " + key);
                    assertEquals(lang.equals("fr"), zero.replaceAll("\\d", "").equals(one.replaceAll("\\d", "")), bundle + "_" + lang + ": " + key + " -> " + zero);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 60, "counting labels checked: " + checked);
    }

    private static Object[] counts(int n) {
        Object[] a = new Object[20];
        java.util.Arrays.fill(a, n);
        return a;
    }

    @Test
    void swotCountsItsSources() {
        Labels fr = new Labels(Lang.FR);
        Labels en = new Labels(Lang.EN);
        // A no-break space: "3" at a line's end and "sources" on the next (seen in Word and HTML).
        assertEquals("1\u00A0source", fr.count("swot.sources", 1));
        assertEquals("3\u00A0sources", fr.count("swot.sources", 3));
        assertEquals("1\u00A0source", en.count("swot.sources", 1));
        assertEquals("0\u00A0sources", en.count("swot.sources", 0));
    }
}
