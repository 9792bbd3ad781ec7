package fr.enquete.importer;

import fr.enquete.model.Header;
import fr.enquete.model.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SurveyMonkey writes two header rows: the question over its first column (blank over its others), then
 * {@code Response}, {@code Open-Ended Response} or the choice of each column. They are merged into one header,
 * {@code Question} or {@code Question [choice]}, the shape the rest of enquete reads (a tick-all question
 * becomes one option column per choice, each holding the choice text or blank).
 */
final class SurveyMonkeyHeaders extends ForwardingSource {

    private static final Set<String> PLAIN = Set.of("response", "open-ended response", "reponse", "reponse ouverte", "");

    private final Platform hint;

    SurveyMonkeyHeaders(TableSource source, Platform hint) {
        super(source);
        this.hint = hint;
    }

    @Override
    public String description() {
        fr.enquete.model.Header h = source.header();
        boolean merged = h != null && Platform.detect(h, hint).platform() == Platform.SURVEYMONKEY;
        return source.description() + (merged ? ", SurveyMonkey's two header rows merged" : "");
    }

    @Override
    protected TableSource around(TableSource part) {
        return new SurveyMonkeyHeaders(part, hint);
    }

    /** A SurveyMonkey export's second header row is the first row of the file's first part only: not cut. */
    @Override
    public java.util.List<TableSource> split(long chunkBytes) {
        fr.enquete.model.Header h = source.header();
        if (h == null || Platform.detect(h, hint).platform() == Platform.SURVEYMONKEY) {
            return java.util.List.of(this);
        }
        return super.split(chunkBytes);
    }

    @Override
    public void read(TableHandler handler) {
        source.read(new TableHandler() {
            private Header first;
            private boolean merged;
            private boolean surveyMonkey;

            @Override
            public void header(Header header) {
                first = header;
                surveyMonkey = Platform.detect(header, hint).platform() == Platform.SURVEYMONKEY;
                if (!surveyMonkey) {
                    handler.header(header);
                }
            }

            @Override
            public void row(Row row) {
                if (surveyMonkey && !merged) {
                    merged = true;
                    handler.header(new Header(first.source(), DelimitedSource.headerNames(merge(first.names(), row).toArray(String[]::new))));
                    return;
                }
                handler.row(row);
            }
        });
    }

    static List<String> merge(List<String> questions, Row second) {
        List<String> names = new ArrayList<>();
        String current = "";
        for (int i = 0; i < Math.max(questions.size(), second.size()); i++) {
            String q = i < questions.size() ? questions.get(i).strip() : "";
            // Blank cells over a question's later columns arrive as placeholders ("#8") or empty.
            if (!q.isEmpty() && !q.matches("#\\d+|Column \\d+|Colonne \\d+")) {
                current = q;
            }
            String sub = second.get(i).strip();
            names.add(PLAIN.contains(Platform.fold(sub)) ? current : current + " [" + sub + "]");
        }
        return names;
    }
}
