package fr.enquete.weight;

import fr.enquete.importer.DerivedSource;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.ChoiceMatch;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The weights of a run, ready to give each respondent's row its weight: read from a column, or computed by
 * raking ({@link Raking}) in a first pass over the export, which also checks that every answer to a raking
 * question has a population and every population has respondents.
 */
public final class Weights {

    /** Sweeps allowed before raking is declared impossible. */
    static final int MAX_ITERATIONS = 100;

    /** The largest gap accepted between a weighted share and its population share. */
    static final double TOLERANCE = 1e-13;

    /** Margins adding up to populations further apart than this (relative) are refused. */
    static final double TOTALS = 0.01;

    /** A respondent's weight, from their row. */
    @FunctionalInterface
    public interface Bound {
        double of(Row row);
    }

    /**
     * How the weights were made, for the outputs.
     *
     * @param method     "column" or "raking"
     * @param column     the weight column (null for raking)
     * @param questions  the raking questions (empty for a column)
     * @param iterations the raking sweeps (0 for a column)
     */
    public record Method(String method, String column, List<String> questions, int iterations, Calibration.Distance distance,
                         double lower, double upper) {
        public Method {
            questions = List.copyOf(questions);
        }

        public Method(String method, String column, List<String> questions, int iterations) {
            this(method, column, questions, iterations, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
    }

    /** Newton steps allowed to calibration. */
    static final int MAX_CALIBRATION_STEPS = 100;

    /** The largest accepted |misfit| / (1 + |total|) of a calibration total. */
    static final double CALIBRATION_EPSILON = 1e-13;

    private final Method method;
    private final Function<Header, Bound> binder;

    private Weights(Method method, Function<Header, Bound> binder) {
        this.method = method;
        this.binder = binder;
    }

    public Method method() {
        return method;
    }

    /** The weight of each row of a source with this header (the export with the survey's derived columns). */
    public Bound bind(Header header) {
        return binder.apply(header);
    }

    /**
     * @param respondents which rows are respondents (unfinished LimeSurvey responses are not), from the header
     */
    public static Weights prepare(TableSource source, Survey survey, WeightSpec spec, Function<Header, Predicate<Row>> respondents) {
        if (spec instanceof WeightSpec.Column c) {
            // Checked now, not when the rows are read: the caller locates the mistake where the name was written.
            columnIndex(source.header(), c.column());
            return column(source.file().toString(), c.column());
        }
        if (spec instanceof WeightSpec.Calibrate c) {
            return calibrate(source, survey, c, respondents);
        }
        return rake(source, survey, (WeightSpec.Rake) spec, respondents);
    }

    private static Weights column(String file, String column) {
        return new Weights(new Method("column", column, List.of(), 0), header -> {
            int i = columnIndex(header, column);
            return row -> {
                String cell = row.get(i);
                double w = CellValues.parseNumber(cell);
                if (cell.isEmpty() || Double.isNaN(w) || Double.isInfinite(w) || w < 0) {
                    throw new InputException(SourceLocation.cell(file, row.number(), column), cell.isEmpty()
                            ? Message.of("weights.missing") : Message.of("weights.expected", cell));
                }
                return w;
            };
        });
    }

    private static int columnIndex(Header header, String column) {
        return header.indexOf(column).orElseThrow(() -> new fr.enquete.model.ReferenceException(SourceLocation.file(header.source()),
                Message.of("weights.column.unknown", column, header.source(), Names.hint(column, header.names()))));
    }

    /** One raking variable: its question, its categories (the margins' order) and their populations. */
    private record Variable(Question question, List<String> categories, Map<String, Integer> index, double[] populations,
                            WeightSpec.Margin margin) {
        /** The category index of an answer (-1: no answer); an answer without a population is an error. */
        int of(Row row, int column, String file) {
            String cell = row.get(column);
            if (cell.isEmpty()) {
                return -1;
            }
            String answer = ChoiceMatch.match(question.choices(), question.decode(cell));
            Integer i = index.get(ChoiceMatch.looseKey(answer));
            if (i == null) {
                throw new InputException(SourceLocation.cell(file, row.number(), question.column()), Message.of("weights.answer.unknown",
                        answer, question.id(), margin.source(), new Message.Listed(categories, false)));
            }
            return i;
        }
    }

    private static Weights rake(TableSource source, Survey survey, WeightSpec.Rake spec, Function<Header, Predicate<Row>> respondents) {
        List<Variable> vars = new ArrayList<>();
        for (WeightSpec.Margin m : spec.margins()) {
            vars.add(variable(survey, m));
        }
        checkTotals(vars);
        long[] radix = new long[vars.size()];
        long product = 1;
        for (int v = 0; v < vars.size(); v++) {
            radix[v] = product;
            product = Math.multiplyExact(product, vars.get(v).categories().size() + 1L);
        }
        String file = source.file().toString();
        Map<Long, long[]> cells = new LinkedHashMap<>();
        TableSource derived = DerivedSource.of(source, survey.derivations());
        derived.read(new TableHandler() {
            private int[] columns;
            private Predicate<Row> counted;

            @Override
            public void header(Header header) {
                columns = columns(vars, header);
                counted = respondents.apply(header);
            }

            @Override
            public void row(Row row) {
                if (counted.test(row)) {
                    cells.computeIfAbsent(key(vars, columns, radix, row, file), k -> new long[1])[0]++;
                }
            }
        });
        int[][] combos = new int[cells.size()][vars.size()];
        long[] counts = new long[cells.size()];
        int k = 0;
        for (Map.Entry<Long, long[]> e : cells.entrySet()) {
            for (int v = 0; v < vars.size(); v++) {
                combos[k][v] = (int) (e.getKey() / radix[v] % (vars.get(v).categories().size() + 1)) - 1;
            }
            counts[k++] = e.getValue()[0];
        }
        checkReachable(vars, combos, counts);
        double[][] targets = vars.stream().map(Variable::populations).toArray(double[][]::new);
        Raking.Result r = Raking.rake(combos, counts, targets, MAX_ITERATIONS, TOLERANCE);
        if (!r.converged()) {
            throw new InputException(vars.get(0).margin().source(), Message.of("weights.rake.diverged", MAX_ITERATIONS));
        }
        Map<Long, Double> weightOf = new HashMap<>();
        k = 0;
        for (Long key : cells.keySet()) {
            weightOf.put(key, r.weights()[k++]);
        }
        Method method = new Method("raking", null, vars.stream().map(v -> v.question().id()).toList(), r.iterations());
        return new Weights(method, header -> {
            int[] columns = columns(vars, header);
            return row -> {
                Double w = weightOf.get(key(vars, columns, radix, row, file));
                if (w == null) {
                    // A row the first pass did not count as a respondent: it weighs nothing.
                    return 0;
                }
                return w;
            };
        });
    }

    /** A numeric calibration variable: its question and population total. */
    private record Numeric(Question question, WeightSpec.Total total) {
        double of(Row row, int column, String file) {
            String cell = row.get(column);
            double v = CellValues.parseNumber(cell);
            if (cell.isBlank() || !Double.isFinite(v)) {
                throw new InputException(SourceLocation.cell(file, row.number(), question.column()), cell.isBlank()
                        ? Message.of("weights.total.blank", question.id()) : Message.of("weights.total.nan", question.id(), cell));
            }
            return v;
        }
    }

    /**
     * Calibration: a first pass groups the respondents by their profile (categories and numeric answers), then
     * {@link Calibration} finds each profile's weight.
     */
    private static Weights calibrate(TableSource source, Survey survey, WeightSpec.Calibrate spec, Function<Header, Predicate<Row>> respondents) {
        if (spec.margins().isEmpty()) {
            throw new InputException(spec.totals().isEmpty() ? SourceLocation.file(source.file().toString()) : spec.totals().get(0).source(),
                    Message.of("weights.calibrate.nomargins"));
        }
        List<Variable> vars = new ArrayList<>();
        for (WeightSpec.Margin m : spec.margins()) {
            vars.add(variable(survey, m));
        }
        checkTotals(vars);
        List<Numeric> numerics = new ArrayList<>();
        for (WeightSpec.Total t : spec.totals()) {
            Question q = survey.question(t.question()).orElseThrow(() -> new InputException(t.source(), Message.of("weights.calibrate.noquestion",
                    t.question(), Names.hint(t.question(), survey.questions().stream().map(Question::id).toList()))));
            if (q.type() != QuestionType.NUMERIC) {
                throw new InputException(t.source(), Message.of(q.type().hasChoices() ? "weights.total.choices" : "weights.total.type",
                        q.id(), q.type().code()));
            }
            numerics.add(new Numeric(q, t));
        }
        String file = source.file().toString();
        Map<List<Double>, long[]> profiles = new LinkedHashMap<>();
        DerivedSource.of(source, survey.derivations()).read(new TableHandler() {
            private int[] columns;
            private int[] numericColumns;
            private Predicate<Row> counted;

            @Override
            public void header(Header header) {
                columns = columns(vars, header);
                numericColumns = numericColumns(numerics, header);
                counted = respondents.apply(header);
            }

            @Override
            public void row(Row row) {
                if (counted.test(row)) {
                    profiles.computeIfAbsent(profile(vars, columns, numerics, numericColumns, row, file), k -> new long[1])[0]++;
                }
            }
        });
        int p = 1 + vars.stream().mapToInt(v -> v.categories().size() - 1).sum() + numerics.size();
        double[][] x = new double[profiles.size()][p];
        long[] counts = new long[profiles.size()];
        int[][] combos = new int[profiles.size()][vars.size()];
        long n = 0;
        int k = 0;
        for (Map.Entry<List<Double>, long[]> e : profiles.entrySet()) {
            // R's model.matrix(~ a + b + z): the intercept, a dummy for each category but the first, the numbers.
            x[k][0] = 1;
            int j = 1;
            for (int v = 0; v < vars.size(); v++) {
                int c = e.getKey().get(v).intValue();
                combos[k][v] = c;
                if (c > 0) {
                    x[k][j + c - 1] = 1;
                }
                j += vars.get(v).categories().size() - 1;
            }
            for (int m = 0; m < numerics.size(); m++) {
                x[k][j + m] = e.getKey().get(vars.size() + m);
            }
            counts[k] = e.getValue()[0];
            n += counts[k];
            k++;
        }
        checkReachable(vars, combos, counts);
        double population = total(vars.get(0));
        double[] totals = new double[p];
        totals[0] = population;
        int j = 1;
        for (Variable v : vars) {
            for (int c = 1; c < v.categories().size(); c++) {
                totals[j++] = v.populations()[c];
            }
        }
        for (Numeric m : numerics) {
            totals[j++] = m.total().value();
        }
        SourceLocation where = vars.get(0).margin().source();
        if (n == 0) {
            throw new InputException(where, Message.of("weights.calibrate.nobody"));
        }
        double d = population / n;
        Calibration.Result r = Calibration.calibrate(x, counts, d, totals, spec.distance(), spec.lower(), spec.upper(),
                MAX_CALIBRATION_STEPS, CALIBRATION_EPSILON);
        if (!r.converged()) {
            // English keeps its bounds as they have always been printed (0.5); French writes them its way (0,5).
            throw new InputException(where, spec.distance() == Calibration.Distance.LINEAR
                    ? Message.of("weights.calibrate.diverged", spec.distance().code(), MAX_CALIBRATION_STEPS)
                    : Message.of("weights.calibrate.diverged.bounds", spec.distance().code(), MAX_CALIBRATION_STEPS, fmt(spec.lower()),
                            fmt(spec.upper()), Message.Figure.of(spec.lower()), Message.Figure.of(spec.upper())));
        }
        Map<List<Double>, Double> weightOf = new HashMap<>();
        long negative = 0;
        k = 0;
        for (List<Double> key : profiles.keySet()) {
            double w = d * r.g()[k];
            negative += w < 0 ? counts[k] : 0;
            weightOf.put(key, w);
            k++;
        }
        if (negative > 0) {
            throw new InputException(where, Message.of("weights.calibrate.negative", String.valueOf(negative), negative));
        }
        List<String> questions = new ArrayList<>(vars.stream().map(v -> v.question().id()).toList());
        numerics.forEach(m -> questions.add(m.question().id()));
        Method method = new Method("calibration", null, questions, r.iterations(), spec.distance(), spec.lower(), spec.upper());
        return new Weights(method, header -> {
            int[] columns = columns(vars, header);
            int[] numericColumns = numericColumns(numerics, header);
            Predicate<Row> counted = respondents.apply(header);
            return row -> {
                if (!counted.test(row)) {
                    return 0;
                }
                Double w = weightOf.get(profile(vars, columns, numerics, numericColumns, row, file));
                return w == null ? 0 : w;
            };
        });
    }

    /** A respondent's profile: each margin's category (an answer is required), then each numeric answer. */
    private static List<Double> profile(List<Variable> vars, int[] columns, List<Numeric> numerics, int[] numericColumns, Row row, String file) {
        List<Double> key = new ArrayList<>(vars.size() + numerics.size());
        for (int v = 0; v < vars.size(); v++) {
            int c = vars.get(v).of(row, columns[v], file);
            if (c < 0) {
                Question q = vars.get(v).question();
                throw new InputException(SourceLocation.cell(file, row.number(), q.column()), Message.of("weights.calibrate.blank", q.id()));
            }
            key.add((double) c);
        }
        for (int m = 0; m < numerics.size(); m++) {
            key.add(numerics.get(m).of(row, numericColumns[m], file));
        }
        return key;
    }

    private static int[] numericColumns(List<Numeric> numerics, Header header) {
        int[] out = new int[numerics.size()];
        for (int m = 0; m < numerics.size(); m++) {
            Question q = numerics.get(m).question();
            out[m] = header.indexOf(q.column()).orElseThrow(() -> new InputException(SourceLocation.file(header.source()),
                    Message.of("weights.calibrate.column", q.id(), q.column(), header.source(), Names.hint(q.column(), header.names()))));
        }
        return out;
    }

    private static Variable variable(Survey survey, WeightSpec.Margin m) {
        Question q = survey.question(m.question()).orElseThrow(() -> new InputException(m.source(), Message.of("weights.rake.noquestion",
                m.question(), Names.hint(m.question(), survey.questions().stream().map(Question::id).toList()))));
        if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.SCALE) {
            throw new InputException(m.source(), Message.of("weights.margins.type", q.id(), q.type().code()));
        }
        List<String> categories = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        double[] populations = new double[m.populations().size()];
        for (Map.Entry<String, PopulationFile.Population> e : m.populations().entrySet()) {
            // Read as an answer cell is (decoded, then matched): a code, or the choice's wording in another language
            // of a two-language structure, names its choice; a French targets file then serves an English run too.
            String label = ChoiceMatch.match(q.choices(), q.decode(e.getKey()));
            if (!q.choices().isEmpty() && !q.choices().contains(label)) {
                throw new InputException(e.getValue().where(), Message.of("weights.margins.choice", e.getKey(), q.id(),
                        Names.hint(e.getKey(), q.choices())));
            }
            if (index.putIfAbsent(ChoiceMatch.looseKey(label), categories.size()) != null) {
                throw new InputException(e.getValue().where(), Message.of("weights.margins.twice", e.getKey(), q.id()));
            }
            populations[categories.size()] = e.getValue().value();
            categories.add(label);
        }
        return new Variable(q, categories, index, populations, m);
    }

    private static void checkTotals(List<Variable> vars) {
        double first = total(vars.get(0));
        for (Variable v : vars) {
            if (Math.abs(total(v) - first) > TOTALS * first) {
                throw new InputException(v.margin().source(), Message.of("weights.margins.totals", v.question().id(), fmt(total(v)),
                        vars.get(0).question().id(), fmt(first), Message.Figure.of(total(v)), Message.Figure.of(first)));
            }
        }
    }

    private static void checkReachable(List<Variable> vars, int[][] combos, long[] counts) {
        for (int v = 0; v < vars.size(); v++) {
            boolean[] seen = new boolean[vars.get(v).categories().size()];
            for (int k = 0; k < combos.length; k++) {
                if (combos[k][v] >= 0 && counts[k] > 0) {
                    seen[combos[k][v]] = true;
                }
            }
            for (int c = 0; c < seen.length; c++) {
                if (!seen[c]) {
                    Variable var = vars.get(v);
                    throw new InputException(var.margin().populations().values().stream().skip(c).findFirst().orElseThrow().where(),
                            Message.of("weights.margins.unreached", var.categories().get(c), var.question().id(),
                                    fmt(var.populations()[c]), Message.Figure.of(var.populations()[c])));
                }
            }
        }
    }

    private static int[] columns(List<Variable> vars, Header header) {
        int[] out = new int[vars.size()];
        for (int v = 0; v < vars.size(); v++) {
            Question q = vars.get(v).question();
            out[v] = header.indexOf(q.column()).orElseThrow(() -> new InputException(SourceLocation.file(header.source()),
                    Message.of("weights.rake.column", q.id(), q.column(), header.source(), Names.hint(q.column(), header.names()))));
        }
        return out;
    }

    private static long key(List<Variable> vars, int[] columns, long[] radix, Row row, String file) {
        long key = 0;
        for (int v = 0; v < vars.size(); v++) {
            key += (vars.get(v).of(row, columns[v], file) + 1) * radix[v];
        }
        return key;
    }

    private static double total(Variable v) {
        double t = 0;
        for (double p : v.populations()) {
            t += p;
        }
        return t;
    }

    /** A number as the English errors have always printed it (152, 0.5); French gets a {@link Message.Figure}. */
    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
