package fr.enquete.stats;

import fr.enquete.model.Derivation;
import fr.enquete.model.DerivedColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Statistical secrecy: counts of people below a threshold are not published.
 *
 * <ul>
 *   <li>Primary masking: in a choice table, a row counting from 1 to threshold − 1 people is masked (0 is
 *       published: it reveals nobody).</li>
 *   <li>Secondary masking: the rows of a single-choice or scale table add up to its base, which is
 *       published; when exactly one row is masked it could be recomputed, so the smallest other non-zero
 *       row is masked too. Multiple-choice rows do not add up, so they need none.</li>
 *   <li>Published totals: a table with a masked row does not publish how many answered (base − answered would
 *       give a masked "no answer", answered − the visible rows a masked answer); see {@link #answeredShown}.</li>
 *   <li>Tables published together: the groups of {@code --by} and the overall table add up row by row, so the
 *       groups are masked together ({@link #maskGroups}); a two-way table with its margins likewise
 *       ({@link #maskTable}). In both, every masked figure is then checked against the published equalities
 *       (a rank test) and more is masked until none can be solved for.</li>
 *   <li>A derived question (the spec's {@code from:}) and its source: each derived row is the sum of the source rows
 *       it gathers, so the two tables are masked together ({@link #maskDerived}).</li>
 * </ul>
 * Masked rows keep their figures internally (for the intervals' sake nothing is derived from them) and are
 * flagged, so every writer hides them: "&lt; threshold" for the small counts, "s" for those masked to protect them.
 */
public final class Secrecy {

    private Secrecy() {
    }

    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold) {
        return mask(questions, threshold, Dominance.DEFAULT);
    }

    /** Every table masked at {@code threshold}, every numeric summary withheld as {@link #withhold} says. */
    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold, Dominance dominance) {
        List<QuestionResult> out = new ArrayList<>();
        for (QuestionResult r : questions) {
            out.add(r instanceof QuestionResult.Choices c ? mask(c, threshold)
                    : r instanceof QuestionResult.Numeric n ? withhold(n, threshold, dominance) : r);
        }
        return out;
    }

    /**
     * Up to this many answers, a summary's standard deviation and quartiles are withheld with its extremes. With the
     * minimum and the maximum withheld, the sum, the three type-7 quartiles and the standard deviation (the sum of squares)
     * are five equations on the sorted answers: up to 5 answers they give every answer back (with 5, the quartiles are
     * the 2nd, 3rd and 4th answers, the sum gives x1 + x5 and the deviation x1² + x5²); with 6 or 7, the one or two
     * unknowns left are confined by the answers' order (Oise's 6 centres: 120 and 1 419 members, each within 1.3). With
     * 8 to 11 the largest answer was still bounded within 8 to 32 % of itself (runs of the fixture's staff and members,
     * docs/statistics.md), from 12 within no less than 30 % (SecretSummaryRecoveryTest exhibits, for 12 published staff
     * counts, two answer sets with the same figures whose largest answers differ by a quarter). The sum and the mean, which
     * gather every answer, stay.
     */
    public static final int FEW_ANSWERS = 11;

    /**
     * The summary as secrecy at {@code threshold} publishes it, withheld figures NaN: with fewer than threshold answers
     * every figure but how many answered (one answer is its own mean, minimum and maximum; the three centres of a
     * department, their numbers of employees), without histogram; from threshold answers the minimum and the maximum,
     * each one respondent's own answer, and up to {@link #FEW_ANSWERS} answers the standard deviation and the quartiles
     * too, which would give them back.
     */
    static QuestionResult.Numeric withhold(QuestionResult.Numeric n, int threshold) {
        return withhold(n, threshold, Dominance.DEFAULT);
    }

    /**
     * As {@link #withhold(QuestionResult.Numeric, int)}, and, from threshold answers, the {@code dominance} rule applied:
     * when the largest answers dominate the sum, the sum, the mean (the sum over the count) and the standard deviation
     * (about the largest answer over the root of the count, when one answer dwarfs the others) are withheld; when they
     * dominate only the sum of squares, the standard deviation, which gives it with the mean (the square root of the sum of
     * squares bounds the largest answer from above, the sum from below).
     */
    static QuestionResult.Numeric withhold(QuestionResult.Numeric n, int threshold, Dominance dominance) {
        if (withheld(n, threshold)) {
            NumericSummary s = n.summary();
            double none = Double.NaN;
            return new QuestionResult.Numeric(n.question(), n.base(),
                    new NumericSummary(s.count(), none, none, none, none, none, none, none, none, s.method(), s.weight(), false,
                            s.magnitudes()), null,
                    java.util.EnumSet.allOf(SummaryFigure.class));
        }
        if (!extremesWithheld(n, threshold)) {
            return n;
        }
        java.util.EnumSet<SummaryFigure> out = java.util.EnumSet.of(SummaryFigure.MIN, SummaryFigure.MAX);
        if (n.summary().count() <= FEW_ANSWERS) {
            out.addAll(List.of(SummaryFigure.STDDEV, SummaryFigure.Q1, SummaryFigure.MEDIAN, SummaryFigure.Q3));
        }
        Dominance.Finding found = dominated(n, dominance);
        if (found != null) {
            out.add(SummaryFigure.STDDEV);
            if (found.ofSum()) {
                out.addAll(List.of(SummaryFigure.SUM, SummaryFigure.MEAN));
            }
        }
        return withholding(n, out, found);
    }

    /**
     * What {@code rule} finds in {@code n}'s answers: their largest dominating their sum, else their sum of squares; null
     * when neither, and for years and times of day, whose sums are no totals (their tables print none).
     */
    static Dominance.Finding dominated(QuestionResult.Numeric n, Dominance rule) {
        QuestionType type = n.question().type();
        if (!rule.on() || type == QuestionType.YEAR || type == QuestionType.TIME) {
            return null;
        }
        Magnitudes m = n.summary().magnitudes();
        if (rule.dominates(m.largest(), m.total())) {
            return new Dominance.Finding(rule, true);
        }
        return rule.dominates(m.largestSquares(), m.squares()) ? new Dominance.Finding(rule, false) : null;
    }

    /** {@code n} with {@code more} figures withheld besides those it withholds (NaN), its histogram kept. */
    static QuestionResult.Numeric withholding(QuestionResult.Numeric n, java.util.Set<SummaryFigure> more) {
        return withholding(n, more, null);
    }

    /** As {@link #withholding(QuestionResult.Numeric, java.util.Set)}, {@code found} (if not null) a reason besides n's. */
    private static QuestionResult.Numeric withholding(QuestionResult.Numeric n, java.util.Set<SummaryFigure> more, Dominance.Finding found) {
        java.util.EnumSet<SummaryFigure> all = java.util.EnumSet.noneOf(SummaryFigure.class);
        all.addAll(n.withheld());
        all.addAll(more);
        NumericSummary s = n.summary();
        java.util.function.BiFunction<SummaryFigure, Double, Double> shown = (f, v) -> all.contains(f) ? Double.NaN : v;
        return new QuestionResult.Numeric(n.question(), n.base(), new NumericSummary(s.count(), shown.apply(SummaryFigure.SUM, s.sum()),
                shown.apply(SummaryFigure.MEAN, s.mean()), shown.apply(SummaryFigure.STDDEV, s.stddev()), shown.apply(SummaryFigure.MIN, s.min()),
                shown.apply(SummaryFigure.Q1, s.q1()), shown.apply(SummaryFigure.MEDIAN, s.median()), shown.apply(SummaryFigure.Q3, s.q3()),
                shown.apply(SummaryFigure.MAX, s.max()), s.method(), s.weight(), s.approximate(), s.magnitudes()), n.histogram(), all,
                found != null ? found : n.dominance());
    }

    /**
     * Whether secrecy at {@code threshold} withholds {@code n}'s minimum and maximum alone: answered by at least threshold
     * respondents (below it, the whole summary is withheld, {@link #withheld}).
     */
    public static boolean extremesWithheld(QuestionResult.Numeric n, int threshold) {
        return threshold > 0 && n.summary().count() >= threshold;
    }

    /** Whether secrecy at {@code threshold} withholds {@code n}'s summary: answered by 1 to threshold − 1 respondents. */
    public static boolean withheld(QuestionResult.Numeric n, int threshold) {
        return threshold > 0 && n.summary().count() > 0 && n.summary().count() < threshold;
    }

    static QuestionResult.Choices mask(QuestionResult.Choices c, int threshold) {
        List<ChoiceRow> rows = c.rows();
        long[] values = new long[rows.size()];
        boolean[] masked = new boolean[rows.size()];
        boolean[] maskable = new boolean[rows.size()];
        int[] all = new int[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            values[k] = rows.get(k).count();
            masked[k] = values[k] > 0 && values[k] < threshold;
            maskable[k] = true;
            all[k] = k;
        }
        if (c.question().type() != QuestionType.MULTIPLE) {
            // The rows add up to the published base: one masked row would follow from the others, two masked rows adding
            // up to less than the threshold would each be known to be that small.
            extend(values, masked, maskable, List.of(Equation.sum(all)), List.of(), threshold);
        }
        List<ChoiceRow> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            out.add(masked[k] ? rows.get(k).mask() : rows.get(k));
        }
        return c.withRows(out);
    }

    /** As {@link #mask(List, int)}, each derived question being masked with its source (see {@link #maskDerived}). */
    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold, List<? extends DerivedColumn> derivations) {
        return mask(questions, threshold, derivations, Dominance.DEFAULT);
    }

    /** As {@link #mask(List, int, List)}, the summaries withheld by {@code dominance} too ({@link #withhold}). */
    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold, List<? extends DerivedColumn> derivations,
                                     Dominance dominance) {
        List<QuestionResult> out = new ArrayList<>(mask(questions, threshold, dominance));
        maskDerived(out, derivations, threshold);
        return out;
    }

    /**
     * The questions with the free-text answers withheld that would give a masked count back: a multiple choice's
     * "Autre" row counts the respondents who wrote in its text column ({@code numdom[other]}), so a text question read
     * from that column printed "3 réponses" and quoted the three answers beside "Autre : < 5". A single choice's (or a
     * scale's) "Autre" row counts those who wrote in its separate text column ({@link #otherTextColumns}) as nearly.
     * The first and last answers of a date question are withheld too.
     */
    static List<QuestionResult> withholdTexts(List<QuestionResult> questions) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        List<Question> maskedOther = new ArrayList<>();
        for (QuestionResult r : questions) {
            if (r instanceof QuestionResult.Choices c) {
                for (fr.enquete.model.OptionColumn o : c.question().options()) {
                    if (c.rows().stream().anyMatch(row -> row.masked() && !row.missing() && row.label().equals(o.label()))) {
                        hidden.add(o.column());
                    }
                }
                if (c.question().options().isEmpty() && c.rows().stream().anyMatch(row -> row.masked() && !row.missing()
                        && isOtherRow(c.question(), row.label()))) {
                    maskedOther.add(c.question());
                }
            }
        }
        java.util.function.Predicate<String> otherText = column -> hidden.contains(column)
                || maskedOther.stream().anyMatch(q -> specifiesOther(q, column));
        return questions.stream().map(r -> r instanceof QuestionResult.Text t && !t.withheld() && otherText.test(t.question().column())
                ? (QuestionResult) new QuestionResult.Text(t.question(), t.base(), List.of(), true)
                // A date question's first and last are each one respondent's answer, as a numeric one's extremes are.
                : r instanceof QuestionResult.Dates d && !d.withheld() && d.count() > 0
                ? new QuestionResult.Dates(d.question(), d.base(), d.count(), null, null, true) : r).toList();
    }

    /**
     * Whether a row of a single choice (or a scale) is its "Autre" answer: the spec's {@code other_choice}, a label that
     * {@link fr.enquete.model.OtherAnswers#looksLikeOther looks like it} ("Autre", "Other"), or LimeSurvey's code
     * {@code -oth-}, which a coded export writes and no answer list decodes.
     */
    private static boolean isOtherRow(Question q, String label) {
        return q.other() != null && q.other().choice().equals(label) || "-oth-".equals(label)
                || fr.enquete.model.OtherAnswers.looksLikeOther(label);
    }

    /**
     * The columns that hold the texts of a single choice's "Autre" answer: the spec's {@code other:}, LimeSurvey's
     * {@code Q[other]} and KoboToolbox's {@code q_other} ({@code or_other}), next to the question's column. Only a text
     * question read from one of them is withheld, so naming the conventional ones links what the spec, the structure
     * or the inference did not.
     */
    public static java.util.Set<String> otherTextColumns(Question q) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (q.other() != null && !q.other().inline()) {
            out.add(q.other().textColumn());
        }
        out.add(q.column() + "[other]");
        out.add(q.column() + "_other");
        return out;
    }

    /** SurveyMonkey's merged heading "Q [Other (please specify)]", or a copy of it ("... (2)"): Q, then the choice. */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*\\[(.+)\\](?: \\(\\d+\\))?");

    /**
     * Whether {@code column} holds the texts of single choice {@code q}'s "Autre" answer: one of {@link #otherTextColumns},
     * or SurveyMonkey's "please specify" column, whose two header rows merge into q's heading followed by its "Other"
     * choice in brackets ("Q [Other (please specify)]", a copy "Q [Other (please specify)] (2)" when the export repeats
     * it), as they merge a multiple choice's option columns.
     */
    public static boolean specifiesOther(Question q, String column) {
        if (otherTextColumns(q).contains(column)) {
            return true;
        }
        if (!column.startsWith(q.column())) {
            return false;
        }
        java.util.regex.Matcher m = BRACKETED.matcher(column.substring(q.column().length()));
        return m.matches() && fr.enquete.model.OtherAnswers.looksLikeOther(m.group(1));
    }

    /** As {@link #maskDerived(List, List, int)} without the interval check. */
    public static boolean maskDerived(List<QuestionResult> questions, List<? extends DerivedColumn> derivations) {
        return maskDerived(questions, derivations, 0);
    }

    /**
     * Masks, in place, more rows of the tables of derived questions ({@code from:} with {@code merge:} or {@code classes:})
     * and of their sources, all published: a derived row counts the respondents of the source rows it gathers ("Picardie"
     * = "02" + "60" + "80", "Sans réponse" = "Sans réponse"), so a class holding one masked answer, or a class less its
     * visible answers, gave the masked count back, and the other way round. A numeric source publishes a summary whose
     * count of answers is the sum of its classes. Every derivation's equalities join <em>one</em> system with each table's
     * sum to its base, so that chains (a derivation of a derivation) and several derivations of one source are masked
     * together, not pair by pair. The equalities are used only when the published counts satisfy them (a filter of its
     * own, or answers coded differently, may break them, and then they are no equalities a reader can rely on).
     *
     * @param threshold the secrecy threshold, for the interval check ({@link #widen}); 0 for the rank test alone
     * @return whether it masked anything
     */
    public static boolean maskDerived(List<QuestionResult> questions, List<? extends DerivedColumn> derivations, int threshold) {
        Figures f = new Figures();
        Map<Integer, int[]> tables = new LinkedHashMap<>();
        for (DerivedColumn dc : derivations) {
            if (!(dc instanceof Derivation d)) {
                continue;
            }
            int t = -1;
            for (int k = 0; k < questions.size(); k++) {
                if (questions.get(k).question().id().equals(d.column()) && questions.get(k) instanceof QuestionResult.Choices) {
                    t = k;
                }
            }
            if (t < 0 || questions.get(t).question().type() == QuestionType.MULTIPLE) {
                continue;
            }
            int n = numericSource(questions, d.from());
            if (n >= 0) {
                classes(f, tables, (QuestionResult.Numeric) questions.get(n), t, (QuestionResult.Choices) questions.get(t));
                continue;
            }
            int s = source(questions, d.from());
            if (s >= 0 && s != t) {
                pair(f, tables, s, (QuestionResult.Choices) questions.get(s), t, (QuestionResult.Choices) questions.get(t), d);
            }
        }
        if (f.equations.isEmpty()) {
            return false;
        }
        f.extend(threshold);
        boolean any = false;
        for (Map.Entry<Integer, int[]> e : tables.entrySet()) {
            QuestionResult.Choices c = (QuestionResult.Choices) questions.get(e.getKey());
            List<ChoiceRow> rows = new ArrayList<>();
            boolean changed = false;
            for (int k = 0; k < c.rows().size(); k++) {
                ChoiceRow r = c.rows().get(k);
                boolean hide = f.masked(e.getValue()[k]) && !r.masked();
                rows.add(hide ? r.mask() : r);
                changed |= hide;
            }
            if (changed) {
                questions.set(e.getKey(), c.withRows(rows));
                any = true;
            }
        }
        return any;
    }

    /**
     * Published figures and the equalities between them, built table by table, masked as one system
     * ({@link #extend(long[], boolean[], boolean[], List, List, int)}).
     */
    static final class Figures {
        private long[] values = new long[16];
        private boolean[] masked = new boolean[16];
        private boolean[] maskable = new boolean[16];
        private int size;
        final List<Equation> equations = new ArrayList<>();
        /** Σ signs × figures ≥ 0. */
        final List<Equation> atLeastZero = new ArrayList<>();

        int add(long value, boolean isMasked, boolean isMaskable) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
                masked = java.util.Arrays.copyOf(masked, size * 2);
                maskable = java.util.Arrays.copyOf(maskable, size * 2);
            }
            values[size] = value;
            masked[size] = isMasked;
            maskable[size] = isMaskable;
            return size++;
        }

        /** A frequency table's rows (added once under {@code key}), with their sum to the published base unless multiple. */
        int[] table(Map<Integer, int[]> tables, int key, QuestionResult.Choices c, boolean isMaskable) {
            int[] known = tables.get(key);
            if (known != null) {
                return known;
            }
            int[] at = new int[c.rows().size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = add(c.rows().get(k).count(), c.rows().get(k).masked(), isMaskable);
            }
            if (c.question().type() != QuestionType.MULTIPLE) {
                equations.add(Equation.sum(at));
            }
            tables.put(key, at);
            return at;
        }

        /** Masks figure {@code k} (one printed with a masked one, in the same place). */
        void mask(int k) {
            masked[k] = true;
        }

        /** A figure that must stay published (never masked here). */
        void fixed(int k) {
            maskable[k] = false;
        }

        /** A figure printed elsewhere: known to a reader, whatever this table shows. */
        void known(int k) {
            masked[k] = false;
            maskable[k] = false;
        }

        long value(int k) {
            return values[k];
        }

        boolean masked(int k) {
            return masked[k];
        }

        void extend(int threshold) {
            long[] v = java.util.Arrays.copyOf(values, size);
            boolean[] m = java.util.Arrays.copyOf(masked, size);
            boolean[] ok = java.util.Arrays.copyOf(maskable, size);
            Secrecy.extend(v, m, ok, equations, atLeastZero, threshold);
            System.arraycopy(m, 0, masked, 0, size);
        }
    }

    /** The numeric question read from export column {@code from}, or -1. */
    private static int numericSource(List<QuestionResult> questions, String from) {
        for (int k = 0; k < questions.size(); k++) {
            if (questions.get(k) instanceof QuestionResult.Numeric && from.equals(questions.get(k).question().column())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A numeric question's classes against its summary, which publishes how many answered (and base − that as "missing"):
     * the classes add up to that count, which the class table itself withholds beside a masked row. Used when the
     * published figures satisfy it.
     */
    private static void classes(Figures f, Map<Integer, int[]> tables, QuestionResult.Numeric n, int t, QuestionResult.Choices c) {
        long answered = 0;
        long missing = 0;
        for (ChoiceRow r : c.rows()) {
            answered += r.missing() ? 0 : r.count();
            missing += r.missing() ? r.count() : 0;
        }
        boolean sameBase = n.base() == c.base();
        if (answered != n.summary().count() || (sameBase && missing != n.base() - n.summary().count())) {
            return;
        }
        int[] at = f.table(tables, t, c, true);
        List<Integer> answers = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            if (!c.rows().get(k).missing()) {
                answers.add(at[k]);
            } else if (sameBase) {
                // "No answer" is the summary's "missing" (base − count), published: known, whatever the table shows.
                f.known(at[k]);
            }
        }
        f.equations.add(Equation.sum(answers.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The single-choice table of the question read from export column {@code from} (its id as a fallback), or -1. */
    private static int source(List<QuestionResult> questions, String from) {
        int byId = -1;
        for (int k = 0; k < questions.size(); k++) {
            QuestionResult q = questions.get(k);
            if (!(q instanceof QuestionResult.Choices) || q.question().type() == QuestionType.MULTIPLE) {
                continue;
            }
            if (from.equals(q.question().column())) {
                return k;
            }
            if (from.equals(q.question().id()) && byId < 0) {
                byId = k;
            }
        }
        return byId;
    }

    /** A source table and its derived one: each derived row = the sum of the source rows it gathers, when the counts agree. */
    private static void pair(Figures f, Map<Integer, int[]> tables, int s, QuestionResult.Choices a, int t, QuestionResult.Choices b,
                             Derivation d) {
        List<ChoiceRow> ra = a.rows();
        List<ChoiceRow> rb = b.rows();
        List<List<Integer>> gathered = new ArrayList<>();
        rb.forEach(r -> gathered.add(new ArrayList<>()));
        for (int i = 0; i < ra.size(); i++) {
            ChoiceRow r = ra.get(i);
            int k = -1;
            for (int j = 0; j < rb.size(); j++) {
                if (r.missing() ? rb.get(j).missing() : !rb.get(j).missing() && rb.get(j).label().equals(d.apply(r.label()))) {
                    k = j;
                }
            }
            if (k < 0 && r.count() > 0) {
                return;
            }
            if (k >= 0) {
                gathered.get(k).add(i);
            }
        }
        for (int j = 0; j < rb.size(); j++) {
            long sum = 0;
            for (int i : gathered.get(j)) {
                sum += ra.get(i).count();
            }
            if (sum != rb.get(j).count()) {
                return;
            }
        }
        int[] fa = f.table(tables, s, a, true);
        int[] fb = f.table(tables, t, b, true);
        for (int j = 0; j < rb.size(); j++) {
            int[] cells = new int[gathered.get(j).size() + 1];
            int[] signs = new int[cells.length];
            cells[0] = fb[j];
            signs[0] = 1;
            for (int k = 0; k < gathered.get(j).size(); k++) {
                cells[k + 1] = fa[gathered.get(j).get(k)];
                signs[k + 1] = -1;
            }
            f.equations.add(new Equation(cells, signs));
        }
    }

    /** Whether a table's number of respondents who answered may be published: not when one of its rows is masked. */
    public static boolean answeredShown(QuestionResult.Choices c) {
        return c.rows().stream().noneMatch(ChoiceRow::masked);
    }

    /**
     * The groups of a {@code --by} analysis, masked together. Within a group, as {@link #mask(List, int)}; across
     * groups, a choice's counts add up (with the respondents outside every group) to its count in the overall table,
     * which is published too: each choice's line over the groups, like each group's column of a single-choice
     * question, must not hold a masked count that the others give back. Groups are the columns of one table whose
     * masking {@link #extend} completes, the overall table's masked counts being unknowns of its lines (so that
     * the groups do not give them back either) and the respondents outside every group taken as known (the
     * strongest attacker).
     *
     * @param overall the overall analysis as published (already masked), or null
     */
    /**
     * The groups that may be published beside the overall table. A group of the {@code by} question is one row of
     * that question's overall table: the number of respondents it prints, and every base inside it, give that row
     * back. A group whose row is masked in the overall table ("&lt; 5" or "s") is therefore left out whole.
     */
    public static Map<String, SurveyResult> publishableGroups(Map<String, SurveyResult> groups, SurveyResult overall, String by) {
        java.util.Set<String> hidden = new java.util.HashSet<>();
        for (QuestionResult q : overall.questions()) {
            if (q.question().id().equals(by) && q instanceof QuestionResult.Choices c) {
                c.rows().stream().filter(ChoiceRow::masked).forEach(r -> hidden.add(r.label()));
            }
        }
        Map<String, SurveyResult> out = new LinkedHashMap<>();
        groups.forEach((g, r) -> {
            if (!hidden.contains(g)) {
                out.put(g, r);
            }
        });
        return out;
    }

    /**
     * The groups to publish ({@code shown}, from {@link #publishableGroups}) with more sums withheld. The groups' sums of a
     * numeric question add up, with the respondents in no group (taken as known: the strongest attacker), to the overall
     * sum, published by {@code stats}: when a single group's sum is unknown (its summary withheld, fewer answers than the
     * threshold, dominated by one answer, or the group left out), the others gave it back by difference, and with its count
     * (published, or by difference too) its mean, its one answer when it has one. So, as {@link #protectLine} for counts, the
     * sum and the mean (mean × count is the sum) of the published group with the fewest answers are withheld too. A group with
     * no answer has a known sum, 0. The sums of squares, which a deviation gives with the sum ((n − 1) sd² + sum² / n), add up
     * likewise: a group whose deviation is withheld (few answers, dominance) has its sum of squares given back when it is the
     * only one unknown, so the deviation of another group is withheld. When the overall figure is the one unknown (withheld
     * by the dominance rule) and every group's is known, the group holding the largest answer has its own withheld.
     *
     * @param all     every group, masked ({@link #maskGroups}), those left out included
     * @param overall the overall analysis as published (masked), or null: then nothing to subtract from
     */
    public static Map<String, SurveyResult> protectGroupSums(Map<String, SurveyResult> all, Map<String, SurveyResult> shown,
                                                             SurveyResult overall) {
        if (overall == null || all.isEmpty()) {
            return shown;
        }
        List<String> names = new ArrayList<>(all.keySet());
        Map<String, List<QuestionResult>> out = new LinkedHashMap<>();
        shown.forEach((g, r) -> out.put(g, new ArrayList<>(r.questions())));
        for (int q = 0; q < overall.questions().size(); q++) {
            if (!(overall.questions().get(q) instanceof QuestionResult.Numeric o)) {
                continue;
            }
            // Sums first: a sum withheld leaves the sum of squares unknown too.
            protectGroupTotals(names, all, shown, out, q, o, Secrecy::sumKnown, java.util.EnumSet.of(SummaryFigure.SUM, SummaryFigure.MEAN));
            protectGroupTotals(names, all, shown, out, q, o, Secrecy::squaresKnown, java.util.EnumSet.of(SummaryFigure.STDDEV));
        }
        Map<String, SurveyResult> result = new LinkedHashMap<>();
        shown.forEach((g, r) -> result.put(g, r.withQuestions(out.get(g))));
        return result;
    }

    /**
     * One total of question {@code q} (its sum, or its sum of squares) over the groups, {@code known} telling whether a
     * summary gives it: when exactly one of the overall's and the groups' is unknown, {@code figures} of one more published
     * group are withheld in {@code out}, in place.
     */
    private static void protectGroupTotals(List<String> names, Map<String, SurveyResult> all, Map<String, SurveyResult> shown,
                                           Map<String, List<QuestionResult>> out, int q, QuestionResult.Numeric o,
                                           java.util.function.Predicate<QuestionResult.Numeric> known, java.util.Set<SummaryFigure> figures) {
        long[] counts = new long[names.size()];
        double[] largest = new double[names.size()];
        boolean[] hidden = new boolean[names.size()];
        for (int g = 0; g < names.size(); g++) {
            List<QuestionResult> questions = all.get(names.get(g)).questions();
            if (q >= questions.size() || !(questions.get(q) instanceof QuestionResult.Numeric n)
                    || !n.question().id().equals(o.question().id())) {
                return;
            }
            // As published now: a former pass may have withheld more of it.
            QuestionResult.Numeric now = out.containsKey(names.get(g)) ? (QuestionResult.Numeric) out.get(names.get(g)).get(q) : n;
            counts[g] = n.summary().count();
            List<Double> top = n.summary().magnitudes().largest();
            largest[g] = top.isEmpty() ? 0 : top.get(0);
            hidden[g] = counts[g] > 0 && (!shown.containsKey(names.get(g)) || !known.test(now));
        }
        boolean[] before = hidden.clone();
        if (known.test(o)) {
            protectLine(counts, hidden);
        } else {
            // The overall unknown and every group known: their total gives it back. Withhold the group's holding the
            // largest answer, the one the overall figure was withheld for.
            int pick = -1;
            for (int g = 0; g < names.size(); g++) {
                if (hidden[g]) {
                    return;
                }
                if (counts[g] > 0 && out.containsKey(names.get(g)) && (pick < 0 || largest[g] > largest[pick])) {
                    pick = g;
                }
            }
            if (pick >= 0) {
                hidden[pick] = true;
            }
        }
        for (int g = 0; g < names.size(); g++) {
            if (hidden[g] && !before[g] && out.containsKey(names.get(g))) {
                QuestionResult.Numeric n = (QuestionResult.Numeric) out.get(names.get(g)).get(q);
                out.get(names.get(g)).set(q, withholding(n, figures));
            }
        }
    }

    /** Whether a summary's sum can be read: printed, or its mean (mean × count, or × weight, is the sum). */
    private static boolean sumKnown(QuestionResult.Numeric n) {
        return !n.withheld().contains(SummaryFigure.SUM) || !n.withheld().contains(SummaryFigure.MEAN);
    }

    /** Whether a summary's sum of squares can be read: its deviation and its sum, (n − 1) sd² + sum² / n. */
    private static boolean squaresKnown(QuestionResult.Numeric n) {
        return sumKnown(n) && !n.withheld().contains(SummaryFigure.STDDEV);
    }

    public static Map<String, SurveyResult> maskGroups(Map<String, SurveyResult> groups, SurveyResult overall, int threshold) {
        return maskGroups(groups, overall, threshold, List.of());
    }

    /**
     * As {@link #maskGroups(Map, SurveyResult, int)}, each group's derived questions being masked with their sources too
     * ({@link #maskDerived}); the two maskings alternate until neither adds anything.
     */
    public static Map<String, SurveyResult> maskGroups(Map<String, SurveyResult> groups, SurveyResult overall, int threshold,
                                                       List<? extends DerivedColumn> derivations) {
        return maskGroups(groups, overall, threshold, derivations, Dominance.DEFAULT);
    }

    /** As {@link #maskGroups(Map, SurveyResult, int, List)}, each group's summaries withheld by {@code dominance} too. */
    public static Map<String, SurveyResult> maskGroups(Map<String, SurveyResult> groups, SurveyResult overall, int threshold,
                                                       List<? extends DerivedColumn> derivations, Dominance dominance) {
        Map<String, SurveyResult> out = new LinkedHashMap<>();
        if (threshold <= 0) {
            out.putAll(groups);
            return out;
        }
        List<String> names = new ArrayList<>(groups.keySet());
        List<List<QuestionResult>> masked = new ArrayList<>();
        for (String g : names) {
            masked.add(new ArrayList<>(mask(groups.get(g).questions(), threshold, dominance)));
        }
        int questions = masked.isEmpty() ? 0 : masked.get(0).size();
        boolean again = true;
        while (again) {
            maskAcross(masked, overall, questions, names.size(), threshold);
            again = false;
            for (List<QuestionResult> m : masked) {
                again |= maskDerived(m, derivations, threshold);
            }
        }
        for (int g = 0; g < names.size(); g++) {
            SurveyResult r = groups.get(names.get(g));
            out.put(names.get(g), new SurveyResult(r.title(), r.respondents(), masked.get(g), r.diagnostics(), r.precision(), threshold,
                    r.rates(), r.weights()));
        }
        return out;
    }

    /** Each question's tables over the groups masked together ({@link #maskTogether}), in place. */
    private static void maskAcross(List<List<QuestionResult>> masked, SurveyResult overall, int questions, int groups, int threshold) {
        for (int q = 0; q < questions; q++) {
            List<QuestionResult.Choices> tables = new ArrayList<>();
            for (List<QuestionResult> m : masked) {
                if (m.get(q) instanceof QuestionResult.Choices c) {
                    tables.add(c);
                }
            }
            if (tables.size() != groups || tables.isEmpty()) {
                continue;
            }
            QuestionResult.Choices all = overall != null && overall.questions().get(q) instanceof QuestionResult.Choices c ? c : null;
            List<QuestionResult.Choices> done = maskTogether(tables, all, threshold);
            for (int g = 0; g < groups; g++) {
                masked.get(g).set(q, done.get(g));
            }
        }
    }

    /** One question's tables over the groups, already masked one by one, masked as the columns of one table. */
    private static List<QuestionResult.Choices> maskTogether(List<QuestionResult.Choices> tables, QuestionResult.Choices overall,
                                                             int threshold) {
        List<String> keys = new ArrayList<>();
        List<QuestionResult.Choices> every = new ArrayList<>(tables);
        if (overall != null) {
            every.add(overall);
        }
        for (QuestionResult.Choices c : every) {
            for (ChoiceRow r : c.rows()) {
                if (!keys.contains(key(r))) {
                    keys.add(key(r));
                }
            }
        }
        int nr = keys.size();
        int ng = tables.size();
        // Cell (row i, group g) is i * w + g, the overall table being column ng; a choice absent from a group is a
        // published 0 (it has no row to mask). The overall table is published by its own command: never masked here.
        int w = ng + 1;
        long[] values = new long[nr * w];
        boolean[] masked = new boolean[nr * w];
        boolean[] maskable = new boolean[nr * w];
        for (int g = 0; g < every.size(); g++) {
            for (ChoiceRow r : every.get(g).rows()) {
                int cell = keys.indexOf(key(r)) * w + g;
                values[cell] = r.count();
                masked[cell] = r.masked();
                maskable[cell] = g < ng;
            }
        }
        List<Equation> system = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            // Σ groups − overall = − those in no group (known).
            int[] cells = new int[w];
            int[] signs = new int[w];
            for (int g = 0; g <= ng; g++) {
                cells[g] = i * w + g;
                signs[g] = g < ng ? 1 : -1;
            }
            system.add(new Equation(cells, signs));
        }
        if (tables.get(0).question().type() != QuestionType.MULTIPLE) {
            for (int g = 0; g < every.size(); g++) {
                int[] column = new int[nr];
                for (int i = 0; i < nr; i++) {
                    column[i] = i * w + g;
                }
                system.add(Equation.sum(column));
            }
        }
        extend(values, masked, maskable, system, List.of(), threshold);
        List<QuestionResult.Choices> out = new ArrayList<>();
        for (int g = 0; g < ng; g++) {
            List<ChoiceRow> rows = new ArrayList<>();
            for (ChoiceRow r : tables.get(g).rows()) {
                boolean hide = masked[keys.indexOf(key(r)) * w + g];
                rows.add(hide && !r.masked() ? r.mask() : r);
            }
            out.add(tables.get(g).withRows(rows));
        }
        return out;
    }

    private static String key(ChoiceRow r) {
        return r.missing() ? "\u0000missing" : r.label();
    }

    /**
     * A published equality: Σ signs[k] × figure[cells[k]] is known (a published total, or 0 when the total is
     * itself one of the figures, with sign −1).
     */
    record Equation(int[] cells, int[] signs) {
        static Equation sum(int[] cells) {
            int[] ones = new int[cells.length];
            java.util.Arrays.fill(ones, 1);
            return new Equation(cells, ones);
        }
    }

    /**
     * Completes a masking so that no masked figure can be solved for from the published equalities: a masked figure
     * is determined when its unit vector lies in the span of the equations restricted to the masked figures (the
     * published ones being known). While one is, the smallest maskable figure whose masking leaves it undetermined is
     * masked too (non-zero figures before zeros), else a figure of the equation through it with the fewest masked
     * figures. Masking only adds, and a figure nothing can hide is given up, so this ends.
     */
    static void extend(long[] values, boolean[] masked, boolean[] maskable, List<Equation> equations) {
        extend(values, masked, maskable, equations, List.of(), 0);
    }

    /**
     * As {@link #extend(long[], boolean[], boolean[], List)}, then widened ({@link #widen}): no masked count below
     * {@code threshold} may be bounded, by the equations, the inequalities {@code atLeastZero} (Σ signs × figures ≥ 0) and
     * every count being at least 0, to an interval narrower than the threshold.
     */
    static void extend(long[] values, boolean[] masked, boolean[] maskable, List<Equation> equations, List<Equation> atLeastZero,
                       int threshold) {
        determine(values, masked, maskable, equations);
        widen(values, masked, maskable, equations, atLeastZero, threshold);
    }

    /**
     * Masks more until every masked count from 1 to threshold − 1 can take, over the non-negative solutions of what is
     * published, values at least {@code threshold} apart ({@link FeasibleInterval}): "x + y = 2" tells x is 0, 1 or 2,
     * however many equations are missing. For each such count, the smallest unmasked figure of a constraint holding
     * masked ones whose masking widens it enough is masked, else the one that widens it most. Masking only widens
     * intervals (a known figure becomes a free one), so this ends.
     */
    static void widen(long[] values, boolean[] masked, boolean[] maskable, List<Equation> equations, List<Equation> atLeastZero,
                      int threshold) {
        if (threshold <= 1) {
            return;
        }
        List<Equation> all2 = new ArrayList<>(equations);
        all2.addAll(atLeastZero);
        Integer[] order = order(values);
        java.util.Set<Integer> hopeless = new java.util.HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < values.length && !changed; j++) {
                if (!masked[j] || values[j] <= 0 || values[j] >= threshold || hopeless.contains(j)) {
                    continue;
                }
                double width = width(j, values, masked, equations, atLeastZero);
                if (width >= threshold - 1e-6) {
                    continue;
                }
                int pick = -1;
                int better = -1;
                double best = width;
                // Only a figure of a constraint through j's block of masked figures can change j's interval.
                boolean[] near = near(j, all2, masked);
                for (int c : order) {
                    if (masked[c] || !maskable[c] || !near[c]) {
                        continue;
                    }
                    masked[c] = true;
                    double w = width(j, values, masked, equations, atLeastZero);
                    masked[c] = false;
                    if (w >= threshold - 1e-6) {
                        pick = c;
                        break;
                    }
                    if (w > best + 1e-6) {
                        best = w;
                        better = c;
                    }
                }
                pick = pick >= 0 ? pick : better;
                if (pick < 0) {
                    // No one figure widens it (a base fixed by the margins, and the margins by the base): a step towards it,
                    // the smallest figure next to the masked ones, unless even masking them all would not.
                    if (width(j, values, orMaskable(masked, maskable), equations, atLeastZero) >= threshold - 1e-6) {
                        for (int c : order) {
                            if (!masked[c] && maskable[c] && touchesMasked(c, all2, masked)) {
                                pick = c;
                                break;
                            }
                        }
                    }
                }
                if (pick < 0) {
                    hopeless.add(j);
                    continue;
                }
                masked[pick] = true;
                changed = true;
            }
        }
    }

    private static double width(int j, long[] values, boolean[] masked, List<Equation> equations, List<Equation> atLeastZero) {
        double[] b = FeasibleInterval.of(j, values, masked, equations, atLeastZero);
        return b[1] - b[0];
    }

    /**
     * The figures of the constraints through the block of masked figures that {@code j} belongs to (masked figures linked
     * by constraints): masking any other figure leaves j's interval as it is.
     */
    private static boolean[] near(int j, List<Equation> constraints, boolean[] masked) {
        boolean[] block = new boolean[masked.length];
        boolean[] near = new boolean[masked.length];
        boolean[] used = new boolean[constraints.size()];
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        block[j] = true;
        todo.add(j);
        while (!todo.isEmpty()) {
            int k = todo.poll();
            for (int e = 0; e < constraints.size(); e++) {
                if (used[e] || !contains(constraints.get(e), k)) {
                    continue;
                }
                used[e] = true;
                for (int c : constraints.get(e).cells()) {
                    near[c] = true;
                    if (masked[c] && !block[c]) {
                        block[c] = true;
                        todo.add(c);
                    }
                }
            }
        }
        return near;
    }

    /** Whether figure {@code c} lies in a constraint that holds a masked figure (else masking it changes no interval). */
    private static boolean touchesMasked(int c, List<Equation> constraints, boolean[] masked) {
        for (Equation e : constraints) {
            if (contains(e, c)) {
                for (int k : e.cells()) {
                    if (masked[k]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Figures in the order they are given up: the smallest non-zero first, zeros last. */
    private static Integer[] order(long[] values) {
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer k) -> values[k] == 0).thenComparingLong(k -> values[k]));
        return order;
    }

    private static void determine(long[] values, boolean[] masked, boolean[] maskable, List<Equation> equations) {
        java.util.Set<Integer> hopeless = new java.util.HashSet<>();
        Integer[] order = order(values);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int j = 0; j < values.length && !changed; j++) {
                if (!masked[j] || hopeless.contains(j) || !determined(j, masked, equations)) {
                    continue;
                }
                int pick = -1;
                // The smallest figure whose masking alone leaves j undetermined...
                for (int c : order) {
                    if (masked[c] || !maskable[c]) {
                        continue;
                    }
                    masked[c] = true;
                    boolean covers = !determined(j, masked, equations);
                    masked[c] = false;
                    if (covers) {
                        pick = c;
                        break;
                    }
                }
                // ...else a step towards it: a figure of the equation through j with the fewest masked ones, unless even
                // masking every maskable figure would leave it determined (then masking more would hide nothing).
                if (pick < 0 && !determined(j, orMaskable(masked, maskable), equations)) {
                    int fewest = Integer.MAX_VALUE;
                    for (Equation e : equations) {
                        int c = contains(e, j) ? candidate(e, values, masked, maskable) : -1;
                        if (c < 0) {
                            continue;
                        }
                        int n = 0;
                        for (int k : e.cells()) {
                            n += masked[k] ? 1 : 0;
                        }
                        if (n < fewest) {
                            fewest = n;
                            pick = c;
                        }
                    }
                }
                if (pick < 0) {
                    // Nothing maskable can hide it (it is published elsewhere, or fixed by figures that must stay).
                    hopeless.add(j);
                    continue;
                }
                masked[pick] = true;
                changed = true;
            }
        }
    }

    private static boolean[] orMaskable(boolean[] masked, boolean[] maskable) {
        boolean[] all = masked.clone();
        for (int c = 0; c < all.length; c++) {
            all[c] |= maskable[c];
        }
        return all;
    }

    /** The figure of {@code e} to mask next: its smallest non-zero unmasked maskable figure, else a zero one; -1 if none. */
    private static int candidate(Equation e, long[] values, boolean[] masked, boolean[] maskable) {
        int best = -1;
        for (int c : e.cells()) {
            if (masked[c] || !maskable[c]) {
                continue;
            }
            if (best < 0 || (values[c] > 0 && (values[best] == 0 || values[c] < values[best]))) {
                best = c;
            }
        }
        return best;
    }

    private static boolean contains(Equation e, int cell) {
        for (int c : e.cells()) {
            if (c == cell) {
                return true;
            }
        }
        return false;
    }

    /** Whether the masked figure {@code j} follows from the equations, the unmasked figures being known. */
    static boolean determined(int j, boolean[] masked, List<Equation> equations) {
        int[] index = new int[masked.length];
        int unknowns = 0;
        for (int k = 0; k < masked.length; k++) {
            index[k] = masked[k] ? unknowns++ : -1;
        }
        List<double[]> rows = new ArrayList<>();
        for (Equation e : equations) {
            double[] row = new double[unknowns];
            boolean any = false;
            for (int k = 0; k < e.cells().length; k++) {
                if (index[e.cells()[k]] >= 0) {
                    row[index[e.cells()[k]]] += e.signs()[k];
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return false;
        }
        double[][] a = rows.toArray(new double[0][]);
        double[][] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = new double[unknowns];
        b[a.length][index[j]] = 1;
        return rank(b) == rank(a);
    }

    private static int rank(double[][] m) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m, false)).getRank();
    }

    /**
     * The figures to hide in a two-way table published with its margins, as [row][column] over the table
     * extended by a total row (index r) and a total column (index c); the grand total [r][c] is the base, published
     * unless single tables published beside it make it give a masked count back (see the overload).
     *
     * <p>Primary masking: cells and totals counting 1 to threshold − 1 people. Each line of the extended table
     * is a sum (the cells of a row add up to its total, the row totals to the grand total, and so for columns),
     * so a line holding exactly one masked figure would give it back by difference: the smallest other non-zero
     * figure of that line is masked too (secondary masking), until no line holds exactly one. Masking only ever
     * adds, so this ends.
     */
    public static boolean[][] maskTable(long[][] counts, int threshold) {
        return maskTable(counts, threshold, null, null, null, null);
    }

    /**
     * As {@link #maskTable(long[][], int)}, the table being published beside the single tables of its two questions
     * (masked as published, never changed here). A margin and the single table's count of the same answer differ by the
     * respondents who answered one question and not the other; when nobody did, for every answer of the question (the
     * usual case, and one a reader can tell: the counts are equal), each margin is the single count: a margin published
     * beside a masked single count would give it back ("s" rows are not below the threshold). Those equalities, and the
     * single table adding up to its base, join the equations; the margins are masked until no masked figure, of the
     * table or of the single tables, can be solved for. When some answered only one question the differences are
     * unknowns and give no equation.
     */
    public static boolean[][] maskTable(long[][] counts, int threshold, List<String> rowLabels, List<String> columnLabels,
                                        QuestionResult.Choices rowTable, QuestionResult.Choices columnTable) {
        Question rq = rowTable == null ? null : rowTable.question();
        Question cq = columnTable == null ? null : columnTable.question();
        return maskGrids(List.of(new Grid(counts, rowLabels, columnLabels, rq, cq, rowTable, columnTable)), threshold, List.of(), null).get(0);
    }

    /**
     * A two-way table as published: its counts, labels, questions (null when unknown) and the single tables of its two
     * questions published beside it (null when none).
     */
    public record Grid(long[][] counts, List<String> rowLabels, List<String> columnLabels, Question rows, Question columns,
                       QuestionResult.Choices rowTable, QuestionResult.Choices columnTable, long[] respondents) {
        /** The counts are copied in, and out by their accessor: a grid cannot change the table it was made of. */
        public Grid {
            counts = copy(counts);
            rowLabels = rowLabels == null ? null : List.copyOf(rowLabels);
            columnLabels = columnLabels == null ? null : List.copyOf(columnLabels);
            respondents = respondents == null ? null : respondents.clone();
        }

        /** A grid without a multiple choice, or whose respondents by line are not published. */
        public Grid(long[][] counts, List<String> rowLabels, List<String> columnLabels, Question rows, Question columns,
                    QuestionResult.Choices rowTable, QuestionResult.Choices columnTable) {
            this(counts, rowLabels, columnLabels, rows, columns, rowTable, columnTable, null);
        }

        /**
         * With exactly one multiple choice crossed, the respondents of each answer of the single-choice question (the
         * "Répondants" margin, in that axis's order), a copy; null otherwise.
         */
        @Override
        public long[] respondents() {
            return respondents == null ? null : respondents.clone();
        }

        /** [row][column] counts, a copy. */
        @Override
        public long[][] counts() {
            return copy(counts);
        }

        private static long[][] copy(long[][] a) {
            return java.util.Arrays.stream(a).map(long[]::clone).toArray(long[][]::new);
        }
    }

    /**
     * Two-way tables published together (a report's crossings), masked as one system with the single tables of their
     * questions and the survey's derivations: each table's lines (cells to margins, margins to the base); margins equal to
     * the single counts (see {@link #maskTable(long[][], int, List, List, QuestionResult.Choices, QuestionResult.Choices)}),
     * or, when some answered one question only, never above them (a bound); single tables derived from one another; and
     * tables over the same questions or derived ones: {@code territoire × qpv}'s cells are sums of {@code dpt × qpv}'s, a
     * table sharing a question with another shares its margin. An equality between tables is used only when the counts
     * satisfy it. The result: for each table, as {@link #maskTable(long[][], int)}, what to hide.
     *
     * @param published every table published beside them (the survey's, masked), or null: those derived from or into a
     *                  crossed question join the system
     */
    public static List<boolean[][]> maskGrids(List<Grid> grids, int threshold, List<? extends DerivedColumn> derivations,
                                              List<QuestionResult> published) {
        List<boolean[][]> out = new ArrayList<>();
        if (threshold <= 0) {
            for (Grid g : grids) {
                int r = g.counts().length;
                out.add(new boolean[r + 1][(r == 0 ? 0 : g.counts()[0].length) + 1]);
            }
            return out;
        }
        Figures f = new Figures();
        Map<Integer, int[]> singles = new LinkedHashMap<>();
        List<QuestionResult.Choices> singleTables = new ArrayList<>();
        List<int[][]> at = new ArrayList<>();
        List<int[]> respondentsAt = new ArrayList<>();
        for (Grid g : grids) {
            long[][] x = extended(g.counts());
            boolean[][] m = primary(x, threshold);
            int r = x.length - 1;
            int c = x[0].length - 1;
            int[][] idx = new int[r + 1][c + 1];
            for (int i = 0; i <= r; i++) {
                for (int j = 0; j <= c; j++) {
                    idx[i][j] = f.add(x[i][j], m[i][j], true);
                }
            }
            for (int i = 0; i <= r; i++) {
                int[] cells = new int[c + 1];
                int[] signs = new int[c + 1];
                for (int j = 0; j <= c; j++) {
                    cells[j] = idx[i][j];
                    signs[j] = j == c ? -1 : 1;
                }
                f.equations.add(new Equation(cells, signs));
            }
            for (int j = 0; j <= c; j++) {
                int[] cells = new int[r + 1];
                int[] signs = new int[r + 1];
                for (int i = 0; i <= r; i++) {
                    cells[i] = idx[i][j];
                    signs[i] = i == r ? -1 : 1;
                }
                f.equations.add(new Equation(cells, signs));
            }
            int[] rowMargins = new int[r];
            int[] columnMargins = new int[c];
            for (int i = 0; i < r; i++) {
                rowMargins[i] = idx[i][c];
            }
            for (int j = 0; j < c; j++) {
                columnMargins[j] = idx[r][j];
            }
            boolean linked = link(f, singles, singleTables, g.rowTable(), g.rowLabels(), rowMargins, multiple(g.columns(), g.columnTable()));
            linked |= link(f, singles, singleTables, g.columnTable(), g.columnLabels(), columnMargins, multiple(g.rows(), g.rowTable()));
            respondentsAt.add(respondents(f, singles, singleTables, g, idx, threshold));
            // Linked, the base is the single table's number of respondents who answered, which it withholds beside a masked
            // row; bounded by the single counts, it bounds the margins: the base may then have to be masked too.
            if (!linked) {
                f.fixed(idx[r][c]);
            }
            at.add(idx);
        }
        // Single tables derived from one another: their equalities hold too, and a single table published beside them
        // (territoire beside a crossing of dpt) joins the system through them, chains included.
        List<QuestionResult.Choices> all = new ArrayList<>(singleTables);
        if (published != null) {
            for (QuestionResult q : published) {
                if (q instanceof QuestionResult.Choices c && q.question().type() != QuestionType.MULTIPLE) {
                    all.add(c);
                }
            }
        }
        List<Derivation> pairs = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DerivedColumn dc : derivations) {
                if (!(dc instanceof Derivation d) || pairs.contains(d)) {
                    continue;
                }
                QuestionResult.Choices from = null;
                QuestionResult.Choices to = null;
                for (QuestionResult.Choices c : all) {
                    Question q = c.question();
                    from = from == null && q.type() != QuestionType.MULTIPLE && (d.from().equals(q.column()) || d.from().equals(q.id())) ? c : from;
                    to = to == null && q.type() != QuestionType.MULTIPLE && q.id().equals(d.column()) ? c : to;
                }
                int p = from == null ? -1 : indexOf(singleTables, from);
                int q = to == null ? -1 : indexOf(singleTables, to);
                if (from == null || to == null || from == to || (p < 0 && q < 0)) {
                    continue;
                }
                for (QuestionResult.Choices c : new QuestionResult.Choices[] {from, to}) {
                    if (indexOf(singleTables, c) < 0) {
                        singleTables.add(c);
                        f.table(singles, singleTables.size() - 1, c, false);
                    }
                }
                pair(f, singles, indexOf(singleTables, from), from, indexOf(singleTables, to), to, d);
                pairs.add(d);
                grew = true;
            }
        }
        for (int a = 0; a < grids.size(); a++) {
            for (int b = 0; b < grids.size(); b++) {
                if (a != b) {
                    across(f, grids.get(a), at.get(a), grids.get(b), at.get(b), derivations);
                }
            }
        }
        f.extend(threshold);
        // A line's respondents and its sum of ticks print in one place (text, JSON's rowBases and rowTotals): hidden
        // together, and the masking completed again until both agree.
        while (tieRespondents(f, grids, at, respondentsAt)) {
            f.extend(threshold);
        }
        for (int k = 0; k < grids.size(); k++) {
            int[][] idx = at.get(k);
            boolean[][] m = new boolean[idx.length][idx[0].length];
            for (int i = 0; i < idx.length; i++) {
                for (int j = 0; j < idx[0].length; j++) {
                    m[i][j] = f.masked(idx[i][j]);
                }
            }
            // The respondents' margin prints where the sums of ticks would (and JSON beside them): hidden together.
            int[] resp = respondentsAt.get(k);
            if (resp != null) {
                boolean byRow = !multiple(grids.get(k).rows(), grids.get(k).rowTable());
                for (int line = 0; line < resp.length - 1; line++) {
                    if (f.masked(resp[line])) {
                        if (byRow) {
                            m[line][idx[0].length - 1] = true;
                        } else {
                            m[idx.length - 1][line] = true;
                        }
                    }
                }
                m[idx.length - 1][idx[0].length - 1] |= f.masked(resp[resp.length - 1]);
            }
            out.add(m);
        }
        return out;
    }

    /** Masks each line's respondents with its sum of ticks and the other way round; whether it masked anything. */
    private static boolean tieRespondents(Figures f, List<Grid> grids, List<int[][]> at, List<int[]> respondentsAt) {
        boolean any = false;
        for (int k = 0; k < grids.size(); k++) {
            int[] resp = respondentsAt.get(k);
            if (resp == null) {
                continue;
            }
            int[][] idx = at.get(k);
            boolean byRow = !multiple(grids.get(k).rows(), grids.get(k).rowTable());
            for (int line = 0; line < resp.length - 1; line++) {
                int ticks = byRow ? idx[line][idx[0].length - 1] : idx[idx.length - 1][line];
                if (f.masked(resp[line]) != f.masked(ticks)) {
                    f.mask(resp[line]);
                    f.mask(ticks);
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * The respondents' margin of a crossing of a single choice with a multiple one ({@link Grid#respondents}) as figures of
     * the system: each line's respondents and, last, the table's base, which they add up to. They are no sums of the cells,
     * but bound them: every respondent of the table answered both questions, so ticked at least one option, and a cell
     * counts some of its line's respondents (0 ≤ respondents − cell ≤ … ≤ the line's ticks − respondents). They equal the
     * single table's counts when these agree (nobody answered the single choice alone), else are at most them. Null, and
     * nothing added, for other tables.
     */
    private static int[] respondents(Figures f, Map<Integer, int[]> singles, List<QuestionResult.Choices> singleTables, Grid g,
                                     int[][] idx, int threshold) {
        long[] r = g.respondents();
        boolean rowsMultiple = multiple(g.rows(), g.rowTable());
        boolean columnsMultiple = multiple(g.columns(), g.columnTable());
        if (r == null || rowsMultiple == columnsMultiple) {
            return null;
        }
        int lines = rowsMultiple ? idx[0].length - 1 : idx.length - 1;
        int across = rowsMultiple ? idx.length - 1 : idx[0].length - 1;
        if (r.length != lines) {
            return null;
        }
        int[] at = new int[lines + 1];
        long base = 0;
        for (int k = 0; k < lines; k++) {
            at[k] = f.add(r[k], r[k] > 0 && r[k] < threshold, true);
            base += r[k];
        }
        at[lines] = f.add(base, false, true);
        int[] sum = new int[lines + 1];
        int[] signs = new int[lines + 1];
        for (int k = 0; k <= lines; k++) {
            sum[k] = at[k];
            signs[k] = k == lines ? -1 : 1;
        }
        f.equations.add(new Equation(sum, signs));
        for (int k = 0; k < lines; k++) {
            int[] ticks = new int[across + 1];
            int[] tickSigns = new int[across + 1];
            for (int m = 0; m < across; m++) {
                int cell = rowsMultiple ? idx[m][k] : idx[k][m];
                f.atLeastZero.add(new Equation(new int[] {at[k], cell}, new int[] {1, -1}));
                ticks[m] = cell;
                tickSigns[m] = 1;
            }
            ticks[across] = at[k];
            tickSigns[across] = -1;
            f.atLeastZero.add(new Equation(ticks, tickSigns));
        }
        QuestionResult.Choices table = rowsMultiple ? g.columnTable() : g.rowTable();
        List<String> labels = rowsMultiple ? g.columnLabels() : g.rowLabels();
        if (table != null && labels != null) {
            int[] single = f.table(singles, tableKey(singleTables, table), table, false);
            int[] rowOf = new int[lines];
            boolean equal = true;
            for (int k = 0; k < lines; k++) {
                rowOf[k] = -1;
                for (int q = 0; q < table.rows().size(); q++) {
                    if (!table.rows().get(q).missing() && table.rows().get(q).label().equals(labels.get(k))) {
                        rowOf[k] = q;
                    }
                }
                equal &= rowOf[k] >= 0 && table.rows().get(rowOf[k]).count() == r[k];
            }
            for (int k = 0; k < lines; k++) {
                if (rowOf[k] >= 0) {
                    f.atLeastZero.add(new Equation(new int[] {single[rowOf[k]], at[k]}, new int[] {1, -1}));
                    if (equal) {
                        f.equations.add(new Equation(new int[] {at[k], single[rowOf[k]]}, new int[] {1, -1}));
                    }
                }
            }
        }
        return at;
    }

    private static int indexOf(List<QuestionResult.Choices> tables, QuestionResult.Choices c) {
        for (int k = 0; k < tables.size(); k++) {
            if (tables.get(k).question().id().equals(c.question().id())) {
                return k;
            }
        }
        return -1;
    }

    /** The table with a total row and a total column. */
    private static long[][] extended(long[][] counts) {
        int r = counts.length;
        int c = r == 0 ? 0 : counts[0].length;
        long[][] x = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                x[i][j] = counts[i][j];
                x[i][c] += counts[i][j];
                x[r][j] += counts[i][j];
                x[r][c] += counts[i][j];
            }
        }
        return x;
    }

    /** Primary masking (1 to threshold − 1, never the base), then line by line until no line holds exactly one masked figure. */
    private static boolean[][] primary(long[][] x, int threshold) {
        int r = x.length - 1;
        int c = x[0].length - 1;
        boolean[][] m = new boolean[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                m[i][j] = !(i == r && j == c) && x[i][j] > 0 && x[i][j] < threshold;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i <= r; i++) {
                changed |= protect(x, m, i, true);
            }
            for (int j = 0; j <= c; j++) {
                changed |= protect(x, m, j, false);
            }
        }
        return m;
    }

    private static boolean multiple(Question q, QuestionResult.Choices table) {
        Question known = q != null ? q : table == null ? null : table.question();
        return known == null || known.type() == QuestionType.MULTIPLE;
    }

    /**
     * Adds a single table (once; known, or unknown where it masks them; never maskable here) and, for each answer both
     * publish, margin − single count = 0 when every margin equals its single count. Otherwise, when the other question is
     * answered once per respondent, each margin is at most the single count (those who answered both are among those who
     * answered this one): an inequality. Returns whether the margins were linked either way.
     */
    private static boolean link(Figures f, Map<Integer, int[]> singles, List<QuestionResult.Choices> singleTables,
                                QuestionResult.Choices table, List<String> labels, int[] margins, boolean otherMultiple) {
        if (table == null) {
            return false;
        }
        List<ChoiceRow> rows = table.rows();
        int[] rowOf = new int[labels.size()];
        java.util.Arrays.fill(rowOf, -1);
        for (int k = 0; k < rows.size(); k++) {
            ChoiceRow row = rows.get(k);
            int i = row.missing() ? -1 : labels.indexOf(row.label());
            if (i < 0 && !row.missing() && row.count() > 0) {
                return false;
            }
            if (i >= 0) {
                rowOf[i] = k;
            }
        }
        int[] single = f.table(singles, tableKey(singleTables, table), table, false);
        boolean equal = true;
        for (int i = 0; i < labels.size(); i++) {
            equal &= (rowOf[i] < 0 ? 0 : rows.get(rowOf[i]).count()) == f.value(margins[i]);
        }
        for (int i = 0; i < labels.size(); i++) {
            if (rowOf[i] < 0) {
                continue;
            }
            if (equal) {
                f.equations.add(new Equation(new int[] {margins[i], single[rowOf[i]]}, new int[] {1, -1}));
            } else if (!otherMultiple) {
                f.atLeastZero.add(new Equation(new int[] {single[rowOf[i]], margins[i]}, new int[] {1, -1}));
            }
        }
        return equal || !otherMultiple;
    }

    /**
     * Equalities between two tables published together: when both questions of {@code b} are those of {@code a} or derived
     * from them (in either order), each cell of {@code b} is the sum of the cells of {@code a} it gathers; when only one
     * question is, each margin of {@code b} along it is the sum of {@code a}'s margins it gathers. Used only when the counts
     * satisfy them.
     */
    private static void across(Figures f, Grid a, int[][] ia, Grid b, int[][] ib, List<? extends DerivedColumn> derivations) {
        Question[] qa = {a.rows(), a.columns()};
        Question[] qb = {b.rows(), b.columns()};
        if (qa[0] == null || qa[1] == null || qb[0] == null || qb[1] == null) {
            return;
        }
        List<List<String>> la = List.of(a.rowLabels(), a.columnLabels());
        List<List<String>> lb = List.of(b.rowLabels(), b.columnLabels());
        for (int swap = 0; swap < 2; swap++) {
            java.util.function.UnaryOperator<String> mr = labelMap(qa[swap], qb[0].id(), derivations, 0);
            java.util.function.UnaryOperator<String> mc = labelMap(qa[1 - swap], qb[1].id(), derivations, 0);
            if (mr == null || mc == null) {
                continue;
            }
            int[] toRow = targets(la.get(swap), mr, lb.get(0));
            int[] toColumn = targets(la.get(1 - swap), mc, lb.get(1));
            if (toRow == null || toColumn == null) {
                continue;
            }
            int nb0 = lb.get(0).size();
            int nb1 = lb.get(1).size();
            List<List<Integer>> gathered = new ArrayList<>();
            long[] sums = new long[nb0 * nb1];
            for (int k = 0; k < nb0 * nb1; k++) {
                gathered.add(new ArrayList<>());
            }
            boolean consistent = true;
            for (int i = 0; i < la.get(0).size(); i++) {
                for (int j = 0; j < la.get(1).size(); j++) {
                    int p = swap == 0 ? i : j;
                    int q = swap == 0 ? j : i;
                    int ti = toRow[p];
                    int tj = toColumn[q];
                    long v = f.value(ia[i][j]);
                    if (ti < 0 || tj < 0) {
                        consistent &= v == 0;
                        continue;
                    }
                    gathered.get(ti * nb1 + tj).add(ia[i][j]);
                    sums[ti * nb1 + tj] += v;
                }
            }
            for (int k = 0; k < nb0 * nb1 && consistent; k++) {
                consistent = sums[k] == f.value(ib[k / nb1][k % nb1]);
            }
            if (consistent) {
                for (int k = 0; k < nb0 * nb1; k++) {
                    f.equations.add(sumOf(ib[k / nb1][k % nb1], gathered.get(k)));
                }
                return;
            }
        }
        // One question in common (or derived): the margins along it.
        for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
                java.util.function.UnaryOperator<String> m = labelMap(qa[s], qb[t].id(), derivations, 0);
                int[] to = m == null ? null : targets(la.get(s), m, lb.get(t));
                if (to == null) {
                    continue;
                }
                int ra = ia.length - 1;
                int ca = ia[0].length - 1;
                int rb = ib.length - 1;
                int cb = ib[0].length - 1;
                List<List<Integer>> gathered = new ArrayList<>();
                long[] sums = new long[lb.get(t).size()];
                lb.get(t).forEach(l -> gathered.add(new ArrayList<>()));
                boolean consistent = true;
                for (int k = 0; k < la.get(s).size(); k++) {
                    int cell = s == 0 ? ia[k][ca] : ia[ra][k];
                    if (to[k] < 0) {
                        consistent &= f.value(cell) == 0;
                        continue;
                    }
                    gathered.get(to[k]).add(cell);
                    sums[to[k]] += f.value(cell);
                }
                for (int k = 0; k < sums.length && consistent; k++) {
                    consistent = sums[k] == f.value(t == 0 ? ib[k][cb] : ib[rb][k]);
                }
                if (consistent) {
                    for (int k = 0; k < sums.length; k++) {
                        f.equations.add(sumOf(t == 0 ? ib[k][cb] : ib[rb][k], gathered.get(k)));
                    }
                }
            }
        }
    }

    private static Equation sumOf(int total, List<Integer> parts) {
        int[] cells = new int[parts.size() + 1];
        int[] signs = new int[cells.length];
        cells[0] = total;
        signs[0] = 1;
        for (int k = 0; k < parts.size(); k++) {
            cells[k + 1] = parts.get(k);
            signs[k + 1] = -1;
        }
        return new Equation(cells, signs);
    }

    /** For each label of {@code from}, the index in {@code to} of its image, -1 when {@code to} lacks it; null if none lands. */
    private static int[] targets(List<String> from, java.util.function.UnaryOperator<String> map, List<String> to) {
        int[] out = new int[from.size()];
        boolean any = false;
        for (int k = 0; k < from.size(); k++) {
            out[k] = to.indexOf(map.apply(from.get(k)));
            any |= out[k] >= 0;
        }
        return any ? out : null;
    }

    /**
     * How question {@code from}'s answers become question {@code to}'s: the same question (identity), or derived from it
     * through the spec's {@code from:}, directly or along a chain; null when {@code to} is neither.
     */
    private static java.util.function.UnaryOperator<String> labelMap(Question from, String to, List<? extends DerivedColumn> derivations,
                                                                      int depth) {
        if (from.id().equals(to) || from.column().equals(to)) {
            return s -> s;
        }
        if (depth > 8) {
            return null;
        }
        for (DerivedColumn dc : derivations) {
            if (dc instanceof Derivation d && d.column().equals(to)) {
                java.util.function.UnaryOperator<String> inner = labelMap(from, d.from(), derivations, depth + 1);
                if (inner != null) {
                    return s -> d.apply(inner.apply(s));
                }
            }
        }
        return null;
    }

    /**
     * {@link #protect}'s rule for one line of figures whose total is published, apart from any table (the respondents
     * of a crosstab's rows, whose cells do not add up to them): when exactly one figure is hidden, the smallest other
     * non-zero one is hidden too.
     */
    static void protectLine(long[] figures, boolean[] hidden) {
        int n = figures.length;
        // One row, its total last and published, as protect reads a table's lines.
        long[][] x = {java.util.Arrays.copyOf(figures, n + 1)};
        boolean[][] m = {java.util.Arrays.copyOf(hidden, n + 1)};
        if (protect(x, m, 0, true)) {
            System.arraycopy(m[0], 0, hidden, 0, n);
        }
    }

    /** Masks the smallest other non-zero figure of a line holding exactly one masked figure; true if it did. */
    private static boolean protect(long[][] x, boolean[][] m, int line, boolean row) {
        int r = x.length - 1;
        int c = x[0].length - 1;
        int length = row ? c + 1 : r + 1;
        int masked = 0;
        int smallest = -1;
        long smallestValue = 0;
        for (int k = 0; k < length; k++) {
            int i = row ? line : k;
            int j = row ? k : line;
            if (m[i][j]) {
                masked++;
            } else if (!(i == r && j == c) && x[i][j] > 0 && (smallest < 0 || x[i][j] < smallestValue)) {
                smallest = k;
                smallestValue = x[i][j];
            }
        }
        if (masked != 1 || smallest < 0) {
            return false;
        }
        m[row ? line : smallest][row ? smallest : line] = true;
        return true;
    }

    /** The index of {@code table}'s question among the single tables the system holds, the table added if new. */
    private static int tableKey(List<QuestionResult.Choices> singleTables, QuestionResult.Choices table) {
        for (int k = singleTables.size() - 1; k >= 0; k--) {
            if (singleTables.get(k).question().id().equals(table.question().id())) {
                return k;
            }
        }
        singleTables.add(table);
        return singleTables.size() - 1;
    }
}
