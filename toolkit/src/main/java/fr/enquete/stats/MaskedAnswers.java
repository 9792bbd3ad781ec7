package fr.enquete.stats;

import fr.enquete.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Under statistical secrecy, the respondents' own answers that each count fewer people than the threshold are
 * published as one row, "Autres réponses (3), moins de 15 chacune", instead of one "&lt; 15" row each: the answers
 * outside the listed choices (Google Forms' inline "Autre" texts, typos) and, without a spec, the answers a question's
 * choices were read from that are more than one word ({@link fr.enquete.model.Question#respondentsWords}: "Non", "NSP",
 * "Albert" keep their rows, as a spec's choices do). Their labels are what a one-off answer reveals of its respondent (a rare country, a
 * commune, a job title), and a list of "&lt; 15" lines says nothing more. Choices a spec, a form or a scale lists keep
 * their rows: the questionnaire names them anyway, and a scale's order matters.
 * <p>
 * Grouping comes after every masking and publishes no figure: the row's count stays masked, its mark says only what
 * each grouped row said ("&lt; 15" each), and no sum is printed (beside the table's other masked rows it would be a new
 * equality, which the masking did not protect against). Rows masked as secondaries ("s") are not grouped.
 */
public final class MaskedAnswers {

    private MaskedAnswers() {
    }

    /** The results with each table's masked answers of respondents' own grouped; unchanged without secrecy. */
    public static SurveyResult group(SurveyResult result) {
        int threshold = result.secret();
        if (threshold <= 0) {
            return result;
        }
        List<QuestionResult> out = new ArrayList<>();
        for (QuestionResult q : result.questions()) {
            out.add(q instanceof QuestionResult.Choices c ? group(c, threshold) : q);
        }
        List<Diagnostic> diagnostics = result.diagnostics().stream().map(d -> withoutSmallCounts(d, threshold)).toList();
        return result.withQuestions(out).withDiagnostics(diagnostics);
    }

    /**
     * The diagnostic listing a question's answers outside its choices with their counts ("« SIAO » (1)") says no more
     * than the table: the answers counting fewer people than the threshold are only counted ("5 autres réponses, de
     * moins de 5 répondants chacune"); `enquete check`, the team's own view, lists them.
     */
    private static Diagnostic withoutSmallCounts(Diagnostic d, int threshold) {
        Message m = d.message();
        if (!m.key().equals("choices.unlisted") || !(m.args().get(1) instanceof Message.Listed listed)) {
            return d;
        }
        List<Object> shown = new ArrayList<>();
        long hidden = 0;
        for (Object item : listed.items()) {
            if (item instanceof Message v && v.key().equals("value.count") && v.args().get(1) instanceof Long n && n < threshold) {
                hidden++;
            } else {
                shown.add(item);
            }
        }
        if (hidden == 0) {
            return d;
        }
        shown.add(Message.of("value.secret", hidden, threshold));
        return new Diagnostic(d.where(), Message.of(m.key(), m.args().get(0), new Message.Listed(shown, listed.more())));
    }

    static QuestionResult.Choices group(QuestionResult.Choices c, int threshold) {
        List<ChoiceRow> own = c.rows().stream().filter(r -> r.masked() && r.count() < threshold && !r.missing()
                && (!r.listed() || c.question().respondentsWords(r.label()))).toList();
        if (own.size() < 2) {
            return c;
        }
        long count = own.stream().mapToLong(ChoiceRow::count).sum();
        double weighted = own.stream().mapToDouble(ChoiceRow::weighted).sum();
        double percent = own.stream().mapToDouble(ChoiceRow::percent).sum();
        ChoiceRow grouped = new ChoiceRow("", count, weighted, percent, false, false, true, own.size());
        List<ChoiceRow> rows = new ArrayList<>();
        for (ChoiceRow r : c.rows()) {
            if (r == own.get(0)) {
                rows.add(grouped);
            } else if (!own.contains(r)) {
                rows.add(r);
            }
        }
        return c.withRows(rows);
    }
}
