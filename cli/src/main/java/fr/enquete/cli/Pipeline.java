package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Survey;
import fr.enquete.spec.SchemaInference;
import fr.enquete.privacy.Disclosure;
import fr.enquete.report.Lang;
import fr.enquete.spec.ReportLayout;
import fr.enquete.spec.Spec;
import fr.enquete.spec.SpecReader;
import fr.enquete.stats.AnalysisOptions;
import fr.enquete.stats.QuantileMethod;
import fr.enquete.stats.SurveyAnalyzer;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermTable;

/** Export + spec (or inference) to results: what stats, report and demo share. */
final class Pipeline {

    private Pipeline() {
    }

    /**
     * What the commands write: the tables, the term tables of text questions (possibly none), and the spec's
     * report layout (the default one without a spec).
     */
    record Analysis(SurveyResult result, Map<String, TermTable> terms, Map<String, TermTable> naive, ReportLayout layout,
                    Disclosure disclosure, Map<ReportLayout.Crossing, fr.enquete.stats.CrossTab> crosstabs) {

        /** The same analysis laid out with {@code l}, its cross-tabulations computed from the export (and disclosed as the rest). */
        Analysis withLayout(ReportLayout l, ExportOptions o) {
            return new Analysis(result, terms, naive, l, disclosure, Pipeline.crosstabs(o, l, disclosure));
        }
    }

    /** The cross-tabulations a layout asks for, each read from the export with the run's options (weights...). */
    static Map<ReportLayout.Crossing, fr.enquete.stats.CrossTab> crosstabs(ExportOptions o, ReportLayout layout, Disclosure disclosure) {
        Map<ReportLayout.Crossing, fr.enquete.stats.CrossTab> out = new java.util.LinkedHashMap<>();
        if (layout.crosstabs().isEmpty()) {
            return out;
        }
        TableSource source = source(o);
        Survey survey = survey(o, source);
        AnalysisOptions options = options(o);
        // Raking reads the export once for all the crossings.
        fr.enquete.weight.Weights weights = SurveyAnalyzer.weights(source, survey, options);
        for (ReportLayout.Crossing c : layout.crosstabs()) {
            out.computeIfAbsent(c, k -> disclosure.crossTab(fr.enquete.stats.CrossTab.of(source, survey, k.rows(), k.columns(), options, weights)));
        }
        if (o.secret > 0) {
            // The report publishes the single tables too: the crossings are masked with them.
            SurveyResult singles = analyze(o);
            out.replaceAll((k, t) -> withSingles(t, singles));
            // Published together, the crossings are masked as one system (two tables sharing a question, or over a question
            // and its derived one, add up).
            List<ReportLayout.Crossing> keys = new java.util.ArrayList<>(out.keySet());
            List<fr.enquete.stats.CrossTab> together = fr.enquete.stats.CrossTab.maskedTogether(new java.util.ArrayList<>(out.values()), o.secret,
                    survey.derivations(), singles);
            for (int k = 0; k < keys.size(); k++) {
                out.put(keys.get(k), together.get(k));
            }
        }
        return out;
    }

    /** The cross-tabulation masked together with the single tables of its questions, as {@code result} publishes them. */
    static fr.enquete.stats.CrossTab withSingles(fr.enquete.stats.CrossTab t, SurveyResult result) {
        fr.enquete.stats.QuestionResult.Choices r = choices(result, t.rows().id());
        fr.enquete.stats.QuestionResult.Choices c = choices(result, t.columns().id());
        return r == null && c == null ? t : t.withSingles(r, c);
    }

    private static fr.enquete.stats.QuestionResult.Choices choices(SurveyResult result, String id) {
        for (fr.enquete.stats.QuestionResult q : result.questions()) {
            if (q.question().id().equals(id) && q instanceof fr.enquete.stats.QuestionResult.Choices c) {
                return c;
            }
        }
        return null;
    }

    static Analysis analyze(ExportOptions o, TextOptions text) {
        return analyze(o, text, false, new PrivacyOptions(), Lang.FR);
    }

    /**
     * {@code naive}: also the published tables' naive word counts, for comparison in a report;
     * {@code privacy}: pseudonymise free text first (when asked there or by the spec), so that nothing
     * written, term tables included, holds the masked data. Placeholders follow {@code lang}.
     */
    /**
     * The spec given: a spec file, a LimeSurvey structure (.lss), or none (null). Both at once is a usage error.
     * Read once per command, however many steps ask for it.
     */
    static Spec spec(ExportOptions o) {
        if (o.spec != null && o.structure != null) {
            throw new UsageException("give either --spec or --structure, not both");
        }
        if (!o.specRead) {
            o.readSpec = o.structure != null ? structure(o).spec() : o.spec != null ? SpecReader.read(o.spec) : null;
            o.specRead = true;
        }
        return o.readSpec;
    }

    /** The --structure file read as a spec: a LimeSurvey .lss, or an XLSForm (KoboToolbox, ODK) workbook. */
    static fr.enquete.spec.LssReader.Result structure(ExportOptions o) {
        String name = o.structure.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".lss") || name.endsWith(".xml")) {
            return fr.enquete.spec.LssReader.read(o.structure);
        }
        return fr.enquete.spec.XlsFormReader.read(o.structure, Importers.open(o.export, o.importOptions()).header());
    }

    static Analysis analyze(ExportOptions o, TextOptions text, boolean naiveTables, PrivacyOptions privacy, Lang lang) {
        return analyze(o, text, naiveTables, privacy, lang, phase -> { });
    }

    /** {@code phase} hears what is being done once the export is read (for a progress line). */
    static Analysis analyze(ExportOptions o, TextOptions text, boolean naiveTables, PrivacyOptions privacy, Lang lang,
                            java.util.function.Consumer<String> phase) {
        if (text != null && !text.noTerms) {
            // Term tables follow: load the language models while the export is read.
            fr.enquete.text.FrenchPipeline.preload();
        }
        Spec spec = spec(o);
        ReportLayout layout = spec != null ? spec.report() : ReportLayout.DEFAULT;
        // Every text of the respondents goes through the disclosure before anything (term tables included) is made of it.
        Disclosure disclosure = disclosure(o, privacy, lang);
        SurveyResult result = disclosure.result(analyze(o));
        phase.accept("free-text answers");
        int top = text == null ? 20 : text.top(layout.top());
        boolean none = text == null || text.noTerms;
        Map<String, TermTable> terms = none ? Map.of() : SurveyTerms.of(result, text.termOptions(), top);
        Map<String, TermTable> naive = none || !naiveTables ? Map.of() : SurveyTerms.naive(result, top);
        return new Analysis(result, terms, naive, layout, disclosure, crosstabs(o, layout, disclosure));
    }

    /** How the command publishes personal data: its --keep-personal-data, --pseudonymise and --names, and the spec's policy. */
    static Disclosure disclosure(ExportOptions o, PrivacyOptions privacy, Lang lang) {
        Spec spec = spec(o);
        return (privacy == null ? new PrivacyOptions() : privacy).disclosure(spec != null && spec.pseudonymise(), lang,
                List.of(Importers.open(o.export, o.importOptions())));
    }

    /**
     * Per group of the {@code by} question, the analysis of its respondents (intervals and secrecy applied to each),
     * passed through {@code disclosure} like any other result. Under --secret a group whose row is masked in the
     * overall table is left out (its size would give the row back), named on {@code err} by count only.
     */
    static Map<String, SurveyResult> byGroup(ExportOptions o, String by, Disclosure disclosure, java.io.PrintWriter err) {
        TableSource source = source(o);
        Map<String, SurveyResult> groups = new java.util.LinkedHashMap<>();
        Survey survey = survey(o, source);
        Map<String, SurveyResult> analysed = SurveyAnalyzer.byGroup(source, survey, by, options(o));
        // The overall table: its respondents (some may be in no group) for --population; masked as published, for secrecy.
        SurveyResult overall = o.secret > 0 || o.population != null
                ? SurveyAnalyzer.analyze(source, survey, options(o)).withSecret(o.secret, survey.derivations()) : null;
        if (overall != null) {
            o.checkPopulation(overall.respondents());
        }
        analysed.forEach((g, r) -> groups.put(g, r.withPrecision(o.precision())));
        // Masked together: the groups add up to the overall table, published too.
        Map<String, SurveyResult> masked = fr.enquete.stats.Secrecy.maskGroups(groups, overall, o.secret, survey.derivations());
        if (o.secret > 0) {
            Map<String, SurveyResult> published = fr.enquete.stats.Secrecy.publishableGroups(masked, overall, by);
            if (published.size() < masked.size()) {
                err.println("enquete: " + (masked.size() - published.size()) + " group(s) of " + by + " left out under --secret "
                        + o.secret + ": their size is masked in the table of " + by);
            }
            masked = published;
        }
        return disclosure.groups(masked);
    }

    /** Response rates per value of --stratum, against the populations of --strata. */
    private static List<fr.enquete.stats.ResponseRates.Rate> rates(ExportOptions o, SurveyResult result) {
        if (o.stratum == null) {
            throw new UsageException("--strata needs --stratum ID, the question whose answers are the strata (e.g. dpt)");
        }
        fr.enquete.stats.QuestionResult q = result.questions().stream().filter(r -> r.question().id().equals(o.stratum)).findFirst()
                .orElseThrow(() -> new UsageException("no question \"" + o.stratum + "\" for --stratum"));
        if (!(q instanceof fr.enquete.stats.QuestionResult.Choices c) || q.question().type() == fr.enquete.model.QuestionType.MULTIPLE) {
            throw new UsageException("--stratum needs a single-choice question; \"" + o.stratum + "\" is " + q.question().type().code());
        }
        return fr.enquete.stats.ResponseRates.of(o.strata, c);
    }

    /**
     * The analysis options the export options ask for: the quartile method (--quantiles, else the spec's, else type
     * 7), leniency, platform, weights (--weight or --rake, else the spec's), the exact limit.
     */
    static AnalysisOptions options(ExportOptions o) {
        Spec spec = spec(o);
        QuantileMethod cli = o.quantileMethod();
        QuantileMethod method = cli != null ? cli : spec != null ? spec.quantiles() : QuantileMethod.DEFAULT;
        return new AnalysisOptions(method, o.lenient, o.includeIncomplete, o.platform(), o.weights(spec), o.exactLimit());
    }

    /** The survey the export is read with: the spec's, or the inferred one. */
    static Survey survey(ExportOptions o, TableSource source) {
        Spec spec = spec(o);
        return spec != null ? spec.survey() : SchemaInference.infer(source).survey();
    }

    /** The export (the analysis adds the spec's derived columns itself). */
    static TableSource source(ExportOptions o) {
        return Importers.open(o.export, o.importOptions());
    }

    static SurveyResult analyze(ExportOptions o) {
        TableSource source = source(o);
        Survey survey = survey(o, source);
        SurveyResult result = SurveyAnalyzer.analyze(source, survey, options(o)).withPrecision(o.precision());
        o.checkPopulation(result.respondents());
        if (o.strata != null) {
            result = result.withRates(rates(o, result));
            List<fr.enquete.stats.Diagnostic> all = new java.util.ArrayList<>(result.diagnostics());
            for (fr.enquete.stats.ResponseRates.Rate rate : result.rates()) {
                if (rate.respondents() > rate.population()) {
                    all.add(new fr.enquete.stats.Diagnostic(fr.enquete.model.SourceLocation.file(o.strata.toString()),
                            fr.enquete.model.Message.of("stratum.over", rate.stratum(), rate.respondents(), rate.population())));
                }
            }
            result = result.withDiagnostics(all);
        }
        result = result.withSecret(o.secret, survey.derivations());
        if (o.structure == null) {
            return result;
        }
        // What the .lss could not carry over (untranslated relevance, unread types) goes with the diagnostics.
        List<fr.enquete.stats.Diagnostic> all = new java.util.ArrayList<>();
        structure(o).notes().forEach(n -> all.add(new fr.enquete.stats.Diagnostic(
                fr.enquete.model.SourceLocation.file(o.structure.toString()), n)));
        all.addAll(result.diagnostics());
        return result.withDiagnostics(all);
    }

    /**
     * Every file a command reads, from its option groups ({@link ExportOptions}, {@link TextOptions},
     * {@link PrivacyOptions}, {@link QualOptions}) and single files ({@link Path}, null skipped): what
     * {@link #checkNotInput} must protect.
     */
    static Path[] inputs(Object... sources) {
        List<Path> all = new java.util.ArrayList<>();
        for (Object source : sources) {
            if (source instanceof ExportOptions e) {
                all.addAll(java.util.Arrays.asList(e.export, e.spec, e.structure, e.strata));
                for (String r : e.rake) {
                    int eq = r.indexOf('=');
                    if (eq > 0 && eq < r.length() - 1) {
                        all.add(Path.of(r.substring(eq + 1)));
                    }
                }
            } else if (source instanceof TextOptions t) {
                all.add(t.stopwords);
            } else if (source instanceof PrivacyOptions p) {
                all.add(p.names);
            } else if (source instanceof QualOptions q) {
                all.addAll(java.util.Arrays.asList(q.inputs()));
            } else if (source instanceof Path p) {
                all.add(p);
            } else if (source != null) {
                throw new IllegalArgumentException("not an input: " + source);
            }
        }
        return all.toArray(Path[]::new);
    }

    /** Refuses to write over an input file. */
    static void checkNotInput(Path out, Path... inputs) {
        for (Path in : inputs) {
            if (in == null) {
                continue;
            }
            try {
                boolean same = Files.exists(out) ? Files.isSameFile(out, in)
                        : out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize());
                if (same) {
                    throw new UsageException("the output " + out + " is an input file; choose another path");
                }
            } catch (IOException e) {
                // Cannot compare (unreadable): the write itself will report the problem.
            }
        }
    }
}
