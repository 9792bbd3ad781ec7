package fr.enquete.stats;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.Filter;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The cross-tabulation of two questions (single, scale or multiple choice): counts over the respondents who
 * answered both (and are in both filters), with Pearson's chi-square test of independence, Cramér's V, the
 * smallest expected count, and Fisher's exact test for a 2 x 2 table. With a multiple-choice question a
 * respondent counts once per ticked option, so the tests, which assume one cell per respondent, are not given.
 *
 * @param counts   [row][column] counts (respondents), rows and columns in the questions' choice order (unlisted answers after)
 * @param weighted [row][column] the sum of the weights in each cell (the counts without weights)
 * @param base     the respondents who answered both
 * @param tests    the tests, or null when they do not apply (multiple choice, fewer than 2 non-empty rows or columns)
 * @param weights  how respondents were weighted, or null: then percentages are weighted and the test is Rao and
 *                 Scott's corrected chi-square ({@link RaoScott}), Fisher's exact test not applying
 * @param squares  [row][column] the sum of the squared weights (the counts without weights), for effective sizes
 * @param respondents the survey's respondents (for the population of a row, as {@link Precision} estimates it)
 * @param singles  the single tables of the two questions as published beside it (masked), or null: their counts and
 *                 the table's margins differ only by respondents who answered one question, so secrecy masks them
 *                 together ({@link #masked})
 */
public record CrossTab(Question rows, Question columns, List<String> rowLabels, List<String> columnLabels, long[][] counts,
                       double[][] weighted, long base, Tests tests, fr.enquete.weight.Weights.Method weights, double[][] squares,
                       long respondents, Singles singles, Bases bases) {

    /** The arrays are copied in, and out by their accessors: the table cannot change once made. */
    public CrossTab {
        rowLabels = List.copyOf(rowLabels);
        // Without a multiple choice every respondent is in one cell: the bases are the sums of the cells.
        bases = bases != null ? bases : Bases.sums(counts, weighted, squares);
        columnLabels = List.copyOf(columnLabels);
        counts = copy(counts);
        weighted = copy(weighted);
        squares = copy(squares);
    }

    /** [row][column] counts, a copy ({@link #count(int, int)} reads one cell without copying). */
    @Override
    public long[][] counts() {
        return copy(counts);
    }

    /** [row][column] weights, a copy ({@link #weight(int, int)} reads one cell without copying). */
    @Override
    public double[][] weighted() {
        return copy(weighted);
    }

    /** [row][column] squared weights, a copy. */
    @Override
    public double[][] squares() {
        return copy(squares);
    }

    private static long[][] copy(long[][] a) {
        return a == null ? null : java.util.Arrays.stream(a).map(long[]::clone).toArray(long[][]::new);
    }

    private static double[][] copy(double[][] a) {
        return a == null ? null : java.util.Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    public CrossTab(Question rows, Question columns, List<String> rowLabels, List<String> columnLabels, long[][] counts,
                    double[][] weighted, long base, Tests tests, fr.enquete.weight.Weights.Method weights, double[][] squares,
                    long respondents) {
        this(rows, columns, rowLabels, columnLabels, counts, weighted, base, tests, weights, squares, respondents, null, null);
    }

    public CrossTab(Question rows, Question columns, List<String> rowLabels, List<String> columnLabels, long[][] counts,
                    double[][] weighted, long base, Tests tests, fr.enquete.weight.Weights.Method weights, double[][] squares,
                    long respondents, Singles singles) {
        this(rows, columns, rowLabels, columnLabels, counts, weighted, base, tests, weights, squares, respondents, singles, null);
    }

    /**
     * The respondents of each row and each column (each counted once, whatever they ticked) and of the whole table: the
     * bases of the percentages. With a multiple choice a row's cells add up to more than its respondents.
     *
     * @param rows          [row] respondents of the row who answered both questions
     * @param rowWeights    [row] the sum of their weights
     * @param rowSquares    [row] the sum of their squared weights (for the row's effective size)
     * @param columns       [column] respondents of the column who answered both questions
     * @param columnWeights [column] the sum of their weights
     * @param weight        the sum of the weights of the table's respondents
     */
    public record Bases(long[] rows, double[] rowWeights, double[] rowSquares, long[] columns, double[] columnWeights, double weight) {
        public Bases {
            rows = rows.clone();
            rowWeights = rowWeights.clone();
            rowSquares = rowSquares.clone();
            columns = columns.clone();
            columnWeights = columnWeights.clone();
        }

        @Override
        public long[] rows() {
            return rows.clone();
        }

        @Override
        public double[] rowWeights() {
            return rowWeights.clone();
        }

        @Override
        public double[] rowSquares() {
            return rowSquares.clone();
        }

        @Override
        public long[] columns() {
            return columns.clone();
        }

        @Override
        public double[] columnWeights() {
            return columnWeights.clone();
        }

        /** The bases of a table where every respondent is in one cell: its margins. */
        static Bases sums(long[][] counts, double[][] weighted, double[][] squares) {
            int nr = counts.length;
            int nc = nr == 0 ? 0 : counts[0].length;
            long[] r = new long[nr];
            long[] c = new long[nc];
            CompensatedSum[] rw = new CompensatedSum[nr];
            CompensatedSum[] rs = new CompensatedSum[nr];
            CompensatedSum[] cw = new CompensatedSum[nc];
            CompensatedSum all = new CompensatedSum();
            for (int j = 0; j < nc; j++) {
                cw[j] = new CompensatedSum();
            }
            for (int i = 0; i < nr; i++) {
                rw[i] = new CompensatedSum();
                rs[i] = new CompensatedSum();
                for (int j = 0; j < nc; j++) {
                    r[i] += counts[i][j];
                    c[j] += counts[i][j];
                    rw[i].add(weighted[i][j]);
                    rs[i].add(squares[i][j]);
                    cw[j].add(weighted[i][j]);
                    all.add(weighted[i][j]);
                }
            }
            return new Bases(r, values(rw), values(rs), c, values(cw), all.value());
        }

        private static double[] values(CompensatedSum[] sums) {
            return java.util.Arrays.stream(sums).mapToDouble(CompensatedSum::value).toArray();
        }
    }

    /** Whether the columns' question is a multiple choice: a row's cells then add up to more than its respondents. */
    public boolean multipleColumns() {
        return columns.type() == QuestionType.MULTIPLE;
    }

    /** Whether the rows' question is a multiple choice: a column's cells then add up to more than its respondents. */
    public boolean multipleRows() {
        return rows.type() == QuestionType.MULTIPLE;
    }

    /** The respondents of row {@code row} (each once, whatever they ticked): the base of its row percentages. */
    public long rowBase(int row) {
        return bases.rows[row];
    }

    /** The weight of row {@code row}'s respondents (their count without weights). */
    public double rowBaseWeight(int row) {
        return bases.rowWeights[row];
    }

    /** The respondents of column {@code column} (each once): the base of its column percentages. */
    public long columnBase(int column) {
        return bases.columns[column];
    }

    /** The weight of column {@code column}'s respondents (their count without weights). */
    public double columnBaseWeight(int column) {
        return bases.columnWeights[column];
    }

    /** The weight of the table's respondents ({@link #base()} without weights). */
    public double baseWeight() {
        return bases.weight;
    }

    /**
     * The single tables of the row and column questions, as published (masked) beside the cross-tabulation, and, when the
     * table is published with others, what secrecy at {@code threshold} hides of it, masked with them all
     * ({@link Secrecy#maskGrids}); {@code hidden} null otherwise.
     */
    public record Singles(QuestionResult.Choices rows, QuestionResult.Choices columns, int threshold, boolean[][] hidden) {
        public Singles {
            hidden = hidden == null ? null : Mask.copy(hidden);
        }

        /** What secrecy hides, a copy (null when the table was not masked with others): a caller cannot unmask a cell. */
        @Override
        public boolean[][] hidden() {
            return hidden == null ? null : Mask.copy(hidden);
        }
    }

    /** The same table published beside these single tables (masked as they are published): secrecy then covers both. */
    public CrossTab withSingles(QuestionResult.Choices rowTable, QuestionResult.Choices columnTable) {
        return new CrossTab(rows, columns, rowLabels, columnLabels, counts, weighted, base, tests, weights, squares, respondents,
                new Singles(rowTable, columnTable, 0, null), bases);
    }

    /** This table as secrecy sees it: its counts, labels, questions and the single tables beside it. */
    public Secrecy.Grid grid() {
        // With one multiple choice, the single-choice axis prints its respondents ("Répondants"), which bound the cells.
        long[] respondents = multipleColumns() == multipleRows() ? null : multipleColumns() ? bases.rows : bases.columns;
        return new Secrecy.Grid(counts, rowLabels, columnLabels, rows, columns, singles == null ? null : singles.rows(),
                singles == null ? null : singles.columns(), respondents);
    }

    /**
     * Tables published together (a report's crossings), each masked with all the others, their single tables and the
     * survey's derivations ({@link Secrecy#maskGrids}), {@code published} being the single tables published beside them (or
     * null); the same tables, each knowing what it hides at {@code threshold}.
     */
    public static List<CrossTab> maskedTogether(List<CrossTab> tables, int threshold, List<? extends fr.enquete.model.DerivedColumn> derivations,
                                                SurveyResult published) {
        List<boolean[][]> hidden = Secrecy.maskGrids(tables.stream().map(CrossTab::grid).toList(), threshold, derivations,
                published == null ? null : published.questions());
        List<CrossTab> out = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            CrossTab t = tables.get(k);
            Singles s = new Singles(t.singles == null ? null : t.singles.rows(), t.singles == null ? null : t.singles.columns(), threshold,
                    t.withBases(hidden.get(k), threshold));
            out.add(new CrossTab(t.rows, t.columns, t.rowLabels, t.columnLabels, t.counts, t.weighted, t.base, t.tests, t.weights, t.squares,
                    t.respondents, s, t.bases));
        }
        return out;
    }

    public CrossTab(Question rows, Question columns, List<String> rowLabels, List<String> columnLabels, long[][] counts, long base,
                    Tests tests) {
        this(rows, columns, rowLabels, columnLabels, counts, asDoubles(counts), base, tests, null, asDoubles(counts), base);
    }

    /**
     * The same table with its labels that are no listed choice (answers found in the data, and the choices of a
     * question whose choices were read from the answers that one respondent gave) passed through {@code f}.
     */
    public CrossTab mapTexts(java.util.function.UnaryOperator<String> f) {
        return new CrossTab(rows, columns, mapLabels(rows, rowLabels, f), mapLabels(columns, columnLabels, f), counts,
                weighted, base, tests, weights, squares, respondents, singles, bases);
    }

    private static List<String> mapLabels(Question q, List<String> labels, java.util.function.UnaryOperator<String> f) {
        return labels.stream().map(l -> mayBeRespondentsWords(q, l) ? f.apply(l) : l).toList();
    }

    /** Reads every label {@link #mapTexts} passes through its function, in the same order, copying nothing. */
    public void forEachText(java.util.function.Consumer<String> read) {
        rowLabels.forEach(l -> readLabel(rows, l, read));
        columnLabels.forEach(l -> readLabel(columns, l, read));
    }

    private static void readLabel(Question q, String label, java.util.function.Consumer<String> read) {
        if (mayBeRespondentsWords(q, label)) {
            read.accept(label);
        }
    }

    /** Whether a label may be a respondent's words: no listed choice, or a choice read from the answers that one gave. */
    private static boolean mayBeRespondentsWords(Question q, String label) {
        return !listed(q, label) || q.respondentsWords(label);
    }

    /**
     * Whether a label is the spec's: a listed choice, or a multiple choice's option (its column's label), which lists no
     * choices: "Associations d'aide au logement (ex : DAL, Adil, GRAAL...)" was masked as a respondent's words.
     */
    private static boolean listed(Question q, String label) {
        return q.choices().contains(label) || q.options().stream().anyMatch(o -> o.label().equals(label));
    }

    /** Kish's effective size of a row's respondents (its count without weights). */
    public double rowEffective(int row) {
        double sq = bases.rowSquares[row];
        double w = rowBaseWeight(row);
        return sq == 0 ? 0 : w * w / sq;
    }

    private static double[][] asDoubles(long[][] counts) {
        double[][] out = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            out[i] = java.util.Arrays.stream(counts[i]).asDoubleStream().toArray();
        }
        return out;
    }

    /**
     * @param chiSquare      Pearson's X² (no continuity correction, as R's {@code chisq.test(t, correct = FALSE)}); with
     *                       weights, of the weighted table rescaled to the respondents
     * @param df             its degrees of freedom, over the non-empty rows and columns
     * @param p              its p-value; with weights, the p-value of Rao and Scott's F
     * @param cramersV       sqrt(X² / (n (min(r, c) - 1)))
     * @param minExpected    the smallest expected count
     * @param smallExpected  how many cells expect fewer than 5 answers (then the chi-square test is unreliable)
     * @param fisherP        Fisher's exact two-sided p-value for an unweighted 2 x 2 table (R's {@code fisher.test}), else NaN
     * @param raoScott       with weights, Rao and Scott's F and its degrees of freedom (else null)
     */
    public record Tests(double chiSquare, int df, double p, double cramersV, double minExpected, int smallExpected, double fisherP,
                        RaoScottF raoScott) {
        public Tests(double chiSquare, int df, double p, double cramersV, double minExpected, int smallExpected, double fisherP) {
            this(chiSquare, df, p, cramersV, minExpected, smallExpected, fisherP, null);
        }

        /** Whether the p-value is below {@link CrossTab#P_FLOOR}, where it is printed as "&lt; 1e-300" rather than as a figure. */
        public boolean pBelowFloor() {
            return p < P_FLOOR;
        }
    }

    /**
     * The smallest p-value printed as a figure: below it, the tail probability nears the smallest double and would
     * print 0, which no test gives; "&lt; 1e-300" is printed instead.
     */
    public static final double P_FLOOR = 1e-300;

    /**
     * The upper tail of the chi-square distribution, computed directly as the regularised incomplete gamma
     * Q(df/2, x/2) rather than as 1 − CDF, which is 0 as soon as the tail is below 1e-16 (R's
     * {@code pchisq(x, df, lower.tail = FALSE)}).
     */
    public static double chiSquareTail(double x, double df) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0 ? 1 : org.apache.commons.math3.special.Gamma.regularizedGammaQ(df / 2, x / 2);
    }

    /** The upper tail of Fisher's F distribution, I_{d2/(d2 + d1 f)}(d2/2, d1/2), for the same reason (R's {@code pf(f, d1, d2, lower.tail = FALSE)}). */
    public static double fTail(double f, double d1, double d2) {
        if (Double.isNaN(f) || Double.isNaN(d1) || Double.isNaN(d2)) {
            return Double.NaN;
        }
        return f <= 0 ? 1 : org.apache.commons.math3.special.Beta.regularizedBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
    }

    /** Rao and Scott's second-order corrected statistic (R's svychisq default): F, its degrees of freedom, its p-value. */
    public record RaoScottF(double f, double ndf, double ddf, double p) {
    }

    /**
     * The interval of cell ({@code row}, {@code column})'s row percentage, a share of the row's respondents (each counted
     * once, also when the columns' question is a multiple choice).
     */
    public Interval interval(int row, int column, Precision precision) {
        return precision.wilson(weight(row, column) / rowBaseWeight(row), rowEffective(row), rowBase(row), respondents);
    }

    /** The weighted count of a cell (the count without weights). */
    public double weight(int row, int column) {
        return weighted[row][column];
    }

    public double rowWeight(int row) {
        return CompensatedSum.of(weighted[row]);
    }

    public double columnWeight(int column) {
        CompensatedSum t = new CompensatedSum();
        for (double[] r : weighted) {
            t.add(r[column]);
        }
        return t.value();
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    /**
     * What statistical secrecy hides below {@code threshold}, as [row][column] over the table with its margins:
     * index {@code rowLabels().size()} is the total row, {@code columnLabels().size()} the total column. See
     * {@link Secrecy#maskTable(long[][], int)}.
     */
    public boolean[][] masked(int threshold) {
        if (singles != null && singles.hidden() != null && singles.threshold() == threshold) {
            return singles.hidden();
        }
        return withBases(singles == null ? Secrecy.maskTable(counts, threshold)
                : Secrecy.maskTable(counts, threshold, rowLabels, columnLabels, singles.rows(), singles.columns()), threshold);
    }

    /**
     * The mask {@code hidden} with the bases of a table crossing a multiple choice, which are published in the margins in
     * place of the sums of the cells: a base of 1 to {@code threshold - 1} respondents, or one whose answer the single table
     * beside masks, is hidden; where the bases add up to the table's base (the single-choice axis), a lone hidden base
     * would come back by difference, so the smallest other one is hidden with it.
     */
    boolean[][] withBases(boolean[][] hidden, int threshold) {
        if (threshold <= 0 || (!multipleRows() && !multipleColumns())) {
            return hidden;
        }
        boolean[][] out = Mask.copy(hidden);
        int nr = rowLabels.size();
        int nc = columnLabels.size();
        boolean[] rowHidden = new boolean[nr];
        for (int i = 0; i < nr; i++) {
            rowHidden[i] = out[i][nc] || small(bases.rows[i], threshold)
                    || maskedInSingle(singles == null ? null : singles.rows(), rowLabels.get(i));
        }
        boolean[] columnHidden = new boolean[nc];
        for (int j = 0; j < nc; j++) {
            columnHidden[j] = out[nr][j] || small(bases.columns[j], threshold)
                    || maskedInSingle(singles == null ? null : singles.columns(), columnLabels.get(j));
        }
        if (!multipleRows()) {
            complement(rowHidden, bases.rows, out[nr][nc]);
        }
        if (!multipleColumns()) {
            complement(columnHidden, bases.columns, out[nr][nc]);
        }
        // The base counts those who answered both questions: beside a multiple choice everybody answered (or nearly), it
        // is the single-choice axis's number who answered, which its single table withholds beside a masked row (dpt's
        // "Sans réponse", 4 = 91 − 87 on the fixture). The margins here are no sums, so no rank test sees it: hidden. (The
        // bases above are protected as if it were published: a lone hidden one would be a lone masked row sum.)
        QuestionResult.Choices singleAxis = singles == null ? null
                : !multipleRows() ? singles.rows() : !multipleColumns() ? singles.columns() : null;
        if (singleAxis != null && !Secrecy.answeredShown(singleAxis)) {
            out[nr][nc] = true;
        }
        for (int i = 0; i < nr; i++) {
            out[i][nc] = rowHidden[i];
        }
        for (int j = 0; j < nc; j++) {
            out[nr][j] = columnHidden[j];
        }
        return out;
    }

    private static boolean small(long n, int threshold) {
        return n > 0 && n < threshold;
    }

    private static boolean maskedInSingle(QuestionResult.Choices single, String label) {
        return single != null && single.rows().stream().anyMatch(r -> r.masked() && !r.missing() && r.label().equals(label));
    }

    /**
     * Hides the smallest other non-zero figure of a line adding up to a published total when exactly one is hidden: the
     * secondary masking of a table's lines ({@link Secrecy#protectLine}).
     */
    private static void complement(boolean[] hidden, long[] figures, boolean totalHidden) {
        if (!totalHidden) {
            Secrecy.protectLine(figures, hidden);
        }
    }

    /**
     * What secrecy hides of this table as it is published: the cells {@link #maskedTogether} masked at its threshold, or
     * nothing (threshold 0) for a table published without secrecy. Writers print this view and compute no mask.
     */
    public Mask mask() {
        if (singles != null && singles.hidden() != null) {
            return new Mask(singles.threshold(), singles.hidden());
        }
        return new Mask(0, new boolean[rowLabels.size() + 1][columnLabels.size() + 1]);
    }

    /**
     * The published table's masked cells, immutable.
     *
     * @param threshold the secrecy threshold the table was masked at (0: published without secrecy)
     * @param cells     [row][column] whether the figure is hidden, over the table with its margins: index
     *                  {@code rowLabels().size()} is the total row, {@code columnLabels().size()} the total column
     */
    public record Mask(int threshold, boolean[][] cells) {
        public Mask {
            cells = copy(cells);
        }

        /** [row][column] hidden figures, a copy ({@link #hidden(int, int)} reads one without copying). */
        @Override
        public boolean[][] cells() {
            return copy(cells);
        }

        /** Whether the figure at {@code row}, {@code column} (margins included) is hidden. */
        public boolean hidden(int row, int column) {
            return cells[row][column];
        }

        /** Whether at least one figure is hidden (then the tests, which could give the cells back, are withheld). */
        public boolean any() {
            for (boolean[] line : cells) {
                for (boolean b : line) {
                    if (b) {
                        return true;
                    }
                }
            }
            return false;
        }

        static boolean[][] copy(boolean[][] a) {
            return java.util.Arrays.stream(a).map(boolean[]::clone).toArray(boolean[][]::new);
        }
    }

    /** Whether secrecy below {@code threshold} hides at least one figure of this table. */
    public boolean anyMasked(int threshold) {
        for (boolean[] line : masked(threshold)) {
            for (boolean b : line) {
                if (b) {
                    return true;
                }
            }
        }
        return false;
    }

    public long rowTotal(int row) {
        long t = 0;
        for (long c : counts[row]) {
            t += c;
        }
        return t;
    }

    public long columnTotal(int column) {
        long t = 0;
        for (long[] r : counts) {
            t += r[column];
        }
        return t;
    }

    /** Reads the export once and cross-tabulates {@code rowId} by {@code columnId}, unweighted. */
    public static CrossTab of(TableSource source, Survey survey, String rowId, String columnId) {
        return of(source, survey, rowId, columnId, AnalysisOptions.DEFAULTS);
    }

    /**
     * Reads the export once and cross-tabulates {@code rowId} by {@code columnId} over the respondents {@code stats}
     * counts (unfinished LimeSurvey responses left out unless asked), weighted when the options say so.
     */
    public static CrossTab of(TableSource source, Survey survey, String rowId, String columnId, AnalysisOptions options) {
        return of(source, survey, rowId, columnId, options, SurveyAnalyzer.weights(source, survey, options));
    }

    /** With weights already prepared ({@link SurveyAnalyzer#weights}; null for none): several crossings rake once. */
    public static CrossTab of(TableSource source, Survey survey, String rowId, String columnId, AnalysisOptions options,
                              fr.enquete.weight.Weights weights) {
        return of(source, survey, List.of(new Pair(rowId, columnId)), options, weights).get(0);
    }

    /** Two questions to cross: the rows' and the columns'. */
    public record Pair(String rows, String columns) {
    }

    /**
     * Reads the export once for all the crossings {@code pairs}, in their order, each as
     * {@link #of(TableSource, Survey, String, String, AnalysisOptions, fr.enquete.weight.Weights)} would.
     */
    public static List<CrossTab> of(TableSource source, Survey survey, List<Pair> pairs, AnalysisOptions options,
                                    fr.enquete.weight.Weights weights) {
        List<Tally> tallies = new ArrayList<>();
        for (Pair p : pairs) {
            tallies.add(new Tally(find(survey, p.rows(), source), find(survey, p.columns(), source), survey, options, weights));
        }
        fr.enquete.importer.DerivedSource.of(source, survey.derivations()).read(new TableHandler() {
            @Override
            public void header(Header header) {
                tallies.forEach(t -> t.header(header));
            }

            @Override
            public void row(Row row) {
                tallies.forEach(t -> t.row(row));
            }
        });
        return tallies.stream().map(Tally::table).toList();
    }

    /** One crossing's counts as the export streams. */
    private static final class Tally implements TableHandler {
        private final Question r;
        private final Question c;
        private final Survey survey;
        private final AnalysisOptions options;
        private final fr.enquete.weight.Weights weights;
        private final Axis ra;
        private final Axis ca;
        private long base;
        private long respondents;
        private final Grid counts = new Grid();
        private final Grid weighted = new Grid();
        private final Grid squares = new Grid();
        /** [row] respondents, weight, squared weight in columns 0, 1, 2: each respondent once, whatever they ticked. */
        private final Grid rowBases = new Grid();
        private final Grid columnBases = new Grid();
        private final CompensatedSum baseWeight = new CompensatedSum();
        private Filter.RowPredicate rf;
        private Filter.RowPredicate cf;
        private java.util.function.Predicate<Row> counted;
        private fr.enquete.weight.Weights.Bound weightOf;

        Tally(Question r, Question c, Survey survey, AnalysisOptions options, fr.enquete.weight.Weights weights) {
            this.r = r;
            this.c = c;
            this.survey = survey;
            this.options = options;
            this.weights = weights;
            this.ra = new Axis(r);
            this.ca = new Axis(c);
        }

        @Override
        public void header(Header header) {
            SurveyAnalyzer.checkColumns(new Survey(survey.title(), List.of(r, c)), header);
            ra.bind(header);
            ca.bind(header);
            rf = r.filter().bind(header);
            cf = c.filter().bind(header);
            counted = SurveyAnalyzer.respondents(header, options);
            weightOf = weights == null ? row -> 1 : weights.bind(header);
        }

        @Override
        public void row(Row row) {
            if (!counted.test(row)) {
                return;
            }
            respondents++;
            if (!rf.test(row) || !cf.test(row)) {
                return;
            }
            List<Integer> rs = ra.categories(row);
            List<Integer> cs = ca.categories(row);
            if (rs.isEmpty() || cs.isEmpty()) {
                return;
            }
            base++;
            double w = weightOf.of(row);
            baseWeight.add(w);
            for (int i : rs) {
                rowBases.add(i, 0, 1);
                rowBases.add(i, 1, w);
                rowBases.add(i, 2, w * w);
            }
            for (int j : cs) {
                columnBases.add(j, 0, 1);
                columnBases.add(j, 1, w);
            }
            for (int i : rs) {
                for (int j : cs) {
                    counts.add(i, j, 1);
                    weighted.add(i, j, w);
                    squares.add(i, j, w * w);
                }
            }
        }

        CrossTab table() {
            int nr = ra.labels.size();
            int nc = ca.labels.size();
            long[][] n = new long[nr][nc];
            double[][] wt = new double[nr][nc];
            double[][] sq = new double[nr][nc];
            for (int i = 0; i < nr; i++) {
                for (int j = 0; j < nc; j++) {
                    n[i][j] = (long) counts.get(i, j);
                    wt[i][j] = weighted.get(i, j);
                    sq[i][j] = squares.get(i, j);
                }
            }
            boolean single = r.type() != QuestionType.MULTIPLE && c.type() != QuestionType.MULTIPLE;
            Tests tests = !single ? null : weights == null ? tests(n) : weightedTests(n, wt, sq, base);
            long[] rn = new long[nr];
            double[] rw = new double[nr];
            double[] rs = new double[nr];
            for (int i = 0; i < nr; i++) {
                rn[i] = (long) rowBases.get(i, 0);
                rw[i] = rowBases.get(i, 1);
                rs[i] = rowBases.get(i, 2);
            }
            long[] cn = new long[nc];
            double[] cw = new double[nc];
            for (int j = 0; j < nc; j++) {
                cn[j] = (long) columnBases.get(j, 0);
                cw[j] = columnBases.get(j, 1);
            }
            return new CrossTab(r, c, List.copyOf(ra.labels), List.copyOf(ca.labels), n, wt, base, tests,
                    weights == null ? null : weights.method(), sq, respondents, null, new Bases(rn, rw, rs, cn, cw, baseWeight.value()));
        }
    }

    /**
     * The same two waves of a panel aligned for paired tests: the rows' choices, then the columns' not among them
     * (matched up to case, spacing and a final full stop), in the same order on both axes, so that the diagonal holds
     * the respondents whose answer did not change, whatever order each wave's choices were listed or met in.
     * Multiple-choice questions cannot be paired.
     */
    public CrossTab paired() {
        if (rows.type() == QuestionType.MULTIPLE || columns.type() == QuestionType.MULTIPLE) {
            throw new InputException(rows.origin() != null ? rows.origin() : SourceLocation.file(rows.id()),
                    Message.of("stats.paired.multiple", rows.type() == QuestionType.MULTIPLE ? rows.id() : columns.id()));
        }
        List<String> labels = new ArrayList<>(rowLabels);
        List<String> keys = new ArrayList<>(rowLabels.stream().map(ChoiceAggregator::looseKey).toList());
        int[] columnAt = new int[columnLabels.size()];
        for (int j = 0; j < columnLabels.size(); j++) {
            String key = ChoiceAggregator.looseKey(columnLabels.get(j));
            int at = keys.indexOf(key);
            if (at < 0) {
                labels.add(columnLabels.get(j));
                keys.add(key);
                at = labels.size() - 1;
            }
            columnAt[j] = at;
        }
        int k = labels.size();
        long[][] n = new long[k][k];
        double[][] w = new double[k][k];
        double[][] sq = new double[k][k];
        for (int i = 0; i < rowLabels.size(); i++) {
            for (int j = 0; j < columnLabels.size(); j++) {
                n[i][columnAt[j]] += counts[i][j];
                w[i][columnAt[j]] += weighted[i][j];
                sq[i][columnAt[j]] += squares[i][j];
            }
        }
        Tests t = tests == null ? null : weights == null ? tests(n) : weightedTests(n, w, sq, base);
        return new CrossTab(rows, columns, List.copyOf(labels), List.copyOf(labels), n, w, base, t, weights, sq, respondents, singles);
    }

    /** A table growing as categories are met. */
    private static final class Grid {
        private final List<List<CompensatedSum>> lines = new ArrayList<>();

        void add(int i, int j, double x) {
            while (lines.size() <= i) {
                lines.add(new ArrayList<>());
            }
            List<CompensatedSum> line = lines.get(i);
            while (line.size() <= j) {
                line.add(new CompensatedSum());
            }
            line.get(j).add(x);
        }

        double get(int i, int j) {
            return i < lines.size() && j < lines.get(i).size() ? lines.get(i).get(j).value() : 0;
        }
    }

    /** With weights: Rao and Scott's test over the non-empty rows and columns, the rest from the rescaled weighted table. */
    static Tests weightedTests(long[][] counts, double[][] weighted, double[][] squares, long n) {
        List<Integer> rows = nonEmpty(counts, true);
        List<Integer> cols = nonEmpty(counts, false);
        if (rows.size() < 2 || cols.size() < 2) {
            return null;
        }
        double[][] w = new double[rows.size()][cols.size()];
        double[][] w2 = new double[rows.size()][cols.size()];
        double total = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                w[i][j] = weighted[rows.get(i)][cols.get(j)];
                w2[i][j] = squares[rows.get(i)][cols.get(j)];
                total += w[i][j];
            }
        }
        RaoScott rs = RaoScott.of(w, w2, n);
        double v = Math.sqrt(rs.chiSquare() / (n * (Math.min(rows.size(), cols.size()) - 1)));
        double scale = n / total;
        double[][] rescaled = new double[w.length][w[0].length];
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[0].length; j++) {
                rescaled[i][j] = w[i][j] * scale;
            }
        }
        Expected e = expected(rescaled);
        return new Tests(rs.chiSquare(), (rows.size() - 1) * (cols.size() - 1), rs.p(), v, e.min(), e.small(), Double.NaN,
                new RaoScottF(rs.f(), rs.ndf(), rs.ddf(), rs.p()));
    }

    /** The rows (or columns) with at least one respondent. */
    private static List<Integer> nonEmpty(long[][] all, boolean rows) {
        List<Integer> out = new ArrayList<>();
        int length = rows ? all.length : all.length == 0 ? 0 : all[0].length;
        for (int k = 0; k < length; k++) {
            long t = 0;
            for (int m = 0; m < (rows ? (all.length == 0 ? 0 : all[0].length) : all.length); m++) {
                t += rows ? all[k][m] : all[m][k];
            }
            if (t > 0) {
                out.add(k);
            }
        }
        return out;
    }

    private static Question find(Survey survey, String id, TableSource source) {
        Question q = survey.question(id).orElseThrow(() -> new fr.enquete.model.ReferenceException(SourceLocation.file(source.file().toString()),
                fr.enquete.model.Message.of("stats.question.unknown", id,
                        Names.hint(id, survey.questions().stream().map(Question::id).toList()))));
        if (!q.type().hasChoices()) {
            throw new fr.enquete.model.ReferenceException(q.origin() != null ? q.origin() : SourceLocation.file(source.file().toString()),
                    fr.enquete.model.Message.of("spec.crosstab.type", id, q.type().code()));
        }
        return q;
    }

    /** The tests over the non-empty rows and columns; null when fewer than 2 of either remain. */
    static Tests tests(long[][] all) {
        List<Integer> rows = nonEmpty(all, true);
        List<Integer> cols = nonEmpty(all, false);
        if (rows.size() < 2 || cols.size() < 2) {
            return null;
        }
        long[][] m = new long[rows.size()][cols.size()];
        long n = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                m[i][j] = all[rows.get(i)][cols.get(j)];
                n += m[i][j];
            }
        }
        ChiSquareTest test = new ChiSquareTest();
        double chi = test.chiSquare(m);
        double p = chiSquareTail(chi, (rows.size() - 1) * (cols.size() - 1));
        double v = Math.sqrt(chi / (n * (Math.min(rows.size(), cols.size()) - 1)));
        double[][] counts = new double[m.length][m[0].length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                counts[i][j] = m[i][j];
            }
        }
        Expected e = expected(counts);
        double fisher = m.length == 2 && m[0].length == 2 ? fisher(m) : Double.NaN;
        return new Tests(chi, (rows.size() - 1) * (cols.size() - 1), p, v, e.min(), e.small(), fisher);
    }

    /** The smallest expected count and how many cells expect fewer than 5. */
    private record Expected(double min, int small) {
    }

    /** Expected counts under independence, row total x column total / total, from margins computed once. */
    private static Expected expected(double[][] m) {
        double[] rows = new double[m.length];
        double[] cols = new double[m[0].length];
        double n = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                rows[i] += m[i][j];
                cols[j] += m[i][j];
                n += m[i][j];
            }
        }
        double min = Double.MAX_VALUE;
        int small = 0;
        for (double r : rows) {
            for (double c : cols) {
                double e = r * c / n;
                min = Math.min(min, e);
                small += e < 5 ? 1 : 0;
            }
        }
        return new Expected(min, small);
    }

    /**
     * Fisher's exact test, two-sided as R computes it: the sum of the hypergeometric probabilities of every
     * table with the same margins that is no more likely than the one observed (with R's relative tolerance).
     */
    static double fisher(long[][] m) {
        int a = (int) m[0][0];
        int row1 = (int) (m[0][0] + m[0][1]);
        int col1 = (int) (m[0][0] + m[1][0]);
        int n = (int) (row1 + m[1][0] + m[1][1]);
        HypergeometricDistribution h = new HypergeometricDistribution(null, n, row1, col1);
        double observed = h.probability(a);
        double p = 0;
        for (int x = Math.max(0, col1 + row1 - n); x <= Math.min(row1, col1); x++) {
            double px = h.probability(x);
            if (px <= observed * (1 + 1e-7)) {
                p += px;
            }
        }
        return Math.min(1, p);
    }

    /** One axis: its categories in choice order, answers outside the list added as met. */
    private static final class Axis {
        private final Question q;
        /** The listed "Autre" a joined cell's answers outside the list count under (null for none), found once. */
        private final String listedOther;
        private final List<String> labels = new ArrayList<>();
        private int column = -1;
        private int[] optionColumns;

        Axis(Question q) {
            this.q = q;
            this.listedOther = q.listedOtherChoice();
            if (q.type() == QuestionType.MULTIPLE && !q.joined()) {
                q.options().forEach(o -> labels.add(o.label()));
            } else {
                labels.addAll(q.choices());
            }
        }

        void bind(Header header) {
            if (q.type() == QuestionType.MULTIPLE && !q.joined()) {
                optionColumns = q.options().stream().map(OptionColumn::column).mapToInt(col -> header.indexOf(col).getAsInt()).toArray();
            } else {
                column = header.indexOf(q.column()).getAsInt();
            }
        }

        List<Integer> categories(Row row) {
            List<Integer> out = new ArrayList<>();
            if (optionColumns != null) {
                for (int i = 0; i < optionColumns.length; i++) {
                    if (CellValues.isTick(row.get(optionColumns[i]))) {
                        out.add(i);
                    }
                }
                return out;
            }
            String cell = row.get(column);
            if (cell.isBlank()) {
                return out;
            }
            if (q.joined()) {
                // Answers outside the list count under the listed "Autre", as in the question's own table.
                fr.enquete.model.JoinedChoices.split(q.decodeJoined(cell), q.separator(), q.choices()).counted(listedOther)
                        .forEach(k -> out.add(labels.indexOf(k)));
                return out;
            }
            String v = ChoiceAggregator.match(q, q.decode(cell));
            int i = labels.indexOf(v);
            if (i < 0) {
                labels.add(v);
                i = labels.size() - 1;
            }
            out.add(i);
            return out;
        }
    }
}
