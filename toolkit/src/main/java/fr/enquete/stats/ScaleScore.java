package fr.enquete.stats;

import fr.enquete.model.QuestionType;
import fr.enquete.model.ScaleVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of a scale question: the choices scored from k (the positive end) down to 1 (negative end),
 * their mean, the top-2 box (share of the two most positive choices), the bottom-2 box and the net score
 * (top-2 minus bottom-2), over the respondents who placed themselves on the scale: "no answer" and
 * "don't know" answers are left out of these figures.
 *
 * @param coding   each scored choice and its score, positive end first
 * @param answered the respondents who placed themselves on the scale (people; the mean and boxes are weighted when weights are)
 * @param box      the choices in each box: 2, or 1 on scales of fewer than 4 points, where two boxes of 2 would overlap
 *                 (on 3 points they would share the middle choice and add up to more than 100 %)
 */
public record ScaleScore(List<Scored> coding, long answered, double mean, double top2, double bottom2, double net, int box) {

    /** A choice and its score. */
    public record Scored(String choice, int score) {
    }

    public ScaleScore {
        coding = List.copyOf(coding);
    }

    /**
     * The score a result carries ({@link QuestionResult.Choices#scale()}, computed when its table was made); null when it
     * is not a scale, under secrecy, or with fewer than 2 scored choices.
     */
    public static ScaleScore of(QuestionResult r) {
        return r instanceof QuestionResult.Choices c ? c.scale() : null;
    }

    /**
     * The score of a question's table rows; null when it is not a scale, a row is masked or fewer than 2 choices are
     * scored. {@link QuestionResult.Choices} calls it once, when its table is made.
     */
    static ScaleScore of(fr.enquete.model.Question question, List<ChoiceRow> rows) {
        if (question.type() != QuestionType.SCALE || rows.stream().anyMatch(ChoiceRow::masked)) {
            // Under statistical secrecy a mean would let the masked counts be recomputed.
            return null;
        }
        List<ChoiceRow> scale = new ArrayList<>(rows.stream().filter(row -> !row.missing() && row.listed()
                && !ScaleVocabulary.isAside(row.label())).toList());
        if (scale.size() < 2) {
            return null;
        }
        Boolean positiveFirst = question.positiveFirst();
        if (positiveFirst != null ? !positiveFirst : ScaleVocabulary.negativeFirst(scale.stream().map(ChoiceRow::label).toList())) {
            java.util.Collections.reverse(scale);
        }
        int k = scale.size();
        long n = 0;
        double weight = 0;
        double sum = 0;
        List<Scored> coding = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int score = k - i;
            coding.add(new Scored(scale.get(i).label(), score));
            n += scale.get(i).count();
            weight += scale.get(i).weighted();
            sum += score * scale.get(i).weighted();
        }
        if (n == 0) {
            return new ScaleScore(coding, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, box(k));
        }
        // With weights, the mean and the boxes are weighted; "answered" stays a number of people.
        int box = box(k);
        double topWeight = 0;
        double bottomWeight = 0;
        for (int i = 0; i < box; i++) {
            topWeight += scale.get(i).weighted();
            bottomWeight += scale.get(k - 1 - i).weighted();
        }
        double top = 100.0 * topWeight / weight;
        double bottom = 100.0 * bottomWeight / weight;
        return new ScaleScore(coding, n, sum / weight, top, bottom, top - bottom, box);
    }

    /** The choices in a box: the two end ones from 4 points, the end one alone below. */
    static int box(int points) {
        return points < 4 ? 1 : 2;
    }
}
