package fr.enquete.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The specs of the bundled surveys, whose reports the README and the demo show: a question without a label is headed
 * by its id, as the ABS agents' report was ("submitdate", its first heading and first entry of its contents, in French
 * and in English). Every question a report shows has a label of its own.
 */
class BundledSpecsTest {

    @Test
    void everyQuestionAReportShowsHasALabel() {
        for (Path spec : List.of(Fixtures.spec(), Fixtures.absAgents().resolve("spec.yaml"))) {
            List<String> unlabelled = new ArrayList<>();
            for (Question q : SpecReader.read(spec).survey().questions()) {
                if (q.type() != QuestionType.ID && q.label().equals(q.id())) {
                    unlabelled.add(q.id());
                }
            }
            assertEquals(List.of(), unlabelled, spec.toString());
        }
    }
}
