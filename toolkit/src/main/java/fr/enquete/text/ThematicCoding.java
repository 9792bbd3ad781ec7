package fr.enquete.text;

import java.util.ArrayList;
import java.util.List;

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
        TermMatcher matcher = TermMatcher.of(index);
        for (int d = 0; d < index.size(); d++) {
            TextDocument doc = index.documents().get(d);
            boolean any = false;
            for (int t = 0; t < codebook.themes().size(); t++) {
                Codebook.Theme theme = codebook.themes().get(t);
                if (matcher.matches(d, theme.terms(), theme.patterns())) {
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

}
