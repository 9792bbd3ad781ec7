package fr.enquete.weight;

import fr.enquete.importer.DerivedSource;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.ChoiceMatch;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
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
    public record Method(String method, String column, List<String> questions, int iterations) {
        public Method {
            questions = List.copyOf(questions);
        }
    }

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
            return column(source.file().toString(), c.column());
        }
        return rake(source, survey, (WeightSpec.Rake) spec, respondents);
    }

    private static Weights column(String file, String column) {
        return new Weights(new Method("column", column, List.of(), 0), header -> {
            int i = header.indexOf(column).orElseThrow(() -> new InputException(SourceLocation.file(header.source()),
                    "no weight column \"" + column + "\" in " + header.source() + Names.didYouMean(column, header.names())));
            return row -> {
                String cell = row.get(i);
                double w = CellValues.parseNumber(cell);
                if (cell.isEmpty() || Double.isNaN(w) || Double.isInfinite(w) || w < 0) {
                    throw new InputException(SourceLocation.cell(file, row.number(), column), cell.isEmpty()
                            ? "no weight for this respondent (every respondent needs one; 0 leaves them out)"
                            : "expected a weight (a number, at least 0), found \"" + cell + "\"");
                }
                return w;
            };
        });
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
                throw new InputException(SourceLocation.cell(file, row.number(), question.column()), "\"" + answer
                        + "\" has no population in the margins of \"" + question.id() + "\" (" + margin.source() + " lists "
                        + String.join(", ", categories) + "); raking needs one for every answer");
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
            throw new InputException(vars.get(0).margin().source(), "raking did not converge in " + MAX_ITERATIONS
                    + " sweeps: these margins cannot all be met by the respondents' combinations of answers; check them or rake on fewer questions");
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

    private static Variable variable(Survey survey, WeightSpec.Margin m) {
        Question q = survey.question(m.question()).orElseThrow(() -> new InputException(m.source(), "no question \"" + m.question()
                + "\" to rake on" + Names.didYouMean(m.question(), survey.questions().stream().map(Question::id).toList())));
        if (q.type() != QuestionType.SINGLE && q.type() != QuestionType.SCALE) {
            throw new InputException(m.source(), "raking needs single-choice questions; \"" + q.id() + "\" is " + q.type().code());
        }
        List<String> categories = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        double[] populations = new double[m.populations().size()];
        for (Map.Entry<String, PopulationFile.Population> e : m.populations().entrySet()) {
            String label = ChoiceMatch.match(q.choices(), e.getKey());
            if (!q.choices().isEmpty() && !q.choices().contains(label)) {
                throw new InputException(e.getValue().where(), "\"" + e.getKey() + "\" is not a choice of \"" + q.id() + "\""
                        + Names.didYouMean(e.getKey(), q.choices()));
            }
            if (index.putIfAbsent(ChoiceMatch.looseKey(label), categories.size()) != null) {
                throw new InputException(e.getValue().where(), "\"" + e.getKey() + "\" is given twice in the margins of \"" + q.id() + "\"");
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
                throw new InputException(v.margin().source(), "the margins of \"" + v.question().id() + "\" add up to " + fmt(total(v))
                        + " and those of \"" + vars.get(0).question().id() + "\" to " + fmt(first) + "; raking needs the same population");
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
                            "nobody answered \"" + var.categories().get(c) + "\" to \"" + var.question().id() + "\", whose population is "
                                    + fmt(var.populations()[c]) + ": raking cannot weight them; merge it with another answer");
                }
            }
        }
    }

    private static int[] columns(List<Variable> vars, Header header) {
        int[] out = new int[vars.size()];
        for (int v = 0; v < vars.size(); v++) {
            Question q = vars.get(v).question();
            out[v] = header.indexOf(q.column()).orElseThrow(() -> new InputException(SourceLocation.file(header.source()),
                    "raking question \"" + q.id() + "\" reads column \"" + q.column() + "\", which " + header.source() + " lacks"
                            + Names.didYouMean(q.column(), header.names())));
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

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
