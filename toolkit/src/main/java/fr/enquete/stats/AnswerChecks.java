package fr.enquete.stats;

import fr.enquete.importer.DerivedSource;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.ChoiceMatch;
import fr.enquete.model.Filter;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.model.OtherAnswers;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks of each respondent's answers that {@code enquete check} runs in one pass over the export, among the
 * respondents each question was meant for:
 *
 * <ul>
 *   <li>"Autre" answers against their "précisez" texts, for questions whose text has its own column ({@code other:}):
 *       "Autre" chosen without saying what, and texts from respondents who did not choose "Autre" (then the count of
 *       "Autre" and the texts printed under it disagree);</li>
 *   <li>numbers outside the bounds the spec gives ({@code min:}, {@code max:}).</li>
 * </ul>
 */
public final class AnswerChecks {

    /** How many rows a finding lists. */
    private static final int ROWS_SHOWN = 10;

    /** One check of one question, fed the rows of its base. */
    private abstract static class Check {
        final Question q;
        final List<Long> rows = new ArrayList<>();

        Check(Question q) {
            this.q = q;
        }

        abstract void bind(Header h);

        abstract void accept(Row row);

        abstract List<Diagnostic> findings(String file);
    }

    private AnswerChecks() {
    }

    public static List<Diagnostic> findings(TableSource source, Survey survey) {
        List<Check> checks = new ArrayList<>();
        for (Question q : survey.questions()) {
            if (q.other() != null && !q.other().inline()) {
                checks.add(new Other(q));
            }
            if (q.range() != null) {
                checks.add(new Bounds(q));
            }
        }
        if (checks.isEmpty()) {
            return List.of();
        }
        DerivedSource.of(source, survey.derivations()).read(new TableHandler() {
            private Filter.RowPredicate[] filters;

            @Override
            public void header(Header header) {
                filters = new Filter.RowPredicate[checks.size()];
                for (int i = 0; i < checks.size(); i++) {
                    checks.get(i).bind(header);
                    filters[i] = checks.get(i).q.filter().bind(header);
                }
            }

            @Override
            public void row(Row row) {
                for (int i = 0; i < checks.size(); i++) {
                    if (filters[i].test(row)) {
                        checks.get(i).accept(row);
                    }
                }
            }
        });
        List<Diagnostic> out = new ArrayList<>();
        checks.forEach(c -> out.addAll(c.findings(source.file().toString())));
        return out;
    }

    static int column(Header header, Question q, String name) {
        return header.indexOf(name).orElseThrow(() -> new InputException(q.origin() != null ? q.origin() : SourceLocation.file(header.source()),
                Message.of("stats.column.missing", q.id(), name, header.source(), Names.hint(name, header.names()))));
    }

    static Message.Rows rows(List<Long> rows) {
        return new Message.Rows(rows.stream().limit(ROWS_SHOWN).toList(), rows.size() > ROWS_SHOWN);
    }

    /** "Autre" chosen without a text, and texts without "Autre". */
    private static final class Other extends Check {
        private final List<Long> withoutChoice = new ArrayList<>();
        private int answer;
        private int text;

        Other(Question q) {
            super(q);
        }

        @Override
        void bind(Header h) {
            answer = column(h, q, q.other().answerColumn());
            text = column(h, q, q.other().textColumn());
        }

        @Override
        void accept(Row row) {
            String cell = row.get(answer);
            boolean chosen = q.type() == QuestionType.MULTIPLE ? CellValues.isTick(cell)
                    : !cell.isBlank() && ChoiceMatch.looseKey(q.decode(cell)).equals(ChoiceMatch.looseKey(q.other().choice()));
            boolean written = !row.get(text).isBlank();
            if (chosen && !written) {
                rows.add(row.number());
            } else if (written && !chosen) {
                withoutChoice.add(row.number());
            }
        }

        @Override
        List<Diagnostic> findings(String file) {
            OtherAnswers o = q.other();
            SourceLocation at = SourceLocation.file(file).withColumn(o.textColumn());
            List<Diagnostic> out = new ArrayList<>();
            if (!rows.isEmpty()) {
                out.add(new Diagnostic(at, Message.of("other.untold", q.id(), rows.size(), o.choice(), rows(rows))));
            }
            if (!withoutChoice.isEmpty()) {
                out.add(new Diagnostic(at, Message.of("other.unchosen", q.id(), withoutChoice.size(), o.choice(), rows(withoutChoice))));
            }
            return out;
        }
    }

    /** Numbers outside the spec's min and max (cells that are not numbers are the analysis's business). */
    private static final class Bounds extends Check {
        private final List<Message> values = new ArrayList<>();
        private int column;

        Bounds(Question q) {
            super(q);
        }

        @Override
        void bind(Header h) {
            column = column(h, q, q.column());
        }

        @Override
        void accept(Row row) {
            double x = CellValues.parseNumber(row.get(column));
            if (!Double.isNaN(x) && !q.range().contains(x)) {
                rows.add(row.number());
                if (values.size() < ROWS_SHOWN) {
                    values.add(Message.of("value.row", row.get(column).strip(), new Message.Rows(List.of(row.number()), false)));
                }
            }
        }

        @Override
        List<Diagnostic> findings(String file) {
            if (rows.isEmpty()) {
                return List.of();
            }
            Question.Range r = q.range();
            Message bounds = Double.isInfinite(r.min()) ? Message.of("bounds.max", figure(r.max()))
                    : Double.isInfinite(r.max()) ? Message.of("bounds.min", figure(r.min()))
                    : Message.of("bounds.both", figure(r.min()), figure(r.max()));
            return List.of(new Diagnostic(SourceLocation.file(file).withColumn(q.column()), Message.of("bounds", q.id(), rows.size(),
                    bounds, new Message.Listed(values, rows.size() > values.size()))));
        }

        private static Message.Figure figure(double d) {
            return Message.Figure.of(d);
        }
    }
}
