package fr.enquete.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec's {@code report:} section: how the report is titled and laid out. Everything is optional; without
 * it every question is reported in questionnaire order with the chart its type calls for.
 *
 * @param title    the report's title (default: the spec's {@code survey:})
 * @param author   who wrote it, shown under the title
 * @param sort     how choice rows are ordered by default
 * @param top      terms per term table, or empty for the command line's (20)
 * @param parts    the sections, each with its questions in order; empty for "every question in order"
 * @param settings per-question overrides (chart, sort), by question id
 */
public record ReportLayout(String title, String author, Sort sort, Optional<Integer> top, List<Part> parts,
                           Map<String, QuestionSettings> settings) {

    public static final ReportLayout DEFAULT = new ReportLayout("", "", Sort.QUESTIONNAIRE, Optional.empty(), List.of(), Map.of());

    public ReportLayout {
        parts = List.copyOf(parts);
        settings = Map.copyOf(settings);
    }

    /** Order of the rows of choice tables and bars ("Sans réponse" always last; scales keep their order). */
    public enum Sort {
        QUESTIONNAIRE("questionnaire"), COUNT("count");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Which chart a question gets: the one its type calls for, horizontal bars, or none. */
    public enum Chart {
        AUTO("auto"), BARS("bars"), NONE("none");

        private final String code;

        Chart(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A titled part of the report, with an optional introduction, its questions in order, then its cross-tabulations. */
    public record Part(String title, String text, List<String> questions, List<Crossing> crosstabs) {
        public Part {
            questions = List.copyOf(questions);
            crosstabs = List.copyOf(crosstabs);
        }

        public Part(String title, String text, List<String> questions) {
            this(title, text, questions, List.of());
        }
    }

    /** Two questions crossed in the report ({@code crosstabs: [{rows: dpt, cols: qpv}]}): rows, then columns. */
    public record Crossing(String rows, String columns) {
    }

    /** Every cross-tabulation of the layout, in report order. */
    public List<Crossing> crosstabs() {
        return parts.stream().flatMap(p -> p.crosstabs().stream()).toList();
    }

    /**
     * The layout with a last part holding these cross-tabulations ({@code report --crosstab}); without parts, every
     * question keeps its place before it.
     */
    public ReportLayout withCrosstabs(String partTitle, List<Crossing> more, List<String> allQuestions) {
        if (more.isEmpty()) {
            return this;
        }
        List<Part> p = new java.util.ArrayList<>(parts);
        if (p.isEmpty()) {
            p.add(new Part("", "", allQuestions));
        }
        p.add(new Part(partTitle, "", List.of(), more));
        return new ReportLayout(title, author, sort, top, p, settings);
    }

    /** A question's chart and row order. */
    public record QuestionSettings(Chart chart, Sort sort) {
    }

    public QuestionSettings settings(String questionId) {
        return settings.getOrDefault(questionId, new QuestionSettings(Chart.AUTO, sort));
    }
}
