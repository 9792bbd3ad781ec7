package fr.enquete.spec;

import fr.enquete.model.Filter;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.PoissonDistribution;

/**
 * Who was asked each question, read from who answered it. A survey's routing ("If yes, ...", SurveyMonkey's skip
 * logic, LimeSurvey's conditions, KoboToolbox's relevance) leaves a follow-up blank for everyone who gave another
 * answer to an earlier question; without its filter the follow-up's percentages are over people never asked it.
 *
 * <p>A question gets the filter {@code C = v1 or C = v2 ...} when, among the respondents who answered an earlier
 * single-choice question (or ticked or left an option of a multiple choice) C, its answers come from those who chose
 * v1, v2... and (almost) none from those who chose anything else, while answers spread at random would have put
 * many there: the count seen outside is at most 5 % of the answers, at most 1 % of any excluded answer's
 * respondents, and its probability under a Poisson law of the expected count is below 10<sup>-5</sup>, so that
 * chance alone (tested against every earlier column) does not make a filter. Among several such columns, the one
 * whose chosen respondents answered most often wins (the follow-up's own condition, not that of its block), then
 * the nearest. Respondents who left C blank tell nothing (not asked C, or gone) and are not counted either way.
 *
 * <p>The first {@link #MAX_ROWS} non-blank rows (fewer in a very wide export: {@link #MAX_CELLS} cells in all)
 * are enough for such evidence and keep the memory bounded (one byte per cell); the {@link #MAX_CONDITIONS}
 * nearest earlier columns are tried, as a routing question stands near its follow-ups.
 */
final class FilterInference {

    static final int MAX_ROWS = 20_000;
    static final int MAX_CELLS = 4_000_000;
    static final int MAX_CONDITIONS = 200;
    /** A column with more distinct answers is not a condition (its cells are only known blank or not). */
    private static final int MAX_VALUES = 30;
    private static final byte UNTRACKED = Byte.MAX_VALUE;
    private static final double MAX_P = 1e-5;
    private static final double MAX_STRAY_SHARE = 0.05;
    private static final double MAX_EXCLUDED_RATE = 0.01;
    private static final int MIN_ANSWERS = 5;
    private static final int MIN_NAMED_ANSWERS = 3;
    private static final double NAMED_EXPECTED = 3;

    /** What was inferred for a question: its filter, and why, for {@code inspect} and the spec's comment. */
    record Found(Filter filter, fr.enquete.model.Message reason) {
    }

    /** The first rows' cells, one byte each: 0 blank, i + 1 the column's i-th distinct answer, or untracked. */
    static final class Cells {
        private final int columns;
        private final List<Map<String, Byte>> values = new ArrayList<>();
        private final List<List<String>> names = new ArrayList<>();
        private final boolean[] tracked;
        private final int maxRows;
        private byte[][] cells;
        private int rows;

        Cells(int columns) {
            this.columns = columns;
            this.maxRows = Math.max(1_000, Math.min(MAX_ROWS, MAX_CELLS / Math.max(1, columns)));
            this.tracked = new boolean[columns];
            Arrays.fill(tracked, true);
            this.cells = new byte[columns][64];
            for (int c = 0; c < columns; c++) {
                values.add(new HashMap<>());
                names.add(new ArrayList<>());
            }
        }

        void add(Row row) {
            if (rows == maxRows || row.isBlank()) {
                return;
            }
            if (rows == cells[0].length) {
                for (int c = 0; c < columns; c++) {
                    cells[c] = Arrays.copyOf(cells[c], Math.min(maxRows, rows * 2));
                }
            }
            for (int c = 0; c < columns; c++) {
                cells[c][rows] = code(c, row.get(c));
            }
            rows++;
        }

        private byte code(int column, String v) {
            if (v.isEmpty()) {
                return 0;
            }
            if (!tracked[column]) {
                return UNTRACKED;
            }
            Byte known = values.get(column).get(v);
            if (known != null) {
                return known;
            }
            if (names.get(column).size() == MAX_VALUES) {
                tracked[column] = false;
                values.set(column, Map.of());
                return UNTRACKED;
            }
            names.get(column).add(v);
            byte code = (byte) names.get(column).size();
            values.get(column).put(v, code);
            return code;
        }
    }

    private FilterInference() {
    }

    /** The filters the answers show, by question id, for questions the inference made (no filter yet). */
    static Map<String, Found> infer(List<Question> questions, List<String> header, Cells cells) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        Map<String, Found> out = new LinkedHashMap<>();
        List<Condition> earlier = new ArrayList<>();
        for (Question q : questions) {
            int[] own = columns(q, index);
            if (own.length > 0 && q.type() != QuestionType.ID && q.type() != QuestionType.DATE) {
                boolean[] answered = answered(own, cells);
                best(earlier, answered, own, q.column(), cells).ifPresent(found -> out.put(q.id(), found));
            }
            conditions(q, index, cells).forEach(earlier::add);
        }
        return out;
    }

    /** An earlier column that may route: its index, and whether a blank is an answer (an option left unticked). */
    private record Condition(String column, int index, boolean blankIsValue) {
    }

    private static int[] columns(Question q, Map<String, Integer> index) {
        List<String> names = q.type() == QuestionType.MULTIPLE && !q.options().isEmpty()
                ? q.options().stream().map(OptionColumn::column).toList() : List.of(q.column());
        return names.stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }

    private static List<Condition> conditions(Question q, Map<String, Integer> index, Cells cells) {
        List<Condition> out = new ArrayList<>();
        if ((q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCALE) && index.containsKey(q.column())) {
            int c = index.get(q.column());
            if (cells.tracked[c]) {
                out.add(new Condition(q.column(), c, false));
            }
        } else if (q.type() == QuestionType.MULTIPLE && q.separator() == null) {
            for (OptionColumn o : q.options()) {
                Integer c = index.get(o.column());
                if (c != null && cells.tracked[c]) {
                    // A tick or nothing (LimeSurvey's Y): blank is "not ticked"; 0/1 columns (KoboToolbox): blank is not asked.
                    out.add(new Condition(o.column(), c, cells.names.get(c).size() == 1));
                }
            }
        }
        out.removeIf(cond -> cond.column().indexOf('`') >= 0);
        return out;
    }

    private static boolean[] answered(int[] own, Cells cells) {
        boolean[] out = new boolean[cells.rows];
        for (int c : own) {
            byte[] column = cells.cells[c];
            for (int r = 0; r < cells.rows; r++) {
                out[r] |= column[r] != 0;
            }
        }
        return out;
    }

    /**
     * Whether the question's column is named after the condition's: "Q [Other (please specify)]" after the single
     * choice "Q", "Q [Other (please specify)] (2)" after its option column, KoboToolbox's "q_other" after "q". Such a
     * "please specify" text has few answers, too few for the test against chance, yet its name says where it belongs.
     * A condition that is itself a copy, "Q [Other (please specify)] (2)" (an export repeating the heading three
     * times: empty, ticks, texts), names "Q [Other (please specify)] (3)" by the heading they share.
     */
    private static boolean named(Condition cond, String ownName) {
        String shared = cond.column().replaceFirst(" \\(\\d+\\)$", "");
        return !ownName.equals(cond.column()) && ownName.length() > shared.length() && ownName.startsWith(shared);
    }

    private static java.util.Optional<Found> best(List<Condition> earlier, boolean[] answered, int[] own, String ownName, Cells cells) {
        long total = 0;
        for (boolean a : answered) {
            total += a ? 1 : 0;
        }
        if (total < MIN_NAMED_ANSWERS || cells.rows - total < MIN_ANSWERS) {
            return java.util.Optional.empty();
        }
        Candidate best = null;
        for (Condition cond : earlier.subList(Math.max(0, earlier.size() - MAX_CONDITIONS), earlier.size())) {
            if (Arrays.stream(own).anyMatch(c -> c == cond.index())) {
                continue;
            }
            Candidate c = evaluate(cond, answered, total, cells, named(cond, ownName));
            if (c != null && (best == null || c.rate() > best.rate() || c.rate() == best.rate() && c.expected() >= best.expected())) {
                best = c;
            }
        }
        long answers = total;
        return java.util.Optional.ofNullable(best).map(c -> c.found(answers));
    }

    private record Candidate(Filter filter, long inside, long stray, double expected, double rate) {
        Found found(long total) {
            return new Found(filter, fr.enquete.model.Message.of("inference.filter", inside, total, Math.round(expected),
                    stray == 0 ? fr.enquete.model.Message.plain("") : fr.enquete.model.Message.of("inference.filter.stray", stray)));
        }
    }

    private static Candidate evaluate(Condition cond, boolean[] answered, long total, Cells cells, boolean named) {
        int k = cells.names.get(cond.index()).size();
        long[] n = new long[k + 1];
        long[] a = new long[k + 1];
        byte[] column = cells.cells[cond.index()];
        for (int r = 0; r < cells.rows; r++) {
            n[column[r]]++;
            if (answered[r]) {
                a[column[r]]++;
            }
        }
        int first = cond.blankIsValue() ? 0 : 1;
        long eligible = 0;
        long eligibleAnswers = 0;
        long inN = 0;
        long inA = 0;
        int groups = 0;
        List<Integer> chosen = new ArrayList<>();
        for (int v = first; v <= k; v++) {
            if (n[v] == 0) {
                continue;
            }
            groups++;
            eligible += n[v];
            eligibleAnswers += a[v];
            if (a[v] > MAX_EXCLUDED_RATE * n[v]) {
                chosen.add(v);
                inN += n[v];
                inA += a[v];
            }
        }
        if (chosen.isEmpty() || chosen.size() == groups) {
            return null;
        }
        long stray = total - inA;
        double expected = (double) eligibleAnswers * (eligible - inN) / eligible;
        // A question named after the condition, all of whose answers come from one of its answers ("Other"), needs
        // chance under 5 % (e^-3); any other, the full test.
        boolean shown = named && stray == 0 && chosen.size() == 1 && expected >= NAMED_EXPECTED
                || total >= MIN_ANSWERS
                && stray <= MAX_STRAY_SHARE * total && expected > 0 && new PoissonDistribution(null, expected,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).cumulativeProbability((int) stray) <= MAX_P;
        if (!shown) {
            return null;
        }
        List<Filter> parts = chosen.stream()
                .<Filter>map(v -> new Filter.Comparison(cond.column(), true, v == 0 ? "" : cells.names.get(cond.index()).get(v - 1)))
                .toList();
        Filter filter = parts.size() == 1 ? parts.get(0) : new Filter.Or(parts);
        return new Candidate(filter, inA, stray, expected, (double) inA / inN);
    }
}
