package fr.enquete.text;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link FrenchPipeline}'s tokens of a set of texts, each distinct text analysed once (on several cores). Surveys
 * repeat short answers ("Non", "RAS", a partner's name), within a question and across questions, and the analysis of
 * a text depends on the text alone, so the documents that repeat a text share its tokens. Immutable.
 */
public final class TextAnalyses {

    private final Map<String, List<AnalysedToken>> tokens;

    private TextAnalyses(Map<String, List<AnalysedToken>> tokens) {
        this.tokens = tokens;
    }

    /** Analyses every distinct text of {@code texts}. */
    public static TextAnalyses of(Collection<String> texts) {
        List<String> distinct = texts.stream().distinct().toList();
        if (distinct.isEmpty()) {
            // No pipeline made: a survey without free-text answers loads no language model.
            return new TextAnalyses(Map.of());
        }
        FrenchPipeline.Lender pipelines = new FrenchPipeline.Lender();
        List<List<AnalysedToken>> analysed = distinct.parallelStream()
                .map(t -> pipelines.apply(p -> List.copyOf(p.analyse(t))))
                .toList();
        Map<String, List<AnalysedToken>> tokens = new HashMap<>(distinct.size() * 2);
        for (int i = 0; i < distinct.size(); i++) {
            tokens.put(distinct.get(i), analysed.get(i));
        }
        return new TextAnalyses(tokens);
    }

    /** The tokens of a text given to {@link #of}. */
    public List<AnalysedToken> tokens(String text) {
        List<AnalysedToken> t = tokens.get(text);
        if (t == null) {
            throw new IllegalArgumentException("this text was not analysed: " + text);
        }
        return t;
    }

    /** How many distinct texts were analysed. */
    public int size() {
        return tokens.size();
    }
}
