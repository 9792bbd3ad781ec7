package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Message;
import fr.enquete.model.Survey;
import fr.enquete.spec.SchemaInference;
import fr.enquete.report.Lang;
import fr.enquete.spec.Spec;
import fr.enquete.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line's options turned into the toolkit's {@link fr.enquete.analysis.Analysis}, which owns the use
 * cases (spec precedence, weights, secrecy, intervals, masking, term tables, cross-tabulations), and its option
 * errors worded with the command's flags.
 */
final class Pipeline {

    private Pipeline() {
    }

    /** The analysis the export options ask for (spec or structure, quartiles, weights, secrecy, intervals, strata). */
    static fr.enquete.analysis.Analysis analysis(ExportOptions o) {
        if (o.spec != null && o.structure != null) {
            throw new UsageException(Message.of("usage.spec.structure"));
        }
        fr.enquete.analysis.Analysis a = fr.enquete.analysis.Analysis.of(o.export).importOptions(o.importOptions())
                .quantiles(o.quantileMethod()).weights(o.weights()).lenient(o.lenient).includeIncomplete(o.includeIncomplete)
                .exactLimit(o.exactLimit()).secrecy(Math.max(0, o.secret)).dominance(o.dominanceRule())
                .precision(o.precision());
        if (o.structure != null) {
            a.structure(o.structure, o.labelLanguage(), o::sayLabels);
        } else {
            a.spec(spec(o), o.spec);
        }
        if (o.strata != null) {
            a.responseRates(o.strata, o.stratum);
        }
        return a;
    }

    /** {@link #analysis(ExportOptions)} with the command's privacy options, term tables and progress line. */
    static fr.enquete.analysis.Analysis analysis(ExportOptions o, TextOptions text, boolean naiveTables, PrivacyOptions privacy,
                                                 Lang lang, java.util.function.Consumer<String> phase) {
        fr.enquete.analysis.Analysis a = analysis(o).progress(phase).disclosure(policy(privacy, lang));
        if (text != null && !text.noTerms) {
            if (text.top != null && text.top < 1) {
                throw new UsageException(Message.of("usage.at.least", "--top", 1));
            }
            a.terms(text.termOptions(), text.top, naiveTables);
        }
        return a;
    }

    /** How the command publishes personal data: its --keep-personal-data, --pseudonymise and --names, and the spec's policy. */
    static fr.enquete.analysis.Analysis.DisclosurePolicy policy(PrivacyOptions privacy, Lang lang) {
        PrivacyOptions p = privacy == null ? new PrivacyOptions() : privacy;
        return (specAsks, export) -> p.disclosure(specAsks, lang, List.of(export));
    }

    /**
     * Runs {@code step}, whose names (question ids, columns) come from the command line: its option errors are said
     * with the command's flags, and a name the input lacks is a usage error (exit code 2), as an unknown value is.
     */
    static <T> T run(java.util.function.Supplier<T> step) {
        try {
            return options(step);
        } catch (fr.enquete.model.ReferenceException e) {
            throw new UsageException(e);
        }
    }

    /**
     * As {@link #run(java.util.function.Supplier)}, the names read from a file (a study file) at {@code at}: a name the
     * input lacks is an input error located there (exit code 3).
     */
    static <T> T run(java.util.function.Supplier<T> step, fr.enquete.model.SourceLocation at) {
        try {
            return options(step);
        } catch (fr.enquete.model.ReferenceException e) {
            throw e.at(at);
        }
    }

    private static <T> T options(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (fr.enquete.analysis.InvalidOptionException e) {
            List<Object> v = e.values();
            throw new UsageException(switch (e.kind()) {
                case POPULATION_BELOW_RESPONDENTS -> Message.of("usage.population.small", String.valueOf(v.get(0)), v.get(1));
                case NO_STRATUM -> Message.of("usage.stratum.missing");
                case UNKNOWN_STRATUM -> Message.of("usage.stratum.unknown", v.get(0));
                case STRATUM_NOT_SINGLE -> Message.of("usage.stratum.single", v.get(0), v.get(1));
            });
        }
    }

    /**
     * The spec given: a spec file, a LimeSurvey structure (.lss), or none (null). Both at once is a usage error.
     * Read once per command, however many steps ask for it.
     */
    static Spec spec(ExportOptions o) {
        if (o.spec != null && o.structure != null) {
            throw new UsageException(Message.of("usage.spec.structure"));
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
        fr.enquete.spec.LssReader.Result r = name.endsWith(".lss") || name.endsWith(".xml")
                ? fr.enquete.spec.LssReader.read(o.structure, o.labelLanguage())
                : fr.enquete.spec.XlsFormReader.read(o.structure, Importers.open(o.export, o.importOptions()).header(), o.labelLanguage());
        if (r.labels() != null) {
            o.sayLabels(r.labels());
        }
        return r;
    }

    /** Says on {@code err} how many groups secrecy left out. */
    /**
     * Warns on standard error of the rows a workbook hides (a filter left on, rows hidden by hand): read and counted,
     * which the user who hid them probably did not mean, and which a report's reader would not see among its findings.
     */
    static void hiddenRows(fr.enquete.stats.SurveyResult result, java.io.PrintWriter err) {
        for (fr.enquete.stats.Diagnostic d : result.diagnostics()) {
            if (d.message().key().startsWith("sheet.hidden.")) {
                err.println("enquete: warning: " + d);
            }
        }
        err.flush();
    }

    static void leftOut(fr.enquete.analysis.GroupedResult g, ExportOptions o, java.io.PrintWriter err) {
        if (g.leftOut() > 0) {
            err.println("enquete: " + fr.enquete.model.English.count(g.leftOut(), "group", "groups") + " of " + g.by() + " left out under --secret "
                    + o.secret + ": their size is masked in the table of " + g.by());
        }
    }

    /** The survey the export is read with: the spec's, or the inferred one. */
    static Survey survey(ExportOptions o, TableSource source) {
        Spec spec = spec(o);
        return spec != null ? spec.survey() : SchemaInference.infer(source).survey();
    }

    /**
     * A free-text question's answers read from the export, with the spec given, the masking it and the options ask, and
     * under --secret the groups of the variables whose figures must be withheld.
     */
    record Answers(fr.enquete.text.Corpus corpus, Spec spec, fr.enquete.privacy.Disclosure disclosure, MaskedGroups masked) {
    }

    /**
     * Reads {@code question}'s answers (with the {@code variables} questions' answers beside them) and decides their
     * masking: what {@code terms} and {@code classes} both do with an export. The masking is not applied yet.
     */
    static Answers answers(ExportOptions o, String question, List<String> variables, PrivacyOptions privacy, Lang lang) {
        TableSource source = Importers.open(o.export, o.importOptions());
        Survey survey = survey(o, source);
        fr.enquete.text.Corpus corpus = run(() -> fr.enquete.text.Corpus.read(source, survey, question, variables));
        fr.enquete.model.Question choice = o.secret > 0 ? otherChoice(survey, corpus.question()) : null;
        if (choice != null) {
            refuseMaskedOtherTexts(o, choice, corpus.question());
        }
        MaskedGroups masked = o.secret > 0 ? maskedGroups(o, survey, choice, corpus, variables) : MaskedGroups.NONE;
        Spec given = spec(o);
        return new Answers(corpus, given, privacy.disclosure(given != null && given.pseudonymise(), lang, List.of(source)), masked);
    }

    /** The choice question whose "Autre" answer is written in {@code text}'s column, or null. */
    private static fr.enquete.model.Question otherChoice(Survey survey, fr.enquete.model.Question text) {
        return survey.questions().stream().filter(q -> q.options().stream()
                        .anyMatch(opt -> opt.column().equals(text.column()))
                        || q.options().isEmpty() && q.type().hasChoices() && fr.enquete.stats.Secrecy.specifiesOther(q, text.column()))
                .findFirst().orElse(null);
    }

    /**
     * Under --secret, refuses the "Autre" texts of a choice whose "Autre" row the tables mask: their number is that
     * masked count, and every figure of terms or classes is built on them. The tables are those stats publishes from
     * the same export and options (read again, only when a choice's "Autre" is written in this text's column).
     */
    private static void refuseMaskedOtherTexts(ExportOptions o, fr.enquete.model.Question choice, fr.enquete.model.Question text) {
        if (withholds(run(() -> analysis(o).tables()), text.id())) {
            throw new UsageException(Message.of("secret.other.text", text.id(), choice.id(), o.secret));
        }
    }

    /** Whether {@code tables} withhold the free-text question {@code textId} (its "Autre" row masked). */
    private static boolean withholds(fr.enquete.stats.SurveyResult tables, String textId) {
        return tables.questions().stream().anyMatch(r -> r instanceof fr.enquete.stats.QuestionResult.Text t
                && t.question().id().equals(textId) && t.withheld());
    }

    /**
     * The groups of each single-choice or scale {@code variables} question which {@code stats --by} leaves out (the
     * group's size masked in the question's table: with every member answering, the group's number of answers is that
     * size), whatever the text, or in which it withholds the text ({@code choice}'s "Autre" row, which the text
     * specifies, masked in the group's table, masked together with the others and the overall table): there, the
     * group's number of answers is that masked count. The groups are read as stats reads them; they are given as the
     * export writes them, as the corpus holds them.
     *
     * @param choice the choice question whose "Autre" the text specifies, or null
     */
    private static MaskedGroups maskedGroups(ExportOptions o, Survey survey, fr.enquete.model.Question choice,
                                             fr.enquete.text.Corpus corpus, List<String> variables) {
        java.util.Map<String, java.util.SortedMap<String, MaskedGroups.Reason>> out = new java.util.LinkedHashMap<>();
        for (String id : variables) {
            fr.enquete.model.Question by = survey.question(id).orElseThrow();
            if (by.type() != fr.enquete.model.QuestionType.SINGLE && by.type() != fr.enquete.model.QuestionType.SCALE) {
                continue; // stats --by publishes no groups of it, hence no group's count to give back.
            }
            // Group names as written: this reading is never published.
            java.util.Map<String, fr.enquete.stats.SurveyResult> shown = run(() -> analysis(o)
                    .disclosure((asks, export) -> fr.enquete.privacy.Disclosure.keeping()).runByGroup(id)).groups();
            java.util.SortedMap<String, MaskedGroups.Reason> withheld = new java.util.TreeMap<>();
            for (java.util.Map<String, String> values : corpus.variables()) {
                String raw = values.get(id);
                if (raw == null || raw.isBlank() || withheld.containsKey(raw)) {
                    continue;
                }
                fr.enquete.stats.SurveyResult group = shown.get(fr.enquete.model.ChoiceMatch.match(by.choices(), by.decode(raw)));
                if (group == null) {
                    withheld.put(raw, MaskedGroups.Reason.SIZE);
                } else if (withholds(group, corpus.question().id())) {
                    withheld.put(raw, MaskedGroups.Reason.OTHER);
                }
            }
            out.put(id, withheld);
        }
        return new MaskedGroups(corpus.question().id(), choice == null ? null : choice.id(), o.secret, out);
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
                    throw new UsageException(Message.of("usage.output.input", out));
                }
            } catch (IOException e) {
                // Cannot compare (unreadable): the write itself will report the problem.
            }
        }
    }
}
