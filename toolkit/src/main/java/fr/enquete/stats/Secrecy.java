package fr.enquete.stats;

import fr.enquete.model.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistical secrecy: counts of people below a threshold are not published.
 *
 * <ul>
 *   <li>Primary masking: in a choice table, a row counting from 1 to threshold − 1 people is masked (0 is
 *       published: it reveals nobody).</li>
 *   <li>Secondary masking: the rows of a single-choice or scale table add up to its base, which is
 *       published; when exactly one row is masked it could be recomputed, so the smallest other non-zero
 *       row is masked too. Multiple-choice rows do not add up, so they need none.</li>
 * </ul>
 * Masked rows keep their figures internally (for the intervals' sake nothing is derived from them) and are
 * flagged, so every writer prints them as "&lt; threshold".
 */
public final class Secrecy {

    private Secrecy() {
    }

    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold) {
        List<QuestionResult> out = new ArrayList<>();
        for (QuestionResult r : questions) {
            out.add(r instanceof QuestionResult.Choices c ? mask(c, threshold) : r);
        }
        return out;
    }

    static QuestionResult.Choices mask(QuestionResult.Choices c, int threshold) {
        List<ChoiceRow> rows = new ArrayList<>();
        int masked = 0;
        for (ChoiceRow r : c.rows()) {
            boolean hide = r.count() > 0 && r.count() < threshold;
            rows.add(hide ? r.mask() : r);
            masked += hide ? 1 : 0;
        }
        if (masked == 1 && c.question().type() != QuestionType.MULTIPLE) {
            int smallest = -1;
            for (int i = 0; i < rows.size(); i++) {
                ChoiceRow r = rows.get(i);
                if (!r.masked() && r.count() > 0 && (smallest < 0 || r.count() < rows.get(smallest).count())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                rows.set(smallest, rows.get(smallest).mask());
            }
        }
        return new QuestionResult.Choices(c.question(), c.base(), c.answered(), rows);
    }
}
