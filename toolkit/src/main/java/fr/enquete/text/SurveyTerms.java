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
        // Each question's index and tables depend on its answers alone: made on all cores, kept in question order.
        List<QuestionResult.Text> questions = answered(result);
        List<Made> made = questions.parallelStream().map(t -> {
            TermIndex index = TermIndex.build(documents(t), options, analyses);
            RepeatedSegments.Table repeated = segments == null ? null : new RepeatedSegments.Table(
                    RepeatedSegments.of(index, options.stopWords(), segments.min(), segments.maxWords(), top), segments);
            return new Made(TermTables.lemmas(index, top), repeated);
        }).toList();
        Map<String, TermTable> terms = new LinkedHashMap<>();
        Map<String, RepeatedSegments.Table> repeated = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).question().id();
            terms.put(id, made.get(i).terms());
            if (made.get(i).segments() != null) {
                repeated.put(id, made.get(i).segments());
            }
        }
        return new Tables(terms, repeated);
    }

    /** One question's term table and repeated segments' table (null when not asked). */
    private record Made(TermTable terms, RepeatedSegments.Table segments) {
    }

    /** The free-text questions that have answers, in question order. */
    private static List<QuestionResult.Text> answered(SurveyResult result) {
        List<QuestionResult.Text> out = new java.util.ArrayList<>();
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Text t && !t.answers().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<TextDocument> documents(QuestionResult.Text t) {
        return t.answers().stream().map(v -> new TextDocument(v.row(), v.text(), null)).toList();
    }

    /** Question id to the published tables' naive word count (top {@code top}, plus ties), for comparison. */
    public static Map<String, TermTable> naive(SurveyResult result, int top) {
        return each(result, (id, docs) -> TermTables.naive(docs, top));
    }

    private static Map<String, TermTable> each(SurveyResult result, java.util.function.BiFunction<String, List<TextDocument>, TermTable> table) {
        Map<String, TermTable> out = new LinkedHashMap<>();
        for (QuestionResult.Text t : answered(result)) {
            out.put(t.question().id(), table.apply(t.question().id(), documents(t)));
        }
        return out;
    }
}
