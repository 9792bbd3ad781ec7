package fr.enquete.analysis;

import fr.enquete.stats.ChoiceRow;
import fr.enquete.stats.QuestionResult;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A frequency analysis through the library's entry point, loaded by {@link CoreClassPathTest} in a class loader
 * without POI and OpenNLP: {export, spec, question id} give "label count, ..." and the respondents.
 */
public final class CoreProbe implements Function<String[], String> {

    @Override
    public String apply(String[] args) {
        AnalysisResult r = Analysis.of(Path.of(args[0])).spec(Path.of(args[1])).secrecy(3).run();
        StringBuilder b = new StringBuilder();
        for (QuestionResult q : r.result().questions()) {
            if (q.question().id().equals(args[2]) && q instanceof QuestionResult.Choices c) {
                for (ChoiceRow row : c.rows()) {
                    b.append(row.missing() ? "(no answer)" : row.label()).append(' ').append(row.count()).append(", ");
                }
            }
        }
        return b.append(r.result().respondents()).append(" respondents").toString();
    }
}
