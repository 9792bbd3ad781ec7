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

    /** What {@link #description()} adds when it merged the two header rows. */
    static final String MERGED = ", SurveyMonkey's two header rows merged";

    private final Platform hint;
    /** False for the later parts of a split file, whose first row is a respondent's. */
    private final boolean byShape;
    /** Whether the header rows were merged, once a read has decided it (null before): each probe reopened the file. */
    private volatile Boolean merges;

    SurveyMonkeyHeaders(TableSource source, Platform hint) {
        this(source, hint, true);
    }

    private SurveyMonkeyHeaders(TableSource source, Platform hint, boolean byShape) {
        super(source);
        this.hint = hint;
        this.byShape = byShape;
    }

    @Override
    public String description() {
        return source.description() + (twoRows() ? MERGED : "");
    }

    @Override
    public fr.enquete.model.Message wording() {
        return twoRows() ? fr.enquete.model.Message.of("format.merged", source.wording()) : source.wording();
    }

    @Override
    protected TableSource around(TableSource part) {
        return new SurveyMonkeyHeaders(part, hint, false);
    }

    /** A SurveyMonkey export's second header row is the first row of the file's first part only: not cut. */
    @Override
    public java.util.List<TableSource> split(long chunkBytes) {
        if (source.header() == null || twoRows()) {
            return java.util.List.of(this);
        }
        return super.split(chunkBytes);
    }

    /** Whether the export has SurveyMonkey's two header rows: by its metadata columns, or by the second row's shape. */
    private boolean twoRows() {
        Boolean known = merges;
        return known != null ? known : read(new TableHandler() {
            @Override
            public void header(Header header) {
                throw EarlyStop.now();
            }

            @Override
            public void row(Row row) {
            }
        }, true);
    }

    @Override
    protected void pass(TableHandler handler) {
        read(handler, false);
    }

    /** @return whether the two header rows were merged */
    private boolean read(TableHandler handler, boolean probe) {
        boolean[] merged = new boolean[1];
        Header[] held = new Header[1];
        try {
            source.read(new TableHandler() {
                private Header first;
                private boolean decided;

                @Override
                public boolean findsItsHeader() {
                    return handler.findsItsHeader();
                }

                @Override
                public int[] numberColumns() {
                    // Null until the handler has its header, given with the first row.
                    return decided ? handler.numberColumns() : null;
                }

                @Override
                public void note(fr.enquete.model.Message what) {
                    handler.note(what);
                }

                @Override
                public void tableEnds() {
                    handler.tableEnds();
                }

                @Override
                public void header(Header header) {
                    first = header;
                    held[0] = header;
                }

                @Override
                public void row(Row row) {
                    if (!decided) {
                        decided = true;
                        held[0] = null;
                        boolean byColumns = Platform.detect(first, hint).platform() == Platform.SURVEYMONKEY;
                        boolean shaped = byShape && !handler.findsItsHeader() && (hint == null || hint == Platform.SURVEYMONKEY) && SecondHeaderRow.looksLike(first, row);
                        if (!handler.findsItsHeader()) {
                            merges = byColumns || shaped;
                        }
                        if (byColumns || shaped) {
                            merged[0] = true;
                            handler.header(new Header(first.source(), DelimitedSource.headerNames(merge(first.names(), row).toArray(String[]::new))));
                            return;
                        }
                        handler.header(first);
                    }
                    handler.row(row);
                }
            });
        } catch (EarlyStop stop) {
            if (!probe) {
                throw stop;
            }
            return merged[0];
        }
        if (held[0] != null) {
            // A header without rows.
            try {
                handler.header(held[0]);
            } catch (EarlyStop stop) {
                if (!probe) {
                    throw stop;
                }
            }
        }
        return merged[0];
    }

    static List<String> merge(List<String> questions, Row second) {
        List<String> names = new ArrayList<>();
        String current = "";
        for (int i = 0; i < Math.max(questions.size(), second.size()); i++) {
            String q = i < questions.size() ? questions.get(i).strip() : "";
            // Blank cells over a question's later columns arrive as placeholders ("#8") or empty.
            if (!q.isEmpty() && !q.matches("#\\d+|Column \\d+|Colonne \\d+") && !SecondHeaderRow.repeats(q, current)) {
                current = q;
            }
            String sub = second.get(i).strip();
            // The second row repeating the question (an export edited in a spreadsheet) adds nothing to it.
            boolean plain = PLAIN.contains(Platform.fold(sub)) || Platform.fold(sub).equals(Platform.fold(current));
            names.add(plain ? current : current + " [" + sub + "]");
        }
        return names;
    }
}
