package fr.enquete.spec;

import fr.enquete.model.Message;
import fr.enquete.model.Survey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link SchemaInference} guessed from an export: the survey, and for each question id a short
 * reason ("numeric: 84 numbers, 80 distinct") that {@code enquete inspect} prints and {@code init} writes as a comment,
 * and the rows left out as no respondent's ("row 64: a total row ..."). Both are kept as messages, written in the run's
 * language where they are shown.
 */
public record Inference(String source, List<String> columns, long rows, Survey survey, Map<String, Message> why,
                        List<Message> leftOutRows) {

    public Inference {
        columns = List.copyOf(columns);
        why = Map.copyOf(why);
        leftOutRows = List.copyOf(leftOutRows);
    }

    /** Each question's reason in English (logs, tests). */
    public Map<String, String> reasons() {
        return reasons(Locale.ENGLISH);
    }

    /** Each question's reason in {@code locale}'s language. */
    public Map<String, String> reasons(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        why.forEach((id, m) -> out.put(id, m.text(locale)));
        return out;
    }

    /** The rows left out, in English. */
    public List<String> leftOut() {
        return leftOut(Locale.ENGLISH);
    }

    public List<String> leftOut(Locale locale) {
        return leftOutRows.stream().map(m -> m.text(locale)).toList();
    }
}
