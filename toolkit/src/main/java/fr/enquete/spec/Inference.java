package fr.enquete.spec;

import fr.enquete.model.Survey;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchemaInference} guessed from an export: the survey, and for each question id a short
 * reason ("numeric: 84 numbers, 80 distinct") that {@code enquete inspect} prints.
 */
public record Inference(String source, List<String> columns, long rows, Survey survey, Map<String, String> reasons) {

    public Inference {
        columns = List.copyOf(columns);
        reasons = Map.copyOf(reasons);
    }
}
