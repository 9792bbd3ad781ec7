package fr.enquete.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes answers with a codebook: per theme, the answers it catches and their share of the answers
 * analysed; and the answers no theme caught, so that the codebook can be completed.
 */
public final class ThematicCoding {

    /** One theme's answers. */
    public record ThemeResult(String theme, List<TextDocument> answers, double percent) {
        public ThemeResult {
            answers = List.copyOf(answers);
        }
    }

    /** The result: one entry per theme in codebook order, then the uncaught answers. */
    public record Result(List<ThemeResult> themes, List<TextDocument> uncaught, long documents) {
        public Result {
            themes = List.copyOf(themes);
            uncaught = List.copyOf(uncaught);
        }
    }

    private ThematicCoding() {
    }

    public static Result code(TermIndex index, Codebook codebook) {
        List<List<TextDocument>> caught = new ArrayList<>();
        codebook.themes().forEach(t -> caught.add(new ArrayList<>()));
        List<TextDocument> uncaught = new ArrayList<>();
        for (int d = 0; d < index.size(); d++) {
            Set<String> keys = keys(index, d);
            String folded = " " + String.join(" ", index.tokens(d).stream().map(t -> Fold.fold(t.form())).toList()) + " ";
            TextDocument doc = index.documents().get(d);
            boolean any = false;
            for (int t = 0; t < codebook.themes().size(); t++) {
                if (matches(codebook.themes().get(t), keys, folded, doc.text())) {
                    caught.get(t).add(doc);
                    any = true;
                }
            }
            if (!any) {
                uncaught.add(doc);
            }
        }
        List<ThemeResult> themes = new ArrayList<>();
        for (int t = 0; t < codebook.themes().size(); t++) {
            themes.add(new ThemeResult(codebook.themes().get(t).name(), caught.get(t),
                    index.size() == 0 ? Double.NaN : 100.0 * caught.get(t).size() / index.size()));
        }
        return new Result(themes, uncaught, index.size());
    }

    /** Term keys, multi-word labels, and every token's folded lemma and form. */
    private static Set<String> keys(TermIndex index, int d) {
        Set<String> keys = new HashSet<>();
        for (TermOccurrence o : index.occurrences(d)) {
            keys.add(o.key());
            keys.add(Fold.fold(o.label()));
        }
        for (AnalysedToken t : index.tokens(d)) {
            keys.add(Fold.fold(t.lemma()));
            keys.add(Fold.fold(t.form()));
        }
        return keys;
    }

    private static boolean matches(Codebook.Theme theme, Set<String> keys, String foldedForms, String text) {
        for (String term : theme.terms()) {
            String f = Fold.fold(term.strip());
            if (keys.contains(f) || (f.contains(" ") && foldedForms.contains(" " + f + " "))) {
                return true;
            }
        }
        for (Pattern p : theme.patterns()) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
