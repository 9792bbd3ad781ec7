package fr.enquete.spec;

import fr.enquete.model.Survey;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchemaInference} guessed from an export: the survey, and for each question id a short
 * reason ("numeric: 84 numbers, 80 distinct") that {@code enquete inspect} prints, and the rows left out as no
 * respondent's ("row 64: a total row ...", in English).
 */
public record Inference(String source, List<String> columns, long rows, Survey survey, Map<String, String> reasons,
                        List<String> leftOut) {

    public Inference {
        columns = List.copyOf(columns);
        reasons = Map.copyOf(reasons);
        leftOut = List.copyOf(leftOut);
    }
}
