package fr.enquete.analysis;

import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.Diagnostic;
import fr.enquete.stats.NumericSummary;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The data-quality checks of {@link Analysis#check}: what {@code enquete check} lists before publishing. */
final class ExportChecks {

    private ExportChecks() {
    }

    /** @param open the tables before secrecy, whose numeric summaries keep the extremes far-off answers are told by */
    static List<Diagnostic> findings(TableSource source, Survey survey, SurveyResult result, SurveyResult open, Path published,
                                     double tolerance) {
        List<Diagnostic> findings = new ArrayList<>(result.diagnostics());
        findings.addAll(repeatedIds(source, survey));
        findings.addAll(fr.enquete.stats.AnswerChecks.findings(source, survey));
        List<QuestionResult.Numeric> numeric = new ArrayList<>();
        for (QuestionResult r : open.questions()) {
            // Times of day are no quantities whose far values are likely typos; a duration's would be said in minutes.
            if (r instanceof QuestionResult.Numeric n && n.summary().count() >= 4 && n.question().type() != fr.enquete.model.QuestionType.TIME
                    && n.question().type() != fr.enquete.model.QuestionType.DURATION) {
                numeric.add(n);
            }
        }
        Map<String, Far> far = farRows(source, numeric);
        for (QuestionResult.Numeric n : numeric) {
            far(n, source.file().toString(), far.get(n.question().id())).ifPresent(findings::add);
        }
        if (published != null) {
            findings.addAll(published(result, published, tolerance));
        }
        return findings;
    }

    /** Identifier questions whose values repeat: the same respondent twice? */
    private static List<Diagnostic> repeatedIds(TableSource source, fr.enquete.model.Survey survey) {
        List<Question> ids = survey.questions().stream().filter(q -> q.type() == QuestionType.ID
                && List.of("id", "_id", "respondent id", "response id", "_uuid").contains(q.column().toLowerCase(Locale.ROOT))).toList();
        List<Diagnostic> out = new ArrayList<>();
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
                    out.add(new Diagnostic(SourceLocation.file(source.file().toString()).withColumn(q.column()),
                            Message.of("id.repeated", e.getKey(), new Message.Rows(e.getValue(), false)))));
        }
        return out;
    }

    /** The limits beyond which a numeric question's answers are far off: three interquartile ranges from the quartiles. */
    private record Limits(double low, double high) {
        static Limits of(NumericSummary s) {
            double iqr = s.q3() - s.q1();
            return new Limits(s.q1() - 3 * iqr, s.q3() + 3 * iqr);
        }
    }

    /** The rows of a question's answers below and above its limits, in the export's order. */
    private record Far(List<Long> low, List<Long> high) {
    }

    /**
     * The rows holding the far-off answers, so that the finding says where to look ("valeurs très éloignées : minimum
     * 1973 < ..." left the reader to search the column); one more reading of the export, only when some are far off.
     */
    private static Map<String, Far> farRows(TableSource source, List<QuestionResult.Numeric> numeric) {
        List<QuestionResult.Numeric> far = numeric.stream().filter(n -> {
            Limits l = Limits.of(n.summary());
            return n.summary().min() < l.low() || n.summary().max() > l.high();
        }).toList();
        Map<String, Far> out = new HashMap<>();
        if (far.isEmpty()) {
            return out;
        }
        // Each question's limits and rows once, not at every row of the export.
        Limits[] limits = new Limits[far.size()];
        Far[] rows = new Far[far.size()];
        for (int i = 0; i < far.size(); i++) {
            limits[i] = Limits.of(far.get(i).summary());
            rows[i] = new Far(new ArrayList<>(), new ArrayList<>());
            out.put(far.get(i).question().id(), rows[i]);
        }
        source.read(new TableHandler() {
            private final int[] columns = new int[far.size()];

            @Override
            public void header(Header header) {
                for (int i = 0; i < far.size(); i++) {
                    columns[i] = header.indexOf(far.get(i).question().column()).orElse(-1);
                }
            }

            @Override
            public void row(Row row) {
                for (int i = 0; i < far.size(); i++) {
                    if (columns[i] < 0) {
                        continue;
                    }
                    double x = fr.enquete.model.CellValues.parseNumber(row.get(columns[i]).strip());
                    if (x < limits[i].low()) {
                        rows[i].low().add(row.number());
                    } else if (x > limits[i].high()) {
                        rows[i].high().add(row.number());
                    }
                }
            }
        });
        return out;
    }

    /** Extremes beyond three interquartile ranges from the quartiles (a typo such as 21000 for 210?), with their rows. */
    private static java.util.Optional<Diagnostic> far(QuestionResult.Numeric n, String file, Far rows) {
        NumericSummary s = n.summary();
        Limits limits = Limits.of(s);
        double low = limits.low();
        double high = limits.high();
        List<Message> parts = new ArrayList<>();
        boolean year = n.question().type() == QuestionType.YEAR;
        if (s.min() < low) {
            parts.add(Message.of("far.min", figure(s.min(), year), figure(low, year), where(rows == null ? List.of() : rows.low())));
        }
        if (s.max() > high) {
            parts.add(Message.of("far.max", figure(s.max(), year), figure(high, year), where(rows == null ? List.of() : rows.high())));
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Diagnostic(SourceLocation.file(file).withColumn(n.question().column()),
                        Message.of("far", n.question().id(), new Message.Listed(parts, false))));
    }

    /** " (ligne 45)", " (lignes 3, 12)"; nothing when the rows were not found (a column the export lacks). */
    private static Object where(List<Long> rows) {
        return rows.isEmpty() ? "" : Message.of("far.rows", new Message.Rows(rows.size() > 10 ? rows.subList(0, 10) : rows, rows.size() > 10));
    }

    /** Whole numbers as they are, others to two decimals; years without a thousands separator. */
    private static Message.Figure figure(double d, boolean year) {
        return new Message.Figure(d, "", d == Math.rint(d) ? 0 : 2, false, !year);
    }

    /** The published figures the data do not give. */
    private static List<Diagnostic> published(SurveyResult result, Path published, double tolerance) {
        List<Diagnostic> out = new ArrayList<>();
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
                    throw new InputException(SourceLocation.file(file), Message.of("check.published.columns",
                            new Message.Listed(h.names(), false)));
                }
            }

            @Override
            public void row(Row r) {
                SourceLocation where = SourceLocation.cell(file, r.number(), null);
                QuestionResult q = byId.get(r.get(question).strip());
                if (!(q instanceof QuestionResult.Choices c)) {
                    out.add(new Diagnostic(where, Message.of("published.noquestion", r.get(question))));
                    return;
                }
                String label = r.get(row).strip();
                ChoiceRow found = c.rows().stream().filter(x -> (x.missing() ? List.of("Sans réponse", "No answer", "") : List.of(x.label()))
                        .stream().anyMatch(l -> l.equalsIgnoreCase(label))).findFirst().orElse(null);
                if (found == null) {
                    out.add(new Diagnostic(where, Message.of("published.norow", c.question().id(), label)));
                    return;
                }
                if (count >= 0 && !r.get(count).isBlank()) {
                    double v = fr.enquete.model.CellValues.parseNumber(r.get(count));
                    if (Double.isNaN(v) || v != found.count()) {
                        out.add(new Diagnostic(where, Message.of("published.count", c.question().id(), label, r.get(count).strip(),
                                found.count())));
                    }
                }
                if (percent >= 0 && !r.get(percent).isBlank()) {
                    double v = fr.enquete.model.CellValues.parseNumber(r.get(percent).replace("%", "").strip());
                    if (Double.isNaN(v) || Math.abs(v - found.percent()) > tolerance) {
                        out.add(new Diagnostic(where, Message.of("published.percent", c.question().id(), label, r.get(percent).strip(),
                                new Message.Figure(found.percent(), "%", 2, false, true))));
                    }
                }
            }
        });
        return out;
    }
}
