package fr.enquete.stats;

import fr.enquete.importer.DerivedSource;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.CellValues;
import fr.enquete.model.ChoiceMatch;
import fr.enquete.model.Filter;
import fr.enquete.model.Header;
import fr.enquete.model.OtherAnswers;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the "Autre" answers agree with their "précisez" texts: respondents who chose "Autre" without saying
 * what, and texts written by respondents who did not choose "Autre" (then the "Autre" count and the list of texts
 * printed under it disagree). Only questions whose text has its own column ({@code other:}) can disagree.
 */
public final class OtherAnswersCheck {

    /** How many rows a finding lists. */
    private static final int ROWS_SHOWN = 10;

    private OtherAnswersCheck() {
    }

    public static List<String> findings(TableSource source, Survey survey) {
        List<Question> questions = survey.questions().stream().filter(q -> q.other() != null && !q.other().inline()).toList();
        if (questions.isEmpty()) {
            return List.of();
        }
        List<List<Long>> withoutText = new ArrayList<>();
        List<List<Long>> withoutChoice = new ArrayList<>();
        questions.forEach(q -> {
            withoutText.add(new ArrayList<>());
            withoutChoice.add(new ArrayList<>());
        });
        DerivedSource.of(source, survey.derivations()).read(new TableHandler() {
            private int[] answer;
            private int[] text;
            private Filter.RowPredicate[] filters;

            @Override
            public void header(Header header) {
                int n = questions.size();
                answer = new int[n];
                text = new int[n];
                filters = new Filter.RowPredicate[n];
                for (int i = 0; i < n; i++) {
                    Question q = questions.get(i);
                    answer[i] = column(header, q, q.other().answerColumn());
                    text[i] = column(header, q, q.other().textColumn());
                    filters[i] = q.filter().bind(header);
                }
            }

            @Override
            public void row(Row row) {
                for (int i = 0; i < questions.size(); i++) {
                    if (!filters[i].test(row)) {
                        continue;
                    }
                    boolean chosen = chose(questions.get(i), row.get(answer[i]));
                    boolean written = !row.get(text[i]).isBlank();
                    if (chosen && !written) {
                        withoutText.get(i).add(row.number());
                    } else if (written && !chosen) {
                        withoutChoice.get(i).add(row.number());
                    }
                }
            }
        });
        List<String> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            OtherAnswers o = q.other();
            String at = SourceLocation.file(source.file().toString()).withColumn(o.textColumn()).toString();
            if (!withoutText.get(i).isEmpty()) {
                out.add(at + ": question \"" + q.id() + "\": " + withoutText.get(i).size() + " respondent(s) chose \"" + o.choice()
                        + "\" without saying what (" + rows(withoutText.get(i)) + ")");
            }
            if (!withoutChoice.get(i).isEmpty()) {
                out.add(at + ": question \"" + q.id() + "\": " + withoutChoice.get(i).size() + " \"" + o.choice()
                        + "\" text(s) from respondents who did not choose \"" + o.choice() + "\" (" + rows(withoutChoice.get(i))
                        + "): the count of \"" + o.choice() + "\" and the texts listed under it disagree");
            }
        }
        return out;
    }

    private static int column(Header header, Question q, String name) {
        return header.indexOf(name).orElseThrow(() -> new fr.enquete.model.InputException(
                q.origin() != null ? q.origin() : SourceLocation.file(header.source()), "question \"" + q.id() + "\" has its \"Autre\" in column \""
                + name + "\", which " + header.source() + " lacks" + fr.enquete.model.Names.didYouMean(name, header.names())));
    }

    private static boolean chose(Question q, String cell) {
        if (q.type() == QuestionType.MULTIPLE) {
            return CellValues.isTick(cell);
        }
        return !cell.isBlank() && ChoiceMatch.looseKey(q.decode(cell)).equals(ChoiceMatch.looseKey(q.other().choice()));
    }

    private static String rows(List<Long> rows) {
        List<String> shown = rows.stream().limit(ROWS_SHOWN).map(String::valueOf).toList();
        return (rows.size() == 1 ? "row " : "rows ") + String.join(", ", shown) + (rows.size() > ROWS_SHOWN ? ", ..." : "");
    }
}
