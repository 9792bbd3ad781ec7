package fr.enquete.analysis;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Message;
import fr.enquete.model.QuestionType;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.privacy.Disclosure;
import fr.enquete.privacy.NameSources;
import fr.enquete.privacy.Pseudonymiser;
import fr.enquete.spec.LssReader;
import fr.enquete.spec.ReportLayout;
import fr.enquete.spec.SchemaInference;
import fr.enquete.spec.Spec;
import fr.enquete.spec.SpecReader;
import fr.enquete.spec.XlsFormReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.CrossTab;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.MaskedAnswers;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.Precision;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.ResponseRates;
import fr.enquete.stats.Secrecy;
import fr.enquete.stats.StratifiedGroup;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.FrenchPipeline;
import fr.enquete.text.StopWords;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import fr.enquete.text.TermTable;
import fr.enquete.weight.WeightSpec;
import fr.enquete.weight.Weights;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The analysis of one export, the way {@code enquete stats} and {@code enquete report} make it: the spec (or the
 * inferred questions), its quartile method and weights unless overridden, intervals, statistical secrecy, response
 * rates, the masking of personal data, term tables and cross-tabulations. The export is opened once; its passes are
 * the inference (without a spec), the names to mask (when masking), the weights (when raking or calibrating), the
 * analysis, and one pass for all the cross-tabulations.
 *
 * <pre>{@code
 * AnalysisResult r = Analysis.of(Path.of("export.csv"))
 *         .spec(Path.of("export.spec.yaml"))
 *         .secrecy(5)
 *         .precision(new Precision(238, 0.95))
 *         .run();
 * }</pre>
 *
 * A builder is not thread-safe; {@link #run()} may be called more than once, each call reading the export anew.
 */
public final class Analysis {

    /** How the personal data in free text is published, given whether the spec asks to pseudonymise and the export. */
    @FunctionalInterface
    public interface DisclosurePolicy {
        Disclosure disclosure(boolean specAsks, TableSource export);

        /**
         * Masked, whatever the spec says (French placeholders, the names of the export's name columns), as the command
         * line does by default: free text holds names, telephones and e-mails, and a program that forgot to choose must
         * not publish them.
         */
        DisclosurePolicy DEFAULT = masking(true);

        /**
         * Kept as written: the caller asks to publish personal data. A spec that says {@code pseudonymise: true}
         * refuses it ({@link IllegalStateException} when the analysis runs), as {@code --keep-personal-data} is refused.
         */
        DisclosurePolicy KEEP = (asks, export) -> {
            if (asks) {
                throw new IllegalStateException("the spec says 'pseudonymise: true': personal data cannot be kept with this spec");
            }
            return Disclosure.keeping();
        };

        /** Masked with French ({@code [personne 1]}) or English ({@code [person 1]}) placeholders. */
        static DisclosurePolicy masking(boolean french) {
            return (asks, export) -> Disclosure.masking(new Pseudonymiser(french, List.of(), NameSources.fromExport(export),
                    StopWords.french().words()));
        }
    }

    private final Path export;
    private ImportOptions importOptions = ImportOptions.DEFAULTS;
    private Spec spec;
    private Path specFile;
    /** The file a spec given already read was read from, to locate its mistakes; null when built in code. */
    private Path specRead;
    private Path structure;
    private String structureLanguage = fr.enquete.spec.LabelLanguage.FRENCH;
    private Consumer<Message> labelsNote = m -> { };
    private boolean labelsSaid;
    private QuantileMethod quantiles;
    private WeightSpec weights;
    private boolean lenient;
    private boolean includeIncomplete;
    private int exactLimit = NumericSummary.Builder.DEFAULT_EXACT_LIMIT;
    private int secrecy;
    private fr.enquete.stats.Dominance dominance = fr.enquete.stats.Dominance.DEFAULT;
    private Precision precision;
    private Path strata;
    private String stratum;
    private DisclosurePolicy disclosure = DisclosurePolicy.DEFAULT;
    private TermOptions termOptions;
    private Integer top;
    private boolean naive;
    private fr.enquete.text.RepeatedSegments.Settings segments;
    private String crosstabPart;
    private List<ReportLayout.Crossing> crosstabs = List.of();
    private BiFunction<ReportLayout, List<String>, ReportLayout> layout;
    private Consumer<String> progress = phase -> { };
    private java.util.function.BiConsumer<SurveyResult, ReportLayout> tablesRead = (tables, layout) -> { };

    private Analysis(Path export) {
        this.export = Objects.requireNonNull(export, "export");
    }

    /** The analysis of the export {@code file} (CSV, TSV, XLSX, XLS, ODS), every option at its default. */
    public static Analysis of(Path file) {
        return new Analysis(file);
    }

    /** How the export is read (sheet, encoding, delimiter, size limits, platform). */
    public Analysis importOptions(ImportOptions options) {
        this.importOptions = Objects.requireNonNull(options);
        return this;
    }

    /** The spec file (YAML): questions, quartile method, weights, report layout. Without one, types are inferred. */
    public Analysis spec(Path file) {
        this.specFile = file;
        this.spec = null;
        this.specRead = null;
        return this;
    }

    /** A spec already read. */
    public Analysis spec(Spec s) {
        return spec(s, null);
    }

    /**
     * A spec already read from {@code readFrom} (null: built in code): the names it gives that the export lacks (a
     * weight column) are errors located in that file.
     */
    public Analysis spec(Spec s, Path readFrom) {
        this.spec = s;
        this.specFile = null;
        this.specRead = readFrom;
        return this;
    }

    /**
     * A LimeSurvey structure (.lss) or an XLSForm (KoboToolbox, ODK) used as the spec; what it could not carry
     * over is listed with the diagnostics.
     */
    public Analysis structure(Path file) {
        this.structure = file;
        return this;
    }

    /**
     * As {@link #structure(Path)}, its question and choice labels in the run's {@code language} ({@code fr},
     * {@code en}) when it has them; {@code labelsNote} is told once which language they come from when not that one.
     */
    public Analysis structure(Path file, String language, Consumer<Message> labelsNote) {
        this.structure = file;
        this.structureLanguage = Objects.requireNonNull(language);
        this.labelsNote = Objects.requireNonNull(labelsNote);
        return this;
    }

    /** The quartile method, over the spec's (type 7 when neither says). */
    public Analysis quantiles(QuantileMethod method) {
        this.quantiles = method;
        return this;
    }

    /** The weighting, over the spec's (none when neither says). */
    public Analysis weights(WeightSpec w) {
        this.weights = w;
        return this;
    }

    /** Count unreadable numbers and dates as missing (listed as diagnostics) instead of stopping. */
    public Analysis lenient(boolean on) {
        this.lenient = on;
        return this;
    }

    /** Count LimeSurvey responses left unfinished. */
    public Analysis includeIncomplete(boolean on) {
        this.includeIncomplete = on;
        return this;
    }

    /** Distinct values per numeric question kept for exact quartiles; beyond, a sketch. */
    public Analysis exactLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the exact limit must be at least 1");
        }
        this.exactLimit = limit;
        return this;
    }

    /** Statistical secrecy: counts of 1 to {@code threshold} - 1 respondents masked (0: none). */
    public Analysis secrecy(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("the secrecy threshold is at least 0");
        }
        this.secrecy = threshold;
        return this;
    }

    /**
     * The dominance rule applied to numeric summaries under secrecy ({@link fr.enquete.stats.Dominance#DEFAULT} unless
     * told; {@link fr.enquete.stats.Dominance#OFF} for none).
     */
    public Analysis dominance(fr.enquete.stats.Dominance rule) {
        this.dominance = Objects.requireNonNull(rule, "the dominance rule (Dominance.OFF for none)");
        return this;
    }

    /** Intervals (and, with a population, response rate and finite population correction), or null for none. */
    public Analysis precision(Precision p) {
        this.precision = p;
        return this;
    }

    /** Response rates per answer of the single-choice question {@code stratum}, against the populations in {@code file}. */
    public Analysis responseRates(Path file, String stratum) {
        this.strata = file;
        this.stratum = stratum;
        return this;
    }

    /** How personal data in free text is published ({@link DisclosurePolicy#DEFAULT} unless set). */
    public Analysis disclosure(DisclosurePolicy policy) {
        this.disclosure = Objects.requireNonNull(policy);
        return this;
    }

    /**
     * Term tables of the free-text questions, the {@code top} first terms of each (null: the spec's, else 20);
     * {@code naive}: also the published tables' raw word counts, for comparison.
     */
    public Analysis terms(TermOptions options, Integer top, boolean naive) {
        this.termOptions = Objects.requireNonNull(options, "term options: TermOptions.defaults() for the usual ones");
        if (top != null && top < 1) {
            throw new IllegalArgumentException("a term table shows at least 1 term; top was " + top + " (null: the default)");
        }
        this.top = top;
        this.naive = naive;
        return this;
    }

    /** Also the repeated segments' table of each free-text question, made as {@code settings} says (null: none). */
    public Analysis repeatedSegments(fr.enquete.text.RepeatedSegments.Settings settings) {
        this.segments = settings;
        return this;
    }

    /** Cross-tabulations added to the spec's, in a part of the report of their own titled {@code partTitle}. */
    public Analysis crosstabs(String partTitle, List<ReportLayout.Crossing> more) {
        this.crosstabPart = partTitle;
        this.crosstabs = List.copyOf(more);
        return this;
    }

    /**
     * The report layout the run lays its tables out with, made from the spec's (the default without a spec, the
     * {@link #crosstabs} added) and the ids of the questions analysed, for instance a study chapter's own questions
     * and crossings: its cross-tabulations are computed in the same reading of the export. The function may refuse
     * an id by throwing; the run then stops with its exception.
     */
    public Analysis layout(BiFunction<ReportLayout, List<String>, ReportLayout> choose) {
        this.layout = Objects.requireNonNull(choose);
        return this;
    }

    /** Hears what is being done once the export is read (for a progress line). */
    public Analysis progress(Consumer<String> phase) {
        this.progress = Objects.requireNonNull(phase);
        return this;
    }

    /**
     * Hears the published tables as soon as the export is read, with the spec's report layout, before the masking of
     * personal data, the term tables and the cross-tabulations, so that work on what they cannot change (a report's
     * charts of numbers and of the questionnaire's choices) can start meanwhile on another thread. When the run masks
     * personal data, every text a respondent wrote (free text, a choice written in) is given blank: nothing unmasked
     * leaves the analysis. The listener must return at once.
     */
    public Analysis tablesRead(java.util.function.BiConsumer<SurveyResult, ReportLayout> listener) {
        this.tablesRead = Objects.requireNonNull(listener);
        return this;
    }

    /** Reads the export and computes everything the writers print. */
    public AnalysisResult run() {
        Input in = input();
        if (termOptions != null && in.survey.questions().stream().anyMatch(q -> q.type() == QuestionType.TEXT)) {
            // Term tables follow: load the language models while the export is read (not for a survey without free text).
            FrenchPipeline.preload();
        }
        ReportLayout layout = in.spec != null ? in.spec.report() : ReportLayout.DEFAULT;
        // Every text of the respondents goes through the disclosure before anything (term tables included) is made of it.
        Disclosure d = disclosure.disclosure(in.spec != null && in.spec.pseudonymise(), in.source);
        Weights w = weights(in);
        SurveyResult published = analyze(in, w);
        // The cross-tabulations are masked beside the tables as masked; the writers get them with rare own answers grouped.
        SurveyResult shown = MaskedAnswers.group(published);
        tablesRead.accept(d.masks() ? shown.mapTexts(text -> "") : shown, layout);
        SurveyResult result = d.result(shown);
        progress.accept("free-text answers");
        int n = top != null ? top : layout.top().orElse(20);
        SurveyTerms.Tables tables = termOptions == null ? new SurveyTerms.Tables(Map.of(), Map.of())
                : SurveyTerms.tables(result, termOptions, n, segments);
        Map<String, TermTable> naiveTables = termOptions == null || !naive ? Map.of() : SurveyTerms.naive(result, n);
        List<String> ids = result.questions().stream().map(q -> q.question().id()).toList();
        if (!crosstabs.isEmpty()) {
            layout = layout.withCrosstabs(crosstabPart, crosstabs, ids);
        }
        if (this.layout != null) {
            layout = this.layout.apply(layout, ids);
        }
        return new AnalysisResult(result, tables.terms(), naiveTables, tables.segments(), layout, d, crosstabs(in, layout, w, d, published));
    }

    /**
     * The cross-tabulation of {@code rows} by {@code columns}, as {@code enquete crosstab} publishes it: weighted as
     * the run says, under secrecy masked together with the single tables of both questions (as {@link #tables()}
     * publishes them), passed through the disclosure. {@code paired}: the two questions are two waves of the same
     * respondents, aligned ({@link CrossTab#paired()}) and given McNemar's or Bowker's test unless secrecy masks a cell
     * (the test would give it back).
     */
    public CrossTabResult crossTab(String rows, String columns, boolean paired) {
        Objects.requireNonNull(rows, "the id of the rows' question");
        Objects.requireNonNull(columns, "the id of the columns' question");
        Input in = input();
        Disclosure d = disclosure.disclosure(in.spec != null && in.spec.pseudonymise(), in.source);
        Weights w = weights(in);
        CrossTab read = CrossTab.of(in.source, in.survey, rows, columns, in.options, w);
        CrossTab aligned = paired ? read.paired() : read;
        CrossTab t = aligned;
        if (secrecy > 0) {
            // Masked together with the single tables published from the same data and secrecy (and their derivations).
            SurveyResult singles = analyze(in, w);
            t = CrossTab.maskedTogether(List.of(withSingles(aligned, singles)), secrecy, in.survey.derivations(), singles).get(0);
        }
        t = d.crossTab(t);
        checkPopulation(t.respondents());
        return CrossTabResult.of(t, paired);
    }

    /**
     * Per answer of the single-choice question {@code by}, the analysis of its respondents (intervals and secrecy
     * applied to each, masked together with the overall table they add up to). Under secrecy a group whose row is
     * masked in the overall table is left out (its size would give the row back), and counted.
     */
    public GroupedResult runByGroup(String by) {
        Objects.requireNonNull(by, "the id of the question whose answers are the groups");
        Input in = input();
        Disclosure d = disclosure.disclosure(in.spec != null && in.spec.pseudonymise(), in.source);
        Map<String, SurveyResult> analysed = SurveyAnalyzer.byGroup(in.source, in.survey, by, in.options);
        // The overall table: its respondents (some may be in no group) for the population; masked as published, for secrecy.
        boolean stratified = strata != null && precision != null;
        SurveyResult unmasked = secrecy > 0 || (precision != null && precision.population() > 0) || stratified
                ? SurveyAnalyzer.analyze(in.source, in.survey, in.options) : null;
        SurveyResult overall = unmasked == null ? null : unmasked.withSecret(secrecy, in.survey.derivations(), dominance);
        if (overall != null) {
            checkPopulation(overall.respondents());
        }
        // A group is a part of the respondents: its population is estimated from the survey's, as a filtered base's.
        Precision inGroup = precision != null && overall != null ? precision.ofGroup(overall.respondents()) : precision;
        Map<String, SurveyResult> groups = new LinkedHashMap<>();
        if (stratified) {
            List<ResponseRates.Rate> rates = rates(unmasked);
            Map<String, ? extends Map<String, SurveyResult>> within = SurveyAnalyzer.byGroupInStrata(in.source, in.survey, by, stratum,
                    rates.stream().map(ResponseRates.Rate::stratum).toList(), in.options);
            analysed.forEach((g, r) -> groups.put(g, stratified(g, r, rates, within, unmasked.respondents())));
        } else {
            analysed.forEach((g, r) -> groups.put(g, r.withPrecision(inGroup)));
        }
        // Masked together: the groups add up to the overall table, published too.
        Map<String, SurveyResult> masked = Secrecy.maskGroups(groups, overall, secrecy, in.survey.derivations(), dominance);
        int leftOut = 0;
        if (secrecy > 0) {
            Map<String, SurveyResult> shown = new LinkedHashMap<>();
            // A group's sum withheld or left out must not follow from the overall sum less the others'.
            Secrecy.protectGroupSums(masked, Secrecy.publishableGroups(masked, overall, by), overall)
                    .forEach((g, r) -> shown.put(g, MaskedAnswers.group(r)));
            leftOut = masked.size() - shown.size();
            masked = shown;
        }
        return new GroupedResult(by, d.groups(masked), leftOut, d);
    }

    /**
     * Group {@code g}'s tables with the intervals of a stratified estimate within it: each stratum of the population
     * file counting for its share of the group. When the design leaves them undefined (a respondent of the group in no
     * stratum, a stratum of one respondent) its intervals are left out and its diagnostics say why.
     */
    private SurveyResult stratified(String g, SurveyResult r, List<ResponseRates.Rate> rates,
                                    Map<String, ? extends Map<String, SurveyResult>> withinStrata, long surveyRespondents) {
        List<StratifiedGroup.Part> parts = new ArrayList<>();
        long inStrata = 0;
        for (ResponseRates.Rate rate : rates) {
            SurveyResult within = withinStrata.get(rate.stratum()).get(g);
            StratifiedGroup.Part part = new StratifiedGroup.Part(rate.stratum(), rate.population(), rate.respondents(),
                    within == null || within.respondents() == 0 ? null : within);
            inStrata += part.inGroup();
            parts.add(part);
        }
        StratifiedGroup design = new StratifiedGroup(stratum, parts, r.respondents() - inStrata, secrecy);
        SurveyResult out = r.withPrecision(precision.ofGroup(surveyRespondents, design));
        java.util.Optional<Message> undefined = design.undefined(g);
        if (undefined.isEmpty() && secretRows(r, design)) {
            undefined = java.util.Optional.of(Message.of("group.strata.secret.rows", g, secrecy, secrecy - 1, stratum));
        }
        if (undefined.isEmpty()) {
            return out;
        }
        List<Diagnostic> all = new ArrayList<>(out.diagnostics());
        all.add(new Diagnostic(SourceLocation.file(strata.toString()), undefined.get()));
        return out.withDiagnostics(all);
    }

    /** Whether secrecy withholds the stratified interval of some row of the group's tables ({@link StratifiedGroup#withheld}). */
    private static boolean secretRows(SurveyResult r, StratifiedGroup design) {
        for (QuestionResult q : r.questions()) {
            if (q instanceof QuestionResult.Choices c && c.rows().stream().anyMatch(row -> design.withheld(c.question().id(), row))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The published tables only (intervals, rates, secrecy, the structure's notes), personal data as written: no
     * term tables, no cross-tabulations, no masking.
     */
    public SurveyResult tables() {
        Input in = input();
        return MaskedAnswers.group(analyze(in, weights(in)));
    }

    /**
     * The tables' diagnostics and the data-quality findings: answers from outside a question's filter or its choices,
     * repeated respondent ids, numbers far outside the rest, and, given a CSV of figures a report printed
     * ({@code published}: question, row, count and/or percent; null for none), those the data do not give, a
     * percentage being allowed {@code tolerance} points off.
     */
    public List<Diagnostic> check(Path published, double tolerance) {
        Input in = input();
        SurveyResult open = SurveyAnalyzer.analyze(in.source, in.survey, in.options, weights(in)).withPrecision(precision);
        // Far-off answers are sought in the unmasked summaries: secrecy withholds the extremes they are told by.
        return ExportChecks.findings(in.source, in.survey, published(in, open), open, published, tolerance);
    }

    /**
     * The analysis options the run uses: the quartile method and weights given, else the spec's; the platform of
     * the import options.
     */
    public AnalysisOptions analysisOptions() {
        return options(resolvedSpec(null));
    }

    /** The spec the run uses (the file read, the structure converted, or the one given), or null to infer. */
    public Spec resolvedSpec() {
        return resolvedSpec(null);
    }

    private AnalysisOptions options(Spec s) {
        QuantileMethod method = quantiles != null ? quantiles : s != null ? s.quantiles() : QuantileMethod.DEFAULT;
        WeightSpec w = weights != null ? weights : s != null ? s.weights() : null;
        return AnalysisOptions.builder().quantiles(method).lenient(lenient).includeIncomplete(includeIncomplete)
                .platform(importOptions.platform()).weights(w).exactLimit(exactLimit).build();
    }

    /**
     * The run's weights. A weight column named in the spec file that the export lacks is the file's mistake, located
     * there (exit code 3), not a name the caller gave ({@link fr.enquete.model.ReferenceException}: exit code 2).
     */
    private Weights weights(Input in) {
        try {
            return SurveyAnalyzer.weights(in.source, in.survey, in.options);
        } catch (fr.enquete.model.ReferenceException e) {
            Path from = specFile != null ? specFile : specRead;
            if (weights == null && from != null) {
                throw e.at(fr.enquete.model.SourceLocation.file(from.toString()));
            }
            throw e;
        }
    }

    /** What one run reads first: the export opened, the spec, the survey, the options. */
    private record Input(TableSource source, Spec spec, List<Message> structureNotes, Survey survey, AnalysisOptions options) {
    }

    private Input input() {
        if (structure != null && (spec != null || specFile != null)) {
            throw new IllegalArgumentException("give either a spec or a structure, not both");
        }
        TableSource source = Importers.open(export, importOptions);
        List<Message> notes = List.of();
        Spec s;
        if (structure != null) {
            LssReader.Result r = readStructure(source);
            s = r.spec();
            notes = r.notes();
        } else {
            s = resolvedSpec(source);
        }
        Survey survey = s != null ? s.survey() : SchemaInference.infer(source).survey();
        return new Input(source, s, notes, survey, options(s));
    }

    private Spec resolvedSpec(TableSource source) {
        if (structure != null) {
            return readStructure(source != null ? source : Importers.open(export, importOptions)).spec();
        }
        return specFile != null ? SpecReader.read(specFile) : spec;
    }

    private LssReader.Result readStructure(TableSource source) {
        String name = structure.getFileName().toString().toLowerCase(Locale.ROOT);
        LssReader.Result r = name.endsWith(".lss") || name.endsWith(".xml") ? LssReader.read(structure, structureLanguage)
                : XlsFormReader.read(structure, source.header(), structureLanguage);
        if (r.labels() != null && !labelsSaid) {
            labelsSaid = true;
            labelsNote.accept(r.labels());
        }
        return r;
    }

    /** The published tables before personal data is masked: intervals, rates, secrecy, the structure's notes. */
    private SurveyResult analyze(Input in, Weights w) {
        return published(in, SurveyAnalyzer.analyze(in.source, in.survey, in.options, w).withPrecision(precision));
    }

    /** {@link #analyze}'s tables from the unmasked ones: secrecy, rates and the structure's notes applied. */
    private SurveyResult published(Input in, SurveyResult open) {
        SurveyResult result = open;
        checkPopulation(result.respondents());
        // Rates from the masked tables: a stratum whose row secrecy masks gets no published rate (it gave the count back).
        result = result.withSecret(secrecy, in.survey.derivations(), dominance);
        if (strata != null) {
            result = result.withRates(rates(result));
            List<Diagnostic> all = new ArrayList<>(result.diagnostics());
            for (ResponseRates.Rate rate : result.rates()) {
                if (rate.respondents() > rate.population()) {
                    all.add(new Diagnostic(SourceLocation.file(strata.toString()), rate.masked()
                            ? Message.of("stratum.over.masked", rate.stratum(), rate.population())
                            : Message.of("stratum.over", rate.stratum(), rate.respondents(), rate.population())));
                }
            }
            result = result.withDiagnostics(all);
        }
        if (structure == null) {
            return result;
        }
        // What the structure could not carry over (untranslated relevance, unread types) goes with the diagnostics.
        List<Diagnostic> all = new ArrayList<>();
        in.structureNotes.forEach(n -> all.add(new Diagnostic(SourceLocation.file(structure.toString()), n)));
        all.addAll(result.diagnostics());
        return result.withDiagnostics(all);
    }

    /** Refuses a population smaller than the respondents: a rate above 100 % and collapsed intervals would be printed. */
    private void checkPopulation(long respondents) {
        if (precision != null && precision.population() > 0 && precision.population() < respondents) {
            throw new InvalidOptionException(InvalidOptionException.Kind.POPULATION_BELOW_RESPONDENTS,
                    "population " + precision.population() + " is smaller than the " + respondents
                            + " respondents counted; give the number of people surveyed (at least " + respondents + ")",
                    precision.population(), respondents);
        }
    }

    private List<ResponseRates.Rate> rates(SurveyResult result) {
        if (stratum == null) {
            throw new InvalidOptionException(InvalidOptionException.Kind.NO_STRATUM,
                    "response rates need the question whose answers are the strata (e.g. dpt)");
        }
        QuestionResult q = result.questions().stream().filter(r -> r.question().id().equals(stratum)).findFirst()
                .orElseThrow(() -> new InvalidOptionException(InvalidOptionException.Kind.UNKNOWN_STRATUM,
                        "no question \"" + stratum + "\" for the strata", stratum));
        if (!(q instanceof QuestionResult.Choices c) || q.question().type() == QuestionType.MULTIPLE) {
            throw new InvalidOptionException(InvalidOptionException.Kind.STRATUM_NOT_SINGLE,
                    "the strata need a single-choice question; \"" + stratum + "\" is " + q.question().type().code(),
                    stratum, q.question().type().code());
        }
        return ResponseRates.of(strata, c);
    }

    /**
     * The layout's cross-tabulations, read in one pass with the run's weights, passed through the disclosure, and
     * under secrecy masked together with the single tables published beside them.
     */
    private Map<ReportLayout.Crossing, CrossTab> crosstabs(Input in, ReportLayout layout, Weights w, Disclosure d,
                                                          SurveyResult published) {
        Map<ReportLayout.Crossing, CrossTab> out = new LinkedHashMap<>();
        List<ReportLayout.Crossing> distinct = layout.crosstabs().stream().distinct().toList();
        if (distinct.isEmpty()) {
            return out;
        }
        List<CrossTab> tables = CrossTab.of(in.source, in.survey,
                distinct.stream().map(c -> new CrossTab.Pair(c.rows(), c.columns())).toList(), in.options, w);
        return published(distinct, tables.stream().map(d::crossTab).toList(), secrecy, in.survey, published);
    }

    /**
     * The cross-tabulations of {@code crossings} as a report publishes them: under secrecy, each masked with the
     * single tables of its questions as {@code published} shows them, then all of them masked as one system (two
     * tables sharing a question, or over a question and its derived one, add up).
     */
    public static Map<ReportLayout.Crossing, CrossTab> published(List<ReportLayout.Crossing> crossings, List<CrossTab> tables,
                                                                 int secrecy, Survey survey, SurveyResult published) {
        Map<ReportLayout.Crossing, CrossTab> out = new LinkedHashMap<>();
        if (secrecy <= 0) {
            for (int i = 0; i < crossings.size(); i++) {
                out.put(crossings.get(i), tables.get(i));
            }
            return out;
        }
        List<CrossTab> withSingles = tables.stream().map(t -> withSingles(t, published)).toList();
        List<CrossTab> together = CrossTab.maskedTogether(new java.util.ArrayList<>(withSingles), secrecy, survey.derivations(), published);
        for (int i = 0; i < crossings.size(); i++) {
            out.put(crossings.get(i), together.get(i));
        }
        return out;
    }

    /** The cross-tabulation masked together with the single tables of its questions, as {@code result} publishes them. */
    public static CrossTab withSingles(CrossTab t, SurveyResult result) {
        QuestionResult.Choices r = choices(result, t.rows().id());
        QuestionResult.Choices c = choices(result, t.columns().id());
        return r == null && c == null ? t : t.withSingles(r, c);
    }

    private static QuestionResult.Choices choices(SurveyResult result, String id) {
        for (QuestionResult q : result.questions()) {
            if (q.question().id().equals(id) && q instanceof QuestionResult.Choices c) {
                return c;
            }
        }
        return null;
    }
}
