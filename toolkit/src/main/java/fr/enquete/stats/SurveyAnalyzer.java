package fr.enquete.stats;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Filter;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Question;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Streams an export once through one aggregator per question. Memory grows with the answers kept
 * (numbers for exact quartiles, free texts), never with the raw rows.
 */
public final class SurveyAnalyzer {

    /** Beyond this many, diagnostics are counted but not listed. */
    static final int MAX_DIAGNOSTICS = 200;

    private SurveyAnalyzer() {
    }

    /**
     * Reads {@code source} once (in parts on every core for a large delimited file) and gives each question's table.
     * It knows nothing of a spec's quartile method or weights: give them in {@code options}
     * ({@link AnalysisOptions#builder()}), or use {@link fr.enquete.analysis.Analysis}, which applies a spec whole.
     *
     * @throws fr.enquete.model.InputException located when the export lacks a column a question reads, or a cell
     *                                         cannot be what its question expects
     */
    public static SurveyResult analyze(TableSource source, Survey survey, AnalysisOptions options) {
        return analyze(source, survey, options, weights(source, survey, options));
    }

    /** The weights the options ask for, ready (raking reads the export once), or null for none. */
    public static fr.enquete.weight.Weights weights(TableSource source, Survey survey, AnalysisOptions options) {
        if (options.weights() == null) {
            return null;
        }
        if (options.quantiles() != QuantileMethod.DEFAULT) {
            throw new InputException(SourceLocation.file(source.file().toString()), Message.of("stats.quantiles.weighted",
                    options.quantiles().label()));
        }
        return fr.enquete.weight.Weights.prepare(source, survey, options.weights(), header -> respondents(header, options));
    }

    /** Which rows of an export are counted: all but LimeSurvey's unfinished responses, unless asked. */
    static java.util.function.Predicate<Row> respondents(Header header, AnalysisOptions options) {
        int submit = submitDate(header, options);
        return row -> submit < 0 || options.includeIncomplete() || !row.get(submit).isBlank();
    }

    /** The submitdate column of a LimeSurvey export, or -1. */
    private static int submitDate(Header header, AnalysisOptions options) {
        if (fr.enquete.importer.Platform.detect(header, options.platform()).platform() == fr.enquete.importer.Platform.LIMESURVEY) {
            return fr.enquete.model.LimeSurveyHeadings.indexOf(header.names(), "submitdate");
        }
        return -1;
    }

    /**
     * How many bytes of a delimited export each thread reads at a time. Fixed, whatever the machine: the parts, and
     * the order they merge in, depend on the file only, so its results do not change with the number of cores.
     */
    private static long partBytes = 32L << 20;

    /** The size of the parts an export is read in. */
    public static long partBytes() {
        return partBytes;
    }

    /** For tests: cut files into smaller parts. */
    static void partBytes(long bytes) {
        partBytes = bytes;
    }

    /** With the weights already prepared ({@link #weights}; null for none), shared with the cross-tabulations. */
    public static SurveyResult analyze(TableSource source, Survey survey, AnalysisOptions options, fr.enquete.weight.Weights weights) {
        // The survey's derived questions read columns computed as the export streams.
        TableSource derived = fr.enquete.importer.DerivedSource.of(source, survey.derivations());
        String file = source.file().toString();
        List<TableSource> parts = derived.split(partBytes);
        // A large export whose first rows already go back in date (sorted newest first) keeps each row's date in its
        // one reading; one in submission order keeps none, and is read again only if its dates go back further down
        // (a small export is read again at little cost).
        Run.Mode mode = parts.size() > 1 && DateOrderPeek.goesBack(source) ? Run.Mode.COUNT_WITH_DATES : Run.Mode.COUNT;
        Run run = read(derived, parts, () -> new Run(survey, options, file, weights, mode));
        if (run.needsDatedReading()) {
            // The rows are not in the order of their submission dates: read the file again, this time keeping each
            // row's date, to find the questions added mid-survey in that order.
            run.adoptDates(read(derived, derived.split(partBytes), () -> new Run(survey, options, file, weights, Run.Mode.DATES)));
        }
        return run.result();
    }

    /** One reading of the export, by its parts on several threads when it was cut, each part counted by a new run. */
    private static Run read(TableSource derived, List<TableSource> parts, java.util.function.Supplier<Run> runs) {
        if (parts.size() > 1) {
            try {
                return parallel(parts, runs);
            } catch (fr.enquete.importer.PartMismatch e) {
                // The cut and the reader disagreed: read the file whole (slower, never wrong).
            }
        }
        Run run = runs.get();
        // Parsing and counting run on two threads, the counting in row order.
        fr.enquete.importer.PipelinedHandler.read(derived, run);
        return run;
    }

    /**
     * Each part parsed and counted on its own thread, then merged in file order: the result of one pass. The first
     * failure in file order is the one reported, as a single pass would have met it first.
     */
    private static Run parallel(List<TableSource> parts, java.util.function.Supplier<Run> runs) {
        int threads = Math.min(parts.size(), Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "enquete-part");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<Run>> futures = new ArrayList<>();
            for (TableSource part : parts) {
                futures.add(pool.submit(() -> {
                    Run run = runs.get();
                    part.read(run);
                    return run;
                }));
            }
            Run merged = null;
            for (java.util.concurrent.Future<Run> f : futures) {
                Run run;
                try {
                    run = f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    futures.forEach(other -> other.cancel(true));
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (merged == null) {
                    merged = run;
                } else {
                    merged.merge(run);
                }
            }
            return merged;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The analysis of each group of respondents defined by a single-choice or scale question ({@code --by dpt}):
     * its choices in order, then the other answers met, each analysed over its own respondents. Respondents
     * who did not answer the grouping question are in no group.
     */
    public static java.util.LinkedHashMap<String, SurveyResult> byGroup(TableSource source, Survey survey, String byId, AnalysisOptions options) {
        Question by = groupingQuestion(source, survey, byId);
        List<String> groups = new ArrayList<>(by.choices());
        int[] column = {-1};
        TableSource derived = fr.enquete.importer.DerivedSource.of(source, survey.derivations());
        derived.read(new TableHandler() {
            @Override
            public void header(Header header) {
                checkColumns(new Survey(survey.title(), List.of(by)), header);
                column[0] = header.indexOf(by.column()).getAsInt();
            }

            @Override
            public void row(Row row) {
                String v = row.get(column[0]);
                if (!v.isBlank()) {
                    String g = ChoiceAggregator.match(by, by.decode(v));
                    if (!groups.contains(g)) {
                        groups.add(g);
                    }
                }
            }
        });
        java.util.LinkedHashMap<String, SurveyResult> out = new java.util.LinkedHashMap<>();
        // Weights come from the whole sample (raking a group alone would be another weighting).
        fr.enquete.weight.Weights weights = weights(source, survey, options);
        for (String g : groups) {
            TableSource only = fr.enquete.importer.ForwardingSource.filtered(derived, header -> {
                int c = header.indexOf(by.column()).getAsInt();
                return row -> !row.get(c).isBlank() && ChoiceAggregator.match(by, by.decode(row.get(c))).equals(g);
            });
            // The source is already derived: analyse it with the questions alone.
            out.put(g, analyze(only, new Survey(survey.title(), survey.questions()), options, weights));
        }
        return out;
    }

    /**
     * Per stratum (an answer of the single-choice question {@code stratumId}, as {@code strata} lists them), the tables of
     * each group of {@code byId} among the stratum's respondents ({@link #byGroup}), unweighted: what a group's
     * stratified intervals are computed from ({@link StratifiedGroup}). Two readings of the export whatever the number of
     * strata and groups: one finds each stratum's groups (the grouping question's choices, then the other answers met
     * among the stratum's respondents, as {@link #byGroup} lists them), the other counts every stratum × group at once.
     */
    public static java.util.LinkedHashMap<String, java.util.LinkedHashMap<String, SurveyResult>> byGroupInStrata(TableSource source, Survey survey,
            String byId, String stratumId, List<String> strata, AnalysisOptions options) {
        Question stratum = survey.question(stratumId).orElseThrow(() -> new fr.enquete.model.ReferenceException(
                SourceLocation.file(source.file().toString()), fr.enquete.model.Message.of("stats.strata.question.unknown", stratumId,
                fr.enquete.model.Names.hint(stratumId, survey.questions().stream().map(Question::id).toList()))));
        Question by = groupingQuestion(source, survey, byId);
        TableSource derived = fr.enquete.importer.DerivedSource.of(source, survey.derivations());
        // The source is already derived: group it with the questions alone. Counts only: no weights (raking a stratum
        // alone would be another weighting).
        Survey plain = new Survey(survey.title(), survey.questions());
        AnalysisOptions unweighted = options.toBuilder().weights(null).build();
        java.util.LinkedHashMap<String, List<String>> groups = new java.util.LinkedHashMap<>();
        strata.forEach(h -> groups.put(h, new ArrayList<>(by.choices())));
        derived.read(new StratumGroupHandler(survey, by, stratum) {
            @Override
            void row(Row row, String h, String g) {
                List<String> known = groups.get(h);
                if (known != null && !known.contains(g)) {
                    known.add(g);
                }
            }
        });
        String file = source.file().toString();
        java.util.LinkedHashMap<String, java.util.LinkedHashMap<String, Run>> runs = new java.util.LinkedHashMap<>();
        groups.forEach((h, gs) -> {
            java.util.LinkedHashMap<String, Run> inStratum = new java.util.LinkedHashMap<>();
            gs.forEach(g -> inStratum.put(g, new Run(plain, unweighted, file, null, Run.Mode.COUNT_WITH_DATES)));
            runs.put(h, inStratum);
        });
        List<Run> every = runs.values().stream().flatMap(m -> m.values().stream()).toList();
        fr.enquete.importer.PipelinedHandler.read(derived, new StratumGroupHandler(survey, by, stratum) {
            @Override
            public void header(Header header) {
                super.header(header);
                every.forEach(r -> r.header(header));
            }

            @Override
            void row(Row row, String h, String g) {
                java.util.Map<String, Run> inStratum = runs.get(h);
                if (inStratum != null) {
                    inStratum.get(g).row(row);
                }
            }

            @Override
            public void leftOut(Row row, Message why) {
                every.forEach(r -> r.leftOut(row, why));
            }

            @Override
            public void note(Message what) {
                every.forEach(r -> r.note(what));
            }

            @Override
            public int[] numberColumns() {
                return every.isEmpty() ? new int[0] : every.get(0).numberColumns();
            }
        });
        java.util.LinkedHashMap<String, java.util.LinkedHashMap<String, SurveyResult>> out = new java.util.LinkedHashMap<>();
        runs.forEach((h, inStratum) -> {
            java.util.LinkedHashMap<String, SurveyResult> results = new java.util.LinkedHashMap<>();
            inStratum.forEach((g, run) -> results.put(g, run.result()));
            out.put(h, results);
        });
        return out;
    }

    /** The question whose answers are the groups of {@code --by}: a single choice or a scale of the survey. */
    private static Question groupingQuestion(TableSource source, Survey survey, String byId) {
        Question by = survey.question(byId).orElseThrow(() -> new fr.enquete.model.ReferenceException(SourceLocation.file(source.file().toString()),
                fr.enquete.model.Message.of("stats.by.unknown", byId, fr.enquete.model.Names.hint(byId,
                        survey.questions().stream().map(Question::id).toList()))));
        if (by.type() != fr.enquete.model.QuestionType.SINGLE && by.type() != fr.enquete.model.QuestionType.SCALE) {
            throw new fr.enquete.model.ReferenceException(by.origin() != null ? by.origin() : SourceLocation.file(source.file().toString()),
                    fr.enquete.model.Message.of("stats.by.type", byId, by.type().code()));
        }
        return by;
    }

    /** Reads each row's stratum and group (both answered), as the filtered sources of {@link #byGroup} matched them. */
    private abstract static class StratumGroupHandler implements TableHandler {
        private final Survey survey;
        private final Question by;
        private final Question stratum;
        private int byColumn;
        private int stratumColumn;

        StratumGroupHandler(Survey survey, Question by, Question stratum) {
            this.survey = survey;
            this.by = by;
            this.stratum = stratum;
        }

        @Override
        public void header(Header header) {
            checkColumns(new Survey(survey.title(), List.of(by)), header);
            byColumn = header.indexOf(by.column()).getAsInt();
            stratumColumn = header.indexOf(stratum.column()).getAsInt();
        }

        @Override
        public final void row(Row row) {
            String h = row.get(stratumColumn);
            String g = row.get(byColumn);
            if (!h.isBlank() && !g.isBlank()) {
                row(row, ChoiceAggregator.match(stratum, stratum.decode(h)), ChoiceAggregator.match(by, by.decode(g)));
            }
        }

        abstract void row(Row row, String stratum, String group);
    }

    /**
     * The columns a question reads that the header names more than once: a second "adherents" full of other figures
     * was ignored without a word (the question reads the first; the copies are "adherents (2)"...).
     */
    static List<Diagnostic> repeatedColumns(Survey survey, Header header, String file) {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Question q : survey.questions()) {
            for (String column : q.columns()) {
                int copies = header.copies(column);
                if (copies > 1 && said.add(column)) {
                    out.add(new Diagnostic(SourceLocation.file(file).withColumn(column), Message.of("column.twice", column, copies, q.id())));
                }
            }
        }
        return out;
    }

    /** Checks that every column the survey names exists in the header; the error points at the spec. */
    public static void checkColumns(Survey survey, Header header) {
        for (Question q : survey.questions()) {
            for (String column : q.columns()) {
                requireColumn(q, column, header, "input.column.missing");
            }
            for (String column : q.filter().columns()) {
                requireColumn(q, column, header, "input.filter.missing");
            }
        }
    }

    /** @param key the message of a column the question reads, or of one its filter reads */
    private static void requireColumn(Question q, String column, Header header, String key) {
        if (header.contains(column)) {
            return;
        }
        SourceLocation where = q.origin() != null ? q.origin() : SourceLocation.file(header.source());
        String hint = fr.enquete.model.Names.closest(column, header.names()).orElse(null);
        throw new InputException(where, hint == null ? Message.of(key, q.id(), column, header.source(), (long) header.size())
                : Message.of(key + ".hint", q.id(), column, header.source(), hint));
    }

    private static final class Run implements TableHandler {

        /** What a reading does with the rows. */
        enum Mode {
            /** Counts the answers and follows the order of the submission dates, keeping no row's. */
            COUNT,
            /** Keeps each row's submission date and who answered what, for a file out of date order; counts nothing. */
            DATES,
            /** Both at once in one reading (the small analyses of groups in strata). */
            COUNT_WITH_DATES
        }

        private final Mode mode;
        private final Survey survey;
        private final AnalysisOptions options;
        private final String file;
        private final List<Diagnostic> diagnostics = new ArrayList<>();
        /** The spec's columns the header names more than once: the same in every part, so said once ({@link #result}). */
        private List<Diagnostic> repeated = List.of();
        private Aggregator[] aggregators;
        private Filter.RowPredicate[] filters;
        private long[] bases;
        private CompensatedSum[] weightedBases;
        private double[] squaredBases;
        private long respondents;
        private final fr.enquete.weight.Weights weights;
        private fr.enquete.weight.Weights.Bound weightOf;
        private final CompensatedSum totalWeight = new CompensatedSum();
        private double totalSquares;
        private double minWeight = Double.POSITIVE_INFINITY;
        private double maxWeight = Double.NEGATIVE_INFINITY;
        /** Per question, the respondents outside its filter who answered it anyway (seed 003's 87 answers for 73 asked). */
        private long[] outside;
        private int[][] answerColumns;
        /** Per question, whether it was blank for its first respondents, then answered (added to the questionnaire late). */
        private LateStart[] lateStarts;
        /** The submission date column, which dates a question's first answer; -1 when the export has none. */
        private int dateColumn = -1;
        private String dateColumnName;
        /** The date placing a respondent whose submission cell is blank (LimeSurvey's datestamp, startdate); -1: none. */
        private int fallbackColumn = -1;
        private String fallbackColumnName;
        /** The respondents' submission dates and, per question, who answered: the order when the rows are not in it. */
        private SubmissionDates submissions;
        private DatedStart[] datedStarts;
        private fr.enquete.model.DateOrder dateOrder;
        /** The submitdate column of a LimeSurvey export (-1 otherwise), and the unfinished responses met. */
        private int submitDate = -1;
        /** Its heading as the export writes it: "submitdate", or "Date de soumission" with full-text headings. */
        private String submitName = "submitdate";
        private long incomplete;
        /** The rows the reader left out as no respondent's (a label row, total rows), each said at the top. */
        private final List<Diagnostic> handAdded = new ArrayList<>();
        /** The columns the numeric questions read ({@link Row#number(int)}); null before the header. */
        private int[] numberColumns;

        Run(Survey survey, AnalysisOptions options, String file, fr.enquete.weight.Weights weights, Mode mode) {
            this.mode = mode;
            this.survey = survey;
            this.options = options;
            this.file = file;
            this.weights = weights;
        }

        @Override
        public void header(Header header) {
            checkColumns(survey, header);
            repeated = repeatedColumns(survey, header, file);
            submitDate = SurveyAnalyzer.submitDate(header, options);
            if (submitDate >= 0) {
                submitName = header.names().get(submitDate);
            }
            weightOf = weights == null ? row -> 1 : weights.bind(header);
            List<Question> qs = survey.questions();
            fr.enquete.model.DateOrder dateOrder = fr.enquete.model.DateOrder.defaultFor(header);
            aggregators = new Aggregator[qs.size()];
            filters = new Filter.RowPredicate[qs.size()];
            bases = new long[qs.size()];
            weightedBases = new CompensatedSum[qs.size()];
            java.util.Arrays.setAll(weightedBases, i -> new CompensatedSum());
            squaredBases = new double[qs.size()];
            outside = new long[qs.size()];
            answerColumns = new int[qs.size()][];
            lateStarts = new LateStart[qs.size()];
            // Identifiers are no question put to anyone: never said to start late.
            java.util.Arrays.setAll(lateStarts, i -> qs.get(i).type() == fr.enquete.model.QuestionType.ID ? null : new LateStart());
            dateColumn = LateStart.dateColumn(header);
            dateColumnName = dateColumn < 0 ? null : header.names().get(dateColumn);
            fallbackColumn = dateColumn < 0 ? -1 : LateStart.fallbackDateColumn(header, dateColumn);
            fallbackColumnName = fallbackColumn < 0 ? null : header.names().get(fallbackColumn);
            this.dateOrder = dateOrder;
            if (dateColumn >= 0 && mode == Mode.COUNT) {
                submissions = new SubmissionDates(dateColumnName);
            } else if (dateColumn >= 0) {
                submissions = SubmissionDates.keepingRows(dateColumnName);
                datedStarts = new DatedStart[qs.size()];
                java.util.Arrays.setAll(datedStarts, i -> lateStarts[i] == null ? null
                        : new DatedStart(!(qs.get(i).filter() instanceof fr.enquete.model.Filter.All)));
            }
            for (int i = 0; i < qs.size(); i++) {
                answerColumns[i] = qs.get(i).columns().stream().mapToInt(c -> header.indexOf(c).orElse(-1)).toArray();
            }
            for (int i = 0; i < qs.size(); i++) {
                Question q = qs.get(i);
                filters[i] = q.filter().bind(header);
                int col = header.indexOf(q.column()).orElse(-1);
                aggregators[i] = switch (q.type()) {
                    case SINGLE, SCALE -> new ChoiceAggregator(q, col, weights == null);
                    case MULTIPLE -> new MultipleAggregator(q, q.joined() ? new int[] {col} : q.options().stream()
                            .mapToInt(o -> header.indexOf(o.column()).getAsInt()).toArray(), weights == null);
                    case NUMERIC, YEAR, TIME, DURATION -> new NumericAggregator(q, col, file, options, diagnostics);
                    case TEXT -> new TextAggregator(q, col);
                    case DATE -> new DateAggregator(q, col, file, options.lenient(), diagnostics, dateOrder);
                    case ID -> new IdAggregator(q, col);
                };
            }
            numberColumns = java.util.stream.IntStream.range(0, qs.size())
                    .filter(i -> aggregators[i] instanceof NumericAggregator && qs.get(i).type() != fr.enquete.model.QuestionType.TIME
                            && qs.get(i).type() != fr.enquete.model.QuestionType.DURATION)
                    .map(i -> header.indexOf(qs.get(i).column()).orElse(-1))
                    .filter(c -> c >= 0).distinct().toArray();
        }

        @Override
        public int[] numberColumns() {
            return numberColumns;
        }

        @Override
        public void leftOut(Row row, Message why) {
            handAdded.add(new Diagnostic(SourceLocation.cell(file, row.number(), null), why));
        }

        /** Rows a workbook hides, read as the others: said at the top, with the rows left out. */
        @Override
        public void note(Message what) {
            handAdded.add(new Diagnostic(SourceLocation.file(file), what));
        }

        @Override
        public void row(Row row) {
            if (submitDate >= 0 && row.get(submitDate).isBlank()) {
                incomplete++;
                if (!options.includeIncomplete()) {
                    return;
                }
            }
            respondents++;
            int dated = submissions == null ? -1
                    : submissions.see(row.get(dateColumn), fallbackColumn < 0 ? "" : row.get(fallbackColumn), row.number());
            if (mode == Mode.DATES) {
                for (int i = 0; i < aggregators.length; i++) {
                    counts(i, row, dated);
                }
                return;
            }
            if (weights == null) {
                // Every weight is 1: the bases' sums of weights are their counts (result()), nothing to add up.
                for (int i = 0; i < aggregators.length; i++) {
                    if (counts(i, row, dated)) {
                        aggregators[i].accept(row, 1);
                    }
                }
                return;
            }
            double w = weightOf.of(row);
            totalWeight.add(w);
            totalSquares += w * w;
            minWeight = Math.min(minWeight, w);
            maxWeight = Math.max(maxWeight, w);
            for (int i = 0; i < aggregators.length; i++) {
                if (counts(i, row, dated)) {
                    weightedBases[i].add(w);
                    squaredBases[i] += w * w;
                    aggregators[i].accept(row, w);
                }
            }
        }

        /**
         * Whether question {@code i} was asked of this row (its filter), counted in its base if so; {@code dated} is the
         * row's index among the submission dates (-1: the export has none).
         */
        private boolean counts(int i, Row row, int dated) {
            if (!filters[i].test(row)) {
                if (answered(i, row)) {
                    outside[i]++;
                }
                return false;
            }
            bases[i]++;
            if (lateStarts[i] != null) {
                boolean answered = answered(i, row);
                lateStarts[i].see(answered, row, dateColumn);
                if (datedStarts != null) {
                    datedStarts[i].see(dated, answered, submissions, row.get(dateColumn));
                }
            }
            return true;
        }

        private boolean answered(int question, Row row) {
            for (int c : answerColumns[question]) {
                if (c >= 0 && !row.isBlank(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Adds what {@code other} counted over the rows that follow this run's (the next part of the file). */
        void merge(Run other) {
            if (repeated.isEmpty()) {
                repeated = other.repeated;
            }
            if (aggregators == null) {
                return;
            }
            int offset = submissions == null ? 0 : submissions.size();
            if (submissions != null) {
                submissions.merge(other.submissions);
            }
            for (int i = 0; i < aggregators.length; i++) {
                aggregators[i].merge(other.aggregators[i]);
                bases[i] += other.bases[i];
                weightedBases[i].add(other.weightedBases[i]);
                squaredBases[i] += other.squaredBases[i];
                outside[i] += other.outside[i];
                if (lateStarts[i] != null) {
                    lateStarts[i].merge(other.lateStarts[i]);
                    if (datedStarts != null) {
                        datedStarts[i].merge(other.datedStarts[i], offset);
                    }
                }
            }
            respondents += other.respondents;
            incomplete += other.incomplete;
            submitName = other.submitDate >= 0 ? other.submitName : submitName;
            handAdded.addAll(other.handAdded);
            diagnostics.addAll(other.diagnostics);
            totalWeight.add(other.totalWeight);
            totalSquares += other.totalSquares;
            minWeight = Math.min(minWeight, other.minWeight);
            maxWeight = Math.max(maxWeight, other.maxWeight);
        }

        /** Whether the rows proved out of the order of their submission dates, which this reading kept none of. */
        boolean needsDatedReading() {
            return datedStarts == null && submissions != null && submissions.outOfOrder(dateOrder).isPresent();
        }

        /** Takes the rows' dates and answers a {@link Mode#DATES} reading of the same export kept. */
        void adoptDates(Run dated) {
            submissions = dated.submissions;
            datedStarts = dated.datedStarts;
        }

        SurveyResult result() {
            List<QuestionResult> results = new ArrayList<>(aggregators.length);
            // Rows sorted newest first (or any way but by date): the respondents are taken in the order they submitted.
            java.util.Optional<fr.enquete.model.DateOrder> byDate = datedStarts == null ? java.util.Optional.empty()
                    : submissions.outOfOrder(dateOrder);
            if (byDate.isPresent()) {
                for (int i = 0; i < lateStarts.length; i++) {
                    if (lateStarts[i] != null) {
                        lateStarts[i] = datedStarts[i].inDateOrder(submissions, byDate.get());
                    }
                }
            }
            for (int i = 0; i < aggregators.length; i++) {
                if (outside[i] > 0) {
                    Question q = survey.questions().get(i);
                    diagnostics.add(new Diagnostic(SourceLocation.file(file).withColumn(q.column()),
                            Message.of("filter.outside", q.id(), outside[i], q.filter().expression())));
                }
                if (lateStarts[i] != null && lateStarts[i].late()) {
                    Question q = survey.questions().get(i);
                    diagnostics.add(new Diagnostic(SourceLocation.file(file).withColumn(q.column()), lateStarts[i].message(q.id(), dateColumnName,
                            fallbackColumnName)));
                }
                // Ones added with compensation sum to the count exactly, as do their squares.
                Aggregator.Base base = weights == null ? new Aggregator.Base(bases[i], bases[i], bases[i])
                        : new Aggregator.Base(bases[i], weightedBases[i].value(), squaredBases[i]);
                results.add(aggregators[i].result(base));
                if (aggregators[i] instanceof ChoiceAggregator c) {
                    unlisted(survey.questions().get(i), c);
                }
            }
            diagnostics.addAll(0, repeated);
            diagnostics.addAll(0, handAdded);
            if (incomplete > 0) {
                diagnostics.add(0, new Diagnostic(SourceLocation.file(file).withColumn(submitName),
                        Message.of(options.includeIncomplete() ? "incomplete.counted" : "incomplete.left", incomplete)));
            }
            List<Diagnostic> listed = diagnostics.size() <= MAX_DIAGNOSTICS ? diagnostics
                    : new ArrayList<>(diagnostics.subList(0, MAX_DIAGNOSTICS));
            if (diagnostics.size() > MAX_DIAGNOSTICS) {
                listed.add(new Diagnostic(SourceLocation.file(file), Message.of("diagnostics.more", diagnostics.size() - MAX_DIAGNOSTICS)));
            }
            WeightSummary summary = weights == null ? null : new WeightSummary(weights.method(), respondents, totalWeight.value(),
                    respondents == 0 ? Double.NaN : minWeight, respondents == 0 ? Double.NaN : maxWeight,
                    totalSquares == 0 ? 0 : totalWeight.value() * totalWeight.value() / totalSquares);
            return new SurveyResult(survey.title(), respondents, results, listed, null, 0, List.of(), summary);
        }

        /**
         * Answers outside the listed choices: those made of two listed choices or more ("59; 62", "A + B" from a
         * single choice keyed in one column per choice) are a single choice ticked twice; the others are shown as
         * extra rows. Both are counted, never dropped.
         */
        private void unlisted(Question q, ChoiceAggregator c) {
            Map<String, Long> extra = new java.util.LinkedHashMap<>();
            Map<String, Long> several = new java.util.LinkedHashMap<>();
            c.unlisted().forEach((value, n) -> (severalChoices(q, value) ? several : extra).put(value, n));
            SourceLocation at = SourceLocation.file(file).withColumn(q.column());
            if (!several.isEmpty()) {
                List<Message> listed = new ArrayList<>();
                several.forEach((value, n) -> listed.add(Message.of("value.rows", value,
                        new Message.Rows(c.rowsOf(value), n > c.rowsOf(value).size()))));
                long total = several.values().stream().mapToLong(Long::longValue).sum();
                diagnostics.add(new Diagnostic(at, Message.of("choices.several", q.id(), total, new Message.Listed(listed, false))));
            }
            if (!extra.isEmpty()) {
                List<Message> listed = new ArrayList<>();
                extra.forEach((value, n) -> listed.add(Message.of("value.count", value, n)));
                diagnostics.add(new Diagnostic(at, Message.of("choices.unlisted", q.id(), new Message.Listed(listed, false))));
            }
        }


        /** Whether an answer is two listed choices or more joined by a usual separator. */
        private static boolean severalChoices(Question q, String value) {
            for (String sep : List.of(fr.enquete.model.Recoding.SEVERAL.strip(), ";", ",", "/", "|", " et ")) {
                fr.enquete.model.JoinedChoices.Split s = fr.enquete.model.JoinedChoices.split(value, sep, q.choices());
                if (s.others().isEmpty() && s.known().size() >= 2) {
                    return true;
                }
            }
            return false;
        }

    }
}
