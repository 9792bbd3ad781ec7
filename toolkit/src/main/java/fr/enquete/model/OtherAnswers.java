package fr.enquete.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The "Autre" answers of a single or multiple-choice question (the spec's {@code other:} and {@code recode:}):
 * the choice that means "Autre", the export column saying it was chosen, the column of its "précisez" texts,
 * and the rules that put texts back into a choice, listed or new.
 *
 * <p>A rule's entries are texts, compared whole after folding (case, accents, apostrophes, spaces and a final full
 * stop ignored: "Association loi 1901." matches "association loi 1901"), or regular expressions between slashes,
 * found anywhere in the text, case ignored ({@code /isolement|solitude/}).
 */
public final class OtherAnswers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final String choice;
    private final String answerColumn;
    private final String textColumn;
    private final Map<String, List<String>> recode;
    private final Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
    private final Map<String, List<String>> texts = new LinkedHashMap<>();

    /**
     * @param choice       the choice (or option label) meaning "Autre"
     * @param answerColumn the export column saying "Autre" was chosen: the question's column (single choice, or a
     *                     joined multiple choice), the "Autre" option's column (multiple choice)
     * @param textColumn   the export column of the texts; the answer column itself when the text is the answer
     *                     (LimeSurvey's {@code Q[other]}, Google Forms' inline "Autre")
     * @param recode       target choice to its entries, in order (the first target that matches wins for a single choice)
     * @throws IllegalArgumentException naming the entry when a regular expression does not compile
     */
    public OtherAnswers(String choice, String answerColumn, String textColumn, Map<String, List<String>> recode) {
        this.choice = choice;
        this.answerColumn = answerColumn;
        this.textColumn = textColumn;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        recode.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.recode = Collections.unmodifiableMap(copy);
        for (Map.Entry<String, List<String>> e : this.recode.entrySet()) {
            List<Pattern> ps = new ArrayList<>();
            List<String> ts = new ArrayList<>();
            for (String entry : e.getValue()) {
                if (entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/")) {
                    try {
                        ps.add(Pattern.compile(entry.substring(1, entry.length() - 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                    } catch (java.util.regex.PatternSyntaxException x) {
                        throw new IllegalArgumentException("invalid regular expression " + entry + ": " + x.getDescription());
                    }
                } else {
                    ts.add(fold(entry));
                }
            }
            patterns.put(e.getKey(), ps);
            texts.put(e.getKey(), ts);
        }
    }

    public String choice() {
        return choice;
    }

    public String answerColumn() {
        return answerColumn;
    }

    public String textColumn() {
        return textColumn;
    }

    public Map<String, List<String>> recode() {
        return recode;
    }

    /** Whether the text is the answer itself (nothing to compare a tick with). */
    public boolean inline() {
        return answerColumn.equals(textColumn);
    }

    /** The targets whose entries match {@code text}, in rule order (empty when none does, or the text is blank). */
    public List<String> targets(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String folded = fold(text);
        for (String target : recode.keySet()) {
            boolean hit = texts.get(target).contains(folded);
            for (Pattern p : patterns.get(target)) {
                hit = hit || BoundedRegex.find(p, text);
            }
            if (hit) {
                out.add(target);
            }
        }
        return out;
    }

    /**
     * Whether a choice label means "Autre": "Autre", "Autres" or "Other", alone or followed by a bracket, a colon, a comma
     * or a dash ("Autre (préciser)", "Autre : …", "Other, please specify") or by a word asking for it ("Autre réponse",
     * "Autres, précisez"), case and accents ignored. "Autres professionnels de santé" is an option of its own: the
     * answers outside the list were counted under it.
     */
    public static boolean looksLikeOther(String label) {
        return OTHER.matcher(fold(label)).matches();
    }

    private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("(?:autres?|other)(?:\\s*[(:,;\\-–—/].*"
            + "|\\s+(?:a\\s+)?(?:preciser|precisez|precise|specifier|specifiez|specify|please specify|reponse|reponses|choix|raison"
            + "|raisons|motif|motifs|cas|situation|situations|proposition|option|answer)\\b.*)?");

    static String fold(String s) {
        String t = SPACES.matcher(Folding.unaccentedLowerCase(s).replace('’', '\'').replace('`', '\'')).replaceAll(" ").strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
