package fr.enquete.stats;

import fr.enquete.model.Derivation;
import fr.enquete.model.DerivedColumn;
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
        return c.withRows(rows);
    }

    /** As {@link #mask(List, int)}, each derived question being masked with its source (see {@link #maskDerived}). */
    static List<QuestionResult> mask(List<QuestionResult> questions, int threshold, List<? extends DerivedColumn> derivations) {
        List<QuestionResult> out = new ArrayList<>(mask(questions, threshold));
        maskDerived(out, derivations);
        return out;
    }

    /**
     * Masks, in place, more rows of the tables of derived questions ({@code from:} with {@code merge:} or {@code classes:})
     * and of their sources, both published: a derived row counts the respondents of the source rows it gathers ("Picardie"
     * = "02" + "60" + "80", "Sans réponse" = "Sans réponse"), so a class holding one masked answer, or a class less its
     * visible answers, gave the masked count back, and the other way round. The equalities are used only when the
     * published counts satisfy them (a filter of its own, or answers coded differently, may break them, and then they
     * are no equalities a reader can rely on). A numeric source publishes no counts (a summary), so its classes add no
     * equality. Pairs are masked until none changes (a derived question may be the source of another).
     *
     * @return whether it masked anything
     */
    public static boolean maskDerived(List<QuestionResult> questions, List<? extends DerivedColumn> derivations) {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
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
                    QuestionResult.Choices done = maskClasses((QuestionResult.Numeric) questions.get(n), (QuestionResult.Choices) questions.get(t));
                    if (done != null) {
                        questions.set(t, done);
                        changed = true;
                        any = true;
                    }
                    continue;
                }
                int s = source(questions, d.from());
                if (s < 0 || s == t) {
                    continue;
                }
                QuestionResult.Choices a = (QuestionResult.Choices) questions.get(s);
                QuestionResult.Choices b = (QuestionResult.Choices) questions.get(t);
                List<QuestionResult.Choices> done = maskPair(a, b, d);
                if (done != null) {
                    questions.set(s, done.get(0));
                    questions.set(t, done.get(1));
                    changed = true;
                    any = true;
                }
            }
        }
        return any;
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
     * A numeric question's classes masked against its summary, which publishes how many answered (and base − that as
     * "missing"): the classes add up to that count, which the class table itself withholds beside a masked row, so a
     * lone masked class, or a masked "no answer", would follow. Used when the published figures satisfy it; null when
     * nothing more is masked.
     */
    private static QuestionResult.Choices maskClasses(QuestionResult.Numeric n, QuestionResult.Choices c) {
        List<ChoiceRow> rows = c.rows();
        long answered = 0;
        long missing = 0;
        int[] answers = new int[(int) rows.stream().filter(r -> !r.missing()).count()];
        int[] all = new int[rows.size()];
        long[] values = new long[rows.size()];
        boolean[] masked = new boolean[rows.size()];
        boolean[] maskable = new boolean[rows.size()];
        int a = 0;
        for (int k = 0; k < rows.size(); k++) {
            ChoiceRow r = rows.get(k);
            values[k] = r.count();
            // "No answer" is the summary's "missing" (base − count), published: known, whatever the table shows.
            masked[k] = r.masked() && !(r.missing() && n.base() == c.base());
            maskable[k] = !r.missing() || n.base() != c.base();
            all[k] = k;
            if (r.missing()) {
                missing += r.count();
            } else {
                answered += r.count();
                answers[a++] = k;
            }
        }
        if (answered != n.summary().count() || (n.base() == c.base() && missing != n.base() - n.summary().count())) {
            return null;
        }
        List<Equation> equations = List.of(Equation.sum(all), Equation.sum(answers));
        boolean[] before = masked.clone();
        extend(values, masked, maskable, equations);
        if (java.util.Arrays.equals(before, masked)) {
            return null;
        }
        // Only what was newly masked changes the table (a masked "no answer" stays masked).
        List<ChoiceRow> out = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            out.add(masked[k] && !before[k] && !rows.get(k).masked() ? rows.get(k).mask() : rows.get(k));
        }
        return c.withRows(out);
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

    /** A source table and its derived one masked together; null when nothing more is masked or they do not add up. */
    private static List<QuestionResult.Choices> maskPair(QuestionResult.Choices a, QuestionResult.Choices b, Derivation d) {
        List<ChoiceRow> ra = a.rows();
        List<ChoiceRow> rb = b.rows();
        int na = ra.size();
        List<List<Integer>> gathered = new ArrayList<>();
        rb.forEach(r -> gathered.add(new ArrayList<>()));
        for (int i = 0; i < na; i++) {
            ChoiceRow r = ra.get(i);
            int k = -1;
            for (int j = 0; j < rb.size(); j++) {
                if (r.missing() ? rb.get(j).missing() : !rb.get(j).missing() && rb.get(j).label().equals(d.apply(r.label()))) {
                    k = j;
                }
            }
            if (k < 0 && r.count() > 0) {
                return null;
            }
            if (k >= 0) {
                gathered.get(k).add(i);
            }
        }
        long[] values = new long[na + rb.size()];
        boolean[] masked = new boolean[values.length];
        boolean[] maskable = new boolean[values.length];
        java.util.Arrays.fill(maskable, true);
        for (int i = 0; i < na; i++) {
            values[i] = ra.get(i).count();
            masked[i] = ra.get(i).masked();
        }
        List<Equation> equations = new ArrayList<>();
        for (int j = 0; j < rb.size(); j++) {
            values[na + j] = rb.get(j).count();
            masked[na + j] = rb.get(j).masked();
            long sum = 0;
            int[] cells = new int[gathered.get(j).size() + 1];
            int[] signs = new int[cells.length];
            cells[0] = na + j;
            signs[0] = 1;
            for (int k = 0; k < gathered.get(j).size(); k++) {
                sum += values[gathered.get(j).get(k)];
                cells[k + 1] = gathered.get(j).get(k);
                signs[k + 1] = -1;
            }
            if (sum != values[na + j]) {
                return null;
            }
            equations.add(new Equation(cells, signs));
        }
        int[] all = new int[na];
        for (int i = 0; i < na; i++) {
            all[i] = i;
        }
        equations.add(Equation.sum(all));
        int[] derived = new int[rb.size()];
        for (int j = 0; j < rb.size(); j++) {
            derived[j] = na + j;
        }
        equations.add(Equation.sum(derived));
        boolean[] before = masked.clone();
        extend(values, masked, maskable, equations);
        if (java.util.Arrays.equals(before, masked)) {
            return null;
        }
        List<ChoiceRow> oa = new ArrayList<>();
        for (int i = 0; i < na; i++) {
            oa.add(masked[i] && !ra.get(i).masked() ? ra.get(i).mask() : ra.get(i));
        }
        List<ChoiceRow> ob = new ArrayList<>();
        for (int j = 0; j < rb.size(); j++) {
            ob.add(masked[na + j] && !rb.get(j).masked() ? rb.get(j).mask() : rb.get(j));
        }
        return List.of(a.withRows(oa), b.withRows(ob));
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

    public static Map<String, SurveyResult> maskGroups(Map<String, SurveyResult> groups, SurveyResult overall, int threshold) {
        return maskGroups(groups, overall, threshold, List.of());
    }

    /**
     * As {@link #maskGroups(Map, SurveyResult, int)}, each group's derived questions being masked with their sources too
     * ({@link #maskDerived}); the two maskings alternate until neither adds anything.
     */
    public static Map<String, SurveyResult> maskGroups(Map<String, SurveyResult> groups, SurveyResult overall, int threshold,
                                                       List<? extends DerivedColumn> derivations) {
        Map<String, SurveyResult> out = new LinkedHashMap<>();
        if (threshold <= 0) {
            out.putAll(groups);
            return out;
        }
        List<String> names = new ArrayList<>(groups.keySet());
        List<List<QuestionResult>> masked = new ArrayList<>();
        for (String g : names) {
            masked.add(new ArrayList<>(mask(groups.get(g).questions(), threshold)));
        }
        int questions = masked.isEmpty() ? 0 : masked.get(0).size();
        boolean again = true;
        while (again) {
            maskAcross(masked, overall, questions, names.size());
            again = false;
            for (List<QuestionResult> m : masked) {
                again |= maskDerived(m, derivations);
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
    private static void maskAcross(List<List<QuestionResult>> masked, SurveyResult overall, int questions, int groups) {
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
            List<QuestionResult.Choices> done = maskTogether(tables, all);
            for (int g = 0; g < groups; g++) {
                masked.get(g).set(q, done.get(g));
            }
        }
    }

    /** One question's tables over the groups, already masked one by one, masked as the columns of one table. */
    private static List<QuestionResult.Choices> maskTogether(List<QuestionResult.Choices> tables, QuestionResult.Choices overall) {
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
        extend(values, masked, maskable, system);
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
        java.util.Set<Integer> hopeless = new java.util.HashSet<>();
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        // Candidates in the order they are given up: the smallest non-zero figures first, zeros last.
        java.util.Arrays.sort(order, java.util.Comparator.comparing((Integer k) -> values[k] == 0).thenComparingLong(k -> values[k]));
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
                // ...else a step towards it: a figure of the equation through j with the fewest masked ones.
                if (pick < 0) {
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
        boolean[][] m = new boolean[r + 1][c + 1];
        if (threshold <= 0) {
            return m;
        }
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
        // No line holds exactly one masked figure; a masked figure may still follow from several lines together
        // (a "bridge" between two blocks of masked cells): the rank test finds and covers those.
        int w = c + 1;
        int extended = (r + 1) * w;
        int singleRows = rowTable == null ? 0 : rowTable.rows().size();
        int singleColumns = columnTable == null ? 0 : columnTable.rows().size();
        // Figures: the extended table, then the rows of the row question's single table, then the column question's.
        long[] values = new long[extended + singleRows + singleColumns];
        boolean[] masked = new boolean[values.length];
        boolean[] maskable = new boolean[values.length];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                values[i * w + j] = x[i][j];
                masked[i * w + j] = m[i][j];
                maskable[i * w + j] = !(i == r && j == c);
            }
        }
        List<Equation> equations = new ArrayList<>();
        for (int i = 0; i <= r; i++) {
            int[] cells = new int[c + 1];
            int[] signs = new int[c + 1];
            for (int j = 0; j <= c; j++) {
                cells[j] = i * w + j;
                signs[j] = j == c ? -1 : 1;
            }
            equations.add(new Equation(cells, signs));
        }
        for (int j = 0; j <= c; j++) {
            int[] cells = new int[r + 1];
            int[] signs = new int[r + 1];
            for (int i = 0; i <= r; i++) {
                cells[i] = i * w + j;
                signs[i] = i == r ? -1 : 1;
            }
            equations.add(new Equation(cells, signs));
        }
        boolean linked = link(rowTable, rowLabels, extended, values, masked, equations, i -> i * w + c);
        linked |= link(columnTable, columnLabels, extended + singleRows, values, masked, equations, j -> r * w + j);
        // Linked, the base is the single table's number of respondents who answered, which it withholds beside a masked
        // row: the base may then have to be masked too.
        maskable[r * w + c] = linked;
        extend(values, masked, maskable, equations);
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                m[i][j] = masked[i * w + j];
            }
        }
        return m;
    }

    /**
     * Adds a single table's figures from {@code offset} (known, or unknown where it masks them; never maskable here),
     * its sum to the base (single choice), and for each answer both publish, margin − single count = known.
     */
    private static boolean link(QuestionResult.Choices table, List<String> labels, int offset, long[] values, boolean[] masked,
                                List<Equation> equations, java.util.function.IntUnaryOperator margin) {
        if (table == null) {
            return false;
        }
        List<ChoiceRow> rows = table.rows();
        long[] single = new long[labels.size()];
        for (ChoiceRow row : rows) {
            int at = row.missing() ? -1 : labels.indexOf(row.label());
            if (at < 0 && !row.missing() && row.count() > 0) {
                return false;
            }
            if (at >= 0) {
                single[at] = row.count();
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            if (single[k] != values[margin.applyAsInt(k)]) {
                return false;
            }
        }
        int[] all = new int[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            values[offset + k] = rows.get(k).count();
            masked[offset + k] = rows.get(k).masked();
            all[k] = offset + k;
            int at = rows.get(k).missing() ? -1 : labels.indexOf(rows.get(k).label());
            if (at >= 0) {
                equations.add(new Equation(new int[] {margin.applyAsInt(at), offset + k}, new int[] {1, -1}));
            }
        }
        if (table.question().type() != QuestionType.MULTIPLE) {
            equations.add(Equation.sum(all));
        }
        return true;
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
}
