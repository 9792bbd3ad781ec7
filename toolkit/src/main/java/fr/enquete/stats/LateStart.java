package fr.enquete.stats;

import fr.enquete.model.Header;
import fr.enquete.model.Message;

/**
 * A question added to the questionnaire after the first respondents answered: blank for every respondent of its base
 * before some row, answered from that row on. Those earlier respondents were never asked, yet they are counted as no
 * answer, which inflates the table's "Sans réponse" a funder reads; the analysis says so under the table.
 *
 * <p>The rule: with k respondents of the base before the first answer, and a share p of those from it on answering,
 * the question started late when k is at least {@value #MIN_EARLIER} and (1 − p)<sup>k</sup> is below
 * {@value #CHANCE}: k blanks in a row at the head of the file are what blanks spread as they are after the first
 * answer would give less than once in 100 000 (the bar {@code FilterInference} sets for routing). A column just rarely
 * answered has a small p, so its blanks before the first answer are no evidence (p = 10 % needs 110 of them).
 *
 * <p>Counted in file order over one part of an export, then {@link #merge merged} with the following part's; or, when
 * the rows are not in the order of their submission dates, {@link #counted counted} in the dates' order.
 */
final class LateStart {

    static final int MIN_EARLIER = 5;
    static final double CHANCE = 1e-5;

    /** The column placing a respondent without a submission date ({@link fr.enquete.model.SubmissionColumns#other}); -1: none. */
    static int fallbackDateColumn(Header header, int dateColumn) {
        return fr.enquete.model.SubmissionColumns.other(header.names(), dateColumn);
    }

    /** Respondents of the base before the first answer. */
    private long earlier;
    /** The row of the first answer and the submission date written in it ("" when the export has none); 0 before it. */
    private long firstRow;
    private String firstDate = "";
    /** Respondents of the base from the first answer on, and those of them who answered. */
    private long from;
    private long answered;
    /** Whether the counts follow the submission dates rather than the rows (an export sorted newest first). */
    private boolean byDate;
    /** In date order: respondents without a submission date placed by their fallback date, and those left out. */
    private long placed;
    private long undated;

    /**
     * Counts made in the order of the submission dates ({@link DatedStart}), the file not being in it; {@code placed}
     * respondents had no submission date but a fallback one, {@code undated} none (out of the counts).
     */
    static LateStart counted(long earlier, long firstRow, String firstDate, long from, long answered, long placed, long undated) {
        LateStart s = new LateStart();
        s.placed = placed;
        s.undated = undated;
        s.earlier = earlier;
        s.firstRow = firstRow;
        s.firstDate = firstDate;
        s.from = from;
        s.answered = answered;
        s.byDate = true;
        return s;
    }

    /** The submission date column of {@code header} (LimeSurvey's submitdate, Google Forms' Horodateur...), or -1. */
    static int dateColumn(Header header) {
        return fr.enquete.model.SubmissionColumns.of(header.names());
    }

    /** One respondent of the question's base, in file order; the submission date column ({@code -1}: none) read at the first answer. */
    void see(boolean hasAnswer, fr.enquete.model.Row row, int dateColumn) {
        if (firstRow == 0) {
            if (!hasAnswer) {
                earlier++;
                return;
            }
            firstRow = row.number();
            firstDate = dateColumn < 0 ? "" : row.get(dateColumn);
        }
        from++;
        if (hasAnswer) {
            answered++;
        }
    }

    /** Adds what {@code next} counted over the rows that follow this one's. */
    void merge(LateStart next) {
        if (firstRow == 0) {
            earlier += next.earlier;
            firstRow = next.firstRow;
            firstDate = next.firstDate;
            from = next.from;
            answered = next.answered;
        } else {
            from += next.earlier + next.from;
            answered += next.answered;
        }
    }

    /** Whether the blanks before the first answer say the question was added late (the rule above). */
    boolean late() {
        if (firstRow == 0 || earlier < MIN_EARLIER) {
            return false;
        }
        double p = (double) answered / from;
        return p >= 1 || earlier * Math.log1p(-p) < Math.log(CHANCE);
    }

    /**
     * The finding: question id, first row, its date ("" or a nested message), the earlier respondents counted as no
     * answer, those answering from the first answer on and how many respondents that is.
     */
    Message message(String questionId, String dateColumnName) {
        return message(questionId, dateColumnName, null);
    }

    /** As {@link #message(String, String)}; {@code fallbackName} the column that placed respondents without a date. */
    Message message(String questionId, String dateColumnName, String fallbackName) {
        Object date = firstDate.isBlank() || dateColumnName == null ? Message.plain("")
                : Message.of("question.late.date", dateColumnName, firstDate.strip());
        // A spreadsheet's row number, written as it shows it: "row 3942", not "row 3,942".
        if (byDate) {
            // "Before row N" would be false: the respondents who could not answer lie anywhere in the file.
            // How many respondents had no submission date (LimeSurvey's incomplete responses): placed by another date, or left out.
            Object placedBy = placed == 0 || fallbackName == null ? Message.plain("")
                    : Message.of("question.late.placed", placed, dateColumnName, fallbackName);
            Object leftOut = undated == 0 ? Message.plain("") : Message.of("question.late.undated", undated);
            return Message.of("question.late.bydate", questionId, Message.Figure.ungrouped(firstRow), date, earlier, answered, from,
                    dateColumnName, placedBy, leftOut);
        }
        return Message.of("question.late", questionId, Message.Figure.ungrouped(firstRow), date, earlier, answered, from);
    }
}
