package fr.enquete.qual;

import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
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
 * The open answers of a questionnaire as SWOT material: each respondent is a source (named by the survey's
 * identifier question, else "row N"), each line of an answer to a text question the codebook assigns to a
 * theme is one expression, to be coded with that theme's items only.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * @param roleQuestion the question whose answer is the respondent's role (function), or null
     */
    public static Material read(TableSource source, Survey survey, SwotCodebook codebook, String roleQuestion) {
        String file = source.file().toString();
        List<Question> texts = new ArrayList<>();
        for (Map.Entry<String, String> e : codebook.questions().entrySet()) {
            Question q = survey.question(e.getKey()).orElseThrow(() -> new InputException(SourceLocation.file(file),
                    Names.closest(e.getKey(), survey.questions().stream().map(Question::id).toList())
                    .map(hint -> Message.of("qual.codebook.question.unknown.hint", e.getKey(), e.getValue(), hint))
                    .orElse(Message.of("qual.codebook.question.unknown", e.getKey(), e.getValue()))));
            if (q.type() != QuestionType.TEXT) {
                throw new InputException(SourceLocation.file(file), Message.of("qual.codebook.question.type", q.id(), q.type().code()));
            }
            texts.add(q);
        }
        Question id = survey.questions().stream().filter(q -> q.type() == QuestionType.ID).findFirst().orElse(null);
        Question role = null;
        if (roleQuestion != null) {
            role = survey.question(roleQuestion).orElseThrow(() -> new fr.enquete.model.ReferenceException(SourceLocation.file(file),
                    fr.enquete.model.Message.of("qual.role.unknown", roleQuestion, Names.hint(roleQuestion,
                            survey.questions().stream().map(Question::id).toList()))));
        }
        List<Question> needed = new ArrayList<>(texts);
        if (id != null) {
            needed.add(id);
        }
        if (role != null) {
            needed.add(role);
        }
        List<Source> sources = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        Question idQuestion = id;
        Question roleQ = role;
        source.read(new TableHandler() {
            private int[] columns;
            private int idColumn = -1;
            private int roleColumn = -1;

            @Override
            public void header(Header header) {
                SurveyAnalyzer.checkColumns(new Survey(survey.title(), needed), header);
                columns = texts.stream().mapToInt(q -> header.indexOf(q.column()).getAsInt()).toArray();
                if (idQuestion != null) {
                    idColumn = header.indexOf(idQuestion.column()).getAsInt();
                }
                if (roleQ != null) {
                    roleColumn = header.indexOf(roleQ.column()).getAsInt();
                }
            }

            @Override
            public void row(Row row) {
                String name = idColumn >= 0 && !row.get(idColumn).isBlank() ? row.get(idColumn).strip() : "row " + row.number();
                Map<String, String> meta = new LinkedHashMap<>();
                if (roleColumn >= 0 && !row.get(roleColumn).isBlank()) {
                    meta.put("role", row.get(roleColumn).strip());
                }
                sources.add(new Source(name, Source.Kind.QUESTIONNAIRE, meta, file));
                for (int i = 0; i < columns.length; i++) {
                    String theme = codebook.questions().get(texts.get(i).id());
                    for (String expression : row.get(columns[i]).split("\\R")) {
                        if (!expression.isBlank()) {
                            segments.add(new Segment(name, "", row.number(), expression.strip(), theme));
                        }
                    }
                }
            }
        });
        return new Material(sources, segments, List.of());
    }
}
