package fr.enquete.stats;

import fr.enquete.model.Question;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the analysis computed for one question. {@link #base()} is the number of respondents the
 * question was meant for: everybody, or those accepted by its filter.
 */
public sealed interface QuestionResult {

    Question question();

    long base();

    /**
     * Single, scale and multiple choice: one row per listed choice (zero rows included), then the missing row.
     *
     * @param weightedBase  the base's weight (the base itself without weights)
     * @param effectiveBase Kish's effective size of the base, (Σw)² / Σw², what the intervals use (the base without weights)
     * @param scale         the scale score of a scale question, computed from the rows when the table is made (so writers
     *                      only read it); null for other questions, under secrecy or when fewer than 2 choices are scored
     */
    record Choices(Question question, long base, long answered, List<ChoiceRow> rows, double weightedBase, double effectiveBase,
                   ScaleScore scale) implements QuestionResult {
        public Choices {
            rows = List.copyOf(rows);
        }

        /** The table of these rows, its scale score computed from them. */
        public Choices(Question question, long base, long answered, List<ChoiceRow> rows, double weightedBase, double effectiveBase) {
            this(question, base, answered, rows, weightedBase, effectiveBase, ScaleScore.of(question, rows));
        }

        public Choices(Question question, long base, long answered, List<ChoiceRow> rows) {
            this(question, base, answered, rows, base, base);
        }

        /** The interval of {@code row}'s (weighted) percentage over the base, {@code respondents} answering the survey. */
        public Interval interval(ChoiceRow row, Precision precision, long respondents) {
            if (precision == null) {
                throw new IllegalArgumentException("no precision to compute an interval with: give one (Analysis.precision, --ci or"
                        + " --population); a result without it has SurveyResult.precision() null");
            }
            return precision.interval(this, row, respondents);
        }

        /** The same table with other rows (masked, say). */
        public Choices withRows(List<ChoiceRow> r) {
            return new Choices(question, base, answered, r, weightedBase, effectiveBase);
        }
    }

    /**
     * Numeric: the summary over the answers; {@code base - summary.count()} did not answer.
     *
     * @param withheld the figures statistical secrecy withholds (NaN in the summary), in {@link SummaryFigure}'s order;
     *                 empty without secrecy
     * @param dominance what the dominance rule found when it withheld figures ({@link Dominance}); null otherwise
     */
    record Numeric(Question question, long base, NumericSummary summary, Histogram histogram, java.util.Set<SummaryFigure> withheld,
                   Dominance.Finding dominance) implements QuestionResult {
        public Numeric {
            withheld = withheld.isEmpty() ? java.util.Set.of()
                    : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(withheld));
        }

        /** A summary nothing is withheld from. */
        public Numeric(Question question, long base, NumericSummary summary, Histogram histogram) {
            this(question, base, summary, histogram, java.util.Set.of(), null);
        }

        /** A summary with {@code withheld} figures, the dominance rule not among the reasons. */
        public Numeric(Question question, long base, NumericSummary summary, Histogram histogram, java.util.Set<SummaryFigure> withheld) {
            this(question, base, summary, histogram, withheld, null);
        }
    }

    /**
     * Free text: the non-empty answers in file order. {@code withheld}: under statistical secrecy, the answers are
     * neither counted nor quoted, since their number is a masked count (the "Autre" texts of a choice whose "Autre" row
     * is masked).
     */
    record Text(Question question, long base, List<Verbatim> answers, boolean withheld) implements QuestionResult {
        public Text {
            answers = withheld ? List.of() : List.copyOf(answers);
        }

        public Text(Question question, long base, List<Verbatim> answers) {
            this(question, base, answers, false);
        }

        /**
         * Whether the base is withheld too: a withheld text asked only of some respondents is asked of those who chose
         * "Autre" (LimeSurvey's relevance, the inferred filter {@code opleiding = Other}), so its base is the masked count.
         */
        public boolean baseWithheld() {
            return withheld && !(question.filter() instanceof fr.enquete.model.Filter.All);
        }
    }

    /**
     * Dates: how many, first and last. {@code withheld}: under statistical secrecy the first and the last, each one
     * respondent's own answer (an arrival date, a date of entry into a scheme), are not published (null).
     */
    record Dates(Question question, long base, long count, LocalDateTime first, LocalDateTime last, boolean withheld)
            implements QuestionResult {
        public Dates {
            if (withheld) {
                first = null;
                last = null;
            }
        }

        public Dates(Question question, long base, long count, LocalDateTime first, LocalDateTime last) {
            this(question, base, count, first, last, false);
        }
    }

    /** Identifiers and technical columns: only how many are filled. */
    record Identifiers(Question question, long base, long count) implements QuestionResult {
    }

    /** One free-text answer and the export row it came from. */
    record Verbatim(long row, String text) {
    }
}
