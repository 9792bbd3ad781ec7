package fr.enquete.text;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Filter;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.stats.SurveyAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers to one free-text question, read from an export, with for each the answers of other
 * questions of the same respondent (the group for specificities, the variables of an IRaMuTeQ corpus).
 *
 * @param question  the text question
 * @param base      respondents the question was meant for (its filter's)
 * @param documents the non-empty answers, in file order; {@link TextDocument#group()} is the answer to
 *                  the first of {@code variables}, when given
 * @param variables for each document, question id to answer, in the order asked
 */
public record Corpus(Question question, long base, List<TextDocument> documents, List<Map<String, String>> variables) {

    public Corpus {
        documents = List.copyOf(documents);
        variables = List.copyOf(variables);
    }

    /**
     * Reads the answers of text question {@code questionId}; {@code variableIds} name single-choice,
     * scale, numeric or id questions whose answers accompany each document.
     */
    public static Corpus read(TableSource source, Survey survey, String questionId, List<String> variableIds) {
        Question q = find(survey, questionId, source);
        if (q.type() != QuestionType.TEXT) {
            throw new fr.enquete.model.ReferenceException(where(q, source), fr.enquete.model.Message.of("text.question.nottext",
                    questionId, q.type().code()));
        }
        List<Question> vars = new ArrayList<>();
        for (String id : variableIds) {
            Question v = find(survey, id, source);
            if (v.type() == QuestionType.MULTIPLE || v.type() == QuestionType.TEXT) {
                throw new fr.enquete.model.ReferenceException(where(v, source), fr.enquete.model.Message.of("text.question.group",
                        id, v.type().code()));
            }
            vars.add(v);
        }
        List<TextDocument> docs = new ArrayList<>();
        List<Map<String, String>> variables = new ArrayList<>();
        long[] base = new long[1];
        // Derived questions (merge, breaks, recodings) read columns computed as the export streams.
        fr.enquete.importer.DerivedSource.of(source, survey.derivations()).read(new TableHandler() {
            private Filter.RowPredicate filter;
            private int column;
            private int[] varColumns;

            @Override
            public void header(Header header) {
                SurveyAnalyzer.checkColumns(new Survey(survey.title(), concat(q, vars), survey.derivations()), header);
                filter = q.filter().bind(header);
                column = header.indexOf(q.column()).getAsInt();
                varColumns = vars.stream().mapToInt(v -> header.indexOf(v.column()).getAsInt()).toArray();
            }

            @Override
            public void row(Row row) {
                if (!filter.test(row)) {
                    return;
                }
                base[0]++;
                String text = row.get(column);
                if (text.isEmpty()) {
                    return;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < varColumns.length; i++) {
                    values.put(vars.get(i).id(), row.get(varColumns[i]));
                }
                String group = varColumns.length == 0 ? null : row.get(varColumns[0]);
                docs.add(new TextDocument(row.number(), text, group == null || group.isEmpty() ? null : group));
                variables.add(values);
            }
        });
        return new Corpus(q, base[0], docs, variables);
    }

    private static List<Question> concat(Question q, List<Question> vars) {
        List<Question> all = new ArrayList<>(vars);
        all.add(0, q);
        return all;
    }

    private static Question find(Survey survey, String id, TableSource source) {
        return survey.question(id).orElseThrow(() -> new fr.enquete.model.ReferenceException(SourceLocation.file(source.file().toString()),
                fr.enquete.model.Message.of("text.question.unknown", id, String.join(", ", survey.questions().stream()
                        .filter(x -> x.type() == QuestionType.TEXT).map(Question::id).toList()))));
    }

    private static SourceLocation where(Question q, TableSource source) {
        return q.origin() != null ? q.origin() : SourceLocation.file(source.file().toString());
    }

    /**
     * A corpus of texts that are no survey answers (interview transcripts): a text question of id {@code id} and
     * label {@code label} whose base is the number of documents.
     */
    public static Corpus of(String id, String label, List<TextDocument> documents, List<Map<String, String>> variables) {
        Question q = Question.builder(id, QuestionType.TEXT).label(label).build();
        return new Corpus(q, documents.size(), documents, variables);
    }

    /**
     * The same corpus with every answer passed through {@code f} (pseudonymisation), and the answers that go with it
     * too (each document's group, the variables): a group is an answer, which may be a respondent's own words
     * ("Coordinatrice Nadia Haddad" typed outside the choices), and {@code terms --by} printed it as a group's name.
     */
    public Corpus mapTexts(java.util.function.UnaryOperator<String> f) {
        List<Map<String, String>> vars = variables.stream().map(m -> {
            Map<String, String> mapped = new LinkedHashMap<>();
            m.forEach((k, v) -> mapped.put(k, v == null || v.isEmpty() ? v : f.apply(v)));
            return mapped;
        }).toList();
        return new Corpus(question, base, documents.stream()
                .map(d -> new TextDocument(d.row(), f.apply(d.text()), d.group() == null ? null : f.apply(d.group()))).toList(), vars);
    }

    /** Reads every text {@link #mapTexts} passes through its function, in the same order, copying nothing. */
    public void forEachText(java.util.function.Consumer<String> read) {
        for (Map<String, String> m : variables) {
            m.values().forEach(v -> {
                if (v != null && !v.isEmpty()) {
                    read.accept(v);
                }
            });
        }
        for (TextDocument d : documents) {
            read.accept(d.text());
            if (d.group() != null) {
                read.accept(d.group());
            }
        }
    }
}
