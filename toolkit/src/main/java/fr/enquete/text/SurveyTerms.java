package fr.enquete.text;

import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The term table of every free-text question of a survey result that has answers. */
public final class SurveyTerms {

    private SurveyTerms() {
    }

    /** Question id to term table (top {@code top}, plus ties), in question order. */
    public static Map<String, TermTable> of(SurveyResult result, TermOptions options, int top) {
        return tables(result, options, top, null).terms();
    }

    /** Per question id, its term table and, when {@code segments} is not null, its repeated segments' table. */
    public record Tables(Map<String, TermTable> terms, Map<String, RepeatedSegments.Table> segments) {
    }

    /**
     * The term tables (top {@code top}, plus ties) and, when {@code segments} asks for them, the tables of repeated
     * segments, made from the same analysis of the answers; in question order.
     */
    public static Tables tables(SurveyResult result, TermOptions options, int top, RepeatedSegments.Settings segments) {
        // The answers of all the questions analysed together: each distinct text once, the cores kept busy to the end.
        List<String> texts = new java.util.ArrayList<>();
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Text t) {
                t.answers().forEach(v -> texts.add(v.text()));
            }
        }
        TextAnalyses analyses = TextAnalyses.of(texts);
        Map<String, RepeatedSegments.Table> repeated = new LinkedHashMap<>();
        Map<String, TermTable> terms = each(result, (id, docs) -> {
            TermIndex index = TermIndex.build(docs, options, analyses);
            if (segments != null) {
                repeated.put(id, new RepeatedSegments.Table(
                        RepeatedSegments.of(index, options.stopWords(), segments.min(), segments.maxWords(), top), segments));
            }
            return TermTables.lemmas(index, top);
        });
        return new Tables(terms, repeated);
    }

    /** Question id to the published tables' naive word count (top {@code top}, plus ties), for comparison. */
    public static Map<String, TermTable> naive(SurveyResult result, int top) {
        return each(result, (id, docs) -> TermTables.naive(docs, top));
    }

    private static Map<String, TermTable> each(SurveyResult result, java.util.function.BiFunction<String, List<TextDocument>, TermTable> table) {
        Map<String, TermTable> out = new LinkedHashMap<>();
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Text t && !t.answers().isEmpty()) {
                List<TextDocument> docs = t.answers().stream().map(v -> new TextDocument(v.row(), v.text(), null)).toList();
                out.put(r.question().id(), table.apply(r.question().id(), docs));
            }
        }
        return out;
    }
}
