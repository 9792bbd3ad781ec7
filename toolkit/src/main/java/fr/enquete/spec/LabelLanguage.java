package fr.enquete.spec;

import fr.enquete.model.Message;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language a structure's question and choice labels are read in: the run's ({@code fr}, or {@code en} with
 * {@code --lang en}) when the structure has it (an XLSForm's {@code label::English (en)} column, a LimeSurvey
 * survey's additional language), else the one read before (its default language, or its first labels).
 */
public final class LabelLanguage {

    /** French, the language of a run without {@code --lang}. */
    public static final String FRENCH = "fr";

    private LabelLanguage() {
    }

    /** Whether a structure's language code ({@code en}, {@code en-GB}, {@code fr_CA}) is the run's ({@code en}). */
    static boolean is(String code, String asked) {
        if (code == null) {
            return false;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return c.equals(asked) || c.startsWith(asked + "-") || c.startsWith(asked + "_");
    }

    /**
     * What standard error says when the labels are not in the run's language ({@code used}, null when the structure
     * does not name it); null when they are, or on a French run of a structure in one language, read as before.
     */
    static Message note(String asked, String used, int languages) {
        if (is(used, asked) || asked.equals(FRENCH) && languages < 2) {
            return null;
        }
        return Message.of("structure.labels.language", name(used), name(asked));
    }

    private static Message name(String code) {
        if (code == null) {
            return Message.of("structure.labels.default");
        }
        if (is(code, "fr") || is(code, "en")) {
            return Message.of("structure.labels." + code.substring(0, 2).toLowerCase(Locale.ROOT));
        }
        return Message.plain(code);
    }

    /**
     * Adds to {@code codes} (what the export writes, to the label shown) each choice's wordings in the structure's
     * other languages: an export written in another language than the report ("with labels" in French, a report
     * in English) still counts its answers under their choice. A wording that is a code, a label, or two choices'
     * wording is left out: it would count answers under the wrong choice.
     */
    static Map<String, String> withOtherWordings(Map<String, String> codes, List<String> labels, List<List<String>> others) {
        Map<String, String> alias = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> shown = new HashSet<>(labels);
        for (int i = 0; i < labels.size(); i++) {
            for (String o : others.get(i)) {
                if (o.isBlank() || codes.containsKey(o) || shown.contains(o)) {
                    continue;
                }
                String before = alias.putIfAbsent(o, labels.get(i));
                if (before != null && !before.equals(labels.get(i))) {
                    ambiguous.add(o);
                }
            }
        }
        ambiguous.forEach(alias::remove);
        Map<String, String> out = new LinkedHashMap<>(codes);
        out.putAll(alias);
        return out;
    }
}
