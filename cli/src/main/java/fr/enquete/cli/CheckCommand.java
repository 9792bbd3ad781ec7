package fr.enquete.cli;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code enquete check}: data-quality and consistency checks before publishing: answers from outside a
 * question's filter, answers outside the listed choices, unfinished responses, repeated respondent ids,
 * numbers far outside the rest, and, given the figures a report printed, where the data disagree.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks an export before publishing: answers outside filters or choices, repeated ids, far-off numbers,"
                + " and figures a report printed (--published FILE) that the data do not give. Exit code 4 when something is found.")
final class CheckCommand implements Callable<Integer> {

    /** Something was found: the export or the published figures need a look. */
    static final int FOUND = 4;

    @Mixin
    ExportOptions export = new ExportOptions();

    @Option(names = "--published", paramLabel = "FILE",
            description = "Figures a report printed: CSV with columns question, row, count and/or percent.")
    Path published;

    @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "0.5",
            description = "How far a published percentage may be from the data's, in points (default 0.5, for rounding).")
    double tolerance;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SurveyResult result = Pipeline.analyze(export);
        TableSource source = Pipeline.source(export);
        List<String> findings = new ArrayList<>();
        for (Diagnostic d : result.diagnostics()) {
            findings.add(d.toString());
        }
        fr.enquete.model.Survey survey = Pipeline.survey(export, source);
        findings.addAll(repeatedIds(source, survey));
        findings.addAll(fr.enquete.stats.AnswerChecks.findings(source, survey));
        for (QuestionResult r : result.questions()) {
            if (r instanceof QuestionResult.Numeric n && n.summary().count() >= 4) {
                far(n).ifPresent(findings::add);
            }
        }
        if (published != null) {
            findings.addAll(published(result));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (findings.isEmpty()) {
            w.println("enquete check: nothing found in " + export.export);
        } else {
            w.println("enquete check: " + findings.size() + " finding(s) in " + export.export);
            findings.forEach(f -> w.println("- " + f));
        }
        w.flush();
        return findings.isEmpty() ? Main.OK : FOUND;
    }

    /** Identifier questions whose values repeat: the same respondent twice? */
    private static List<String> repeatedIds(TableSource source, fr.enquete.model.Survey survey) {
        List<Question> ids = survey.questions().stream().filter(q -> q.type() == QuestionType.ID
                && List.of("id", "_id", "respondent id", "response id", "_uuid").contains(q.column().toLowerCase(Locale.ROOT))).toList();
        List<String> out = new ArrayList<>();
        for (Question q : ids) {
            Map<String, List<Long>> seen = new HashMap<>();
            source.read(new TableHandler() {
                private int column;

                @Override
                public void header(Header header) {
                    column = header.indexOf(q.column()).orElse(-1);
                }

                @Override
                public void row(Row row) {
                    if (column >= 0 && !row.get(column).isBlank()) {
                        seen.computeIfAbsent(row.get(column).strip(), k -> new ArrayList<>()).add(row.number());
                    }
                }
            });
            seen.entrySet().stream().filter(e -> e.getValue().size() > 1).sorted(Map.Entry.comparingByKey()).forEach(e ->
                    out.add(SourceLocation.file(source.file().toString()).withColumn(q.column()) + ": id \"" + e.getKey()
                            + "\" appears in rows " + e.getValue() + ": the same respondent twice?"));
        }
        return out;
    }

    /** Extremes beyond three interquartile ranges from the quartiles (a typo such as 21000 for 210?). */
    private static java.util.Optional<String> far(QuestionResult.Numeric n) {
        NumericSummary s = n.summary();
        double iqr = s.q3() - s.q1();
        double low = s.q1() - 3 * iqr;
        double high = s.q3() + 3 * iqr;
        List<String> parts = new ArrayList<>();
        if (s.min() < low) {
            parts.add("minimum " + fmt(s.min()) + " < Q1 - 3 IQR = " + fmt(low));
        }
        if (s.max() > high) {
            parts.add("maximum " + fmt(s.max()) + " > Q3 + 3 IQR = " + fmt(high));
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of("question \"" + n.question().id() + "\": far-off values: " + String.join(", ", parts));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** The published figures the data do not give. */
    private List<String> published(SurveyResult result) {
        List<String> out = new ArrayList<>();
        TableSource figures = Importers.open(published, fr.enquete.importer.ImportOptions.DEFAULTS);
        String file = published.toString();
        Map<String, QuestionResult> byId = new HashMap<>();
        result.questions().forEach(q -> byId.put(q.question().id(), q));
        figures.read(new TableHandler() {
            private int question;
            private int row;
            private int count;
            private int percent;

            @Override
            public void header(Header h) {
                question = h.indexOf("question").orElse(-1);
                row = h.indexOf("row").orElse(-1);
                count = h.indexOf("count").orElse(-1);
                percent = h.indexOf("percent").orElse(-1);
                if (question < 0 || row < 0 || (count < 0 && percent < 0)) {
                    throw new InputException(SourceLocation.file(file), "published figures need the columns question, row and"
                            + " count and/or percent; found " + String.join(", ", h.names()));
                }
            }

            @Override
            public void row(Row r) {
                String where = SourceLocation.cell(file, r.number(), null).toString();
                QuestionResult q = byId.get(r.get(question).strip());
                if (!(q instanceof QuestionResult.Choices c)) {
                    out.add(where + ": no choice question \"" + r.get(question) + "\" in the data");
                    return;
                }
                String label = r.get(row).strip();
                ChoiceRow found = c.rows().stream().filter(x -> (x.missing() ? List.of("Sans réponse", "No answer", "") : List.of(x.label()))
                        .stream().anyMatch(l -> l.equalsIgnoreCase(label))).findFirst().orElse(null);
                if (found == null) {
                    out.add(where + ": question \"" + c.question().id() + "\" has no row \"" + label + "\"");
                    return;
                }
                if (count >= 0 && !r.get(count).isBlank()) {
                    double v = fr.enquete.model.CellValues.parseNumber(r.get(count));
                    if (Double.isNaN(v) || v != found.count()) {
                        out.add(where + ": " + c.question().id() + " / " + label + ": published count " + r.get(count).strip()
                                + ", the data give " + found.count());
                    }
                }
                if (percent >= 0 && !r.get(percent).isBlank()) {
                    double v = fr.enquete.model.CellValues.parseNumber(r.get(percent).replace("%", "").strip());
                    if (Double.isNaN(v) || Math.abs(v - found.percent()) > tolerance) {
                        out.add(where + ": " + c.question().id() + " / " + label + ": published " + r.get(percent).strip()
                                + ", the data give " + String.format(Locale.ROOT, "%.2f", found.percent()) + " %");
                    }
                }
            }
        });
        return out;
    }
}
