package fr.enquete.cli;

import fr.enquete.report.StatsFormat;
import fr.enquete.stats.QuestionResult;
import fr.enquete.stats.SurveyResult;
import fr.enquete.text.TermTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stats format added the way a user would add one: this class, and its name in the test class path's
 * {@code META-INF/services/fr.enquete.report.StatsFormat}. It writes each question's id and base, tab-separated.
 */
public final class BasesFormat implements StatsFormat {

    @Override
    public String name() {
        return "bases";
    }

    @Override
    public void write(SurveyResult result, Map<String, TermTable> terms, Options options, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (QuestionResult q : result.questions()) {
            text.append(q.question().id()).append('\t').append(q.base()).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
