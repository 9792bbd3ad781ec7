package fr.enquete.report.doc;

import fr.enquete.qual.qda.CodeQueries;
import fr.enquete.report.Lang;
import fr.enquete.report.NumberFormats;
import fr.enquete.report.ResultTable;
import fr.enquete.report.ResultTable.Cell;
import fr.enquete.report.ResultTable.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The code queries (co-occurrence, codes x attribute) and the memo annex as report sections, appended after a
 * SWOT report's own sections so that every format (HTML, Word, Excel, Markdown) lays them out as it does the rest.
 */
public final class QuerySections {

    /** A memo: on a code ({@code code} true) or a source, named by its path or id. */
    public record Memo(boolean code, String name, String text) {
    }

    private final Lang lang;
    private final NumberFormats numbers;

    public QuerySections(Lang lang) {
        this.lang = lang;
        this.numbers = new NumberFormats(lang);
    }

    /** The report with these sections after its own. */
    public static Report append(Report r, List<Report.Section> more) {
        if (more.isEmpty()) {
            return r;
        }
        List<Report.Section> all = new ArrayList<>(r.sections());
        all.addAll(more);
        return new Report(r.title(), r.author(), r.subtitle(), r.lang(), all, r.generated());
    }

    /**
     * Codes x codes, as the list of the pairs that meet (a full matrix of thirty codes is unreadable on a page):
     * the segments coded with the first code that overlap one coded with the second, beside the first's segments.
     */
    public Report.Section coOccurrence(CodeQueries.CoOccurrence c) {
        ResultTable.Builder table = new ResultTable.Builder(
                List.of(lang.pick("Code", "Code"), lang.pick("Avec le code", "With the code"), lang.pick("Segments en commun", "Segments shared"), lang.pick("Segments du code", "Segments of the code")),
                List.of(Kind.TEXT, Kind.TEXT, Kind.INTEGER, Kind.INTEGER));
        int pairs = 0;
        for (int i = 0; i < c.codes().size(); i++) {
            for (int j = 0; j < c.codes().size(); j++) {
                long n = c.counts()[i][j];
                if (i != j && n > 0) {
                    long own = c.counts()[i][i];
                    table.row(List.of(Cell.text(c.codes().get(i)), Cell.text(c.codes().get(j)), new Cell(numbers.integer(n), n),
                            new Cell(numbers.integer(own), own)), Double.NaN, false);
                    pairs++;
                }
            }
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(lang.pick("Segments codés avec le premier code qui chevauchent un segment codé avec le second,"
                + " dans la même source ; les paires qui ne se rencontrent jamais sont omises.",
                "Segments coded with the first code that overlap a segment coded with the second, in the same source;"
                        + " pairs that never meet are left out."), true));
        if (pairs == 0) {
            blocks.add(new Report.Paragraph(lang.pick("Aucun segment codé ne chevauche un autre code.", "No coded segment overlaps another code."), false));
        } else {
            blocks.add(new Report.Table(table.build(), false));
        }
        return new Report.Section(1, "cooccurrence", "", lang.pick("Cooccurrence des codes", "Code co-occurrence"), "", blocks);
    }

    /** Codes x the values of an attribute, each cell "sources (segments)", then each cell's segments. */
    public Report.Section matrix(CodeQueries.Matrix m) {
        List<String> header = new ArrayList<>(List.of(lang.pick("Code", "Code")));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.TEXT));
        m.values().forEach(v -> {
            header.add(lang.valueOrUnknown(v));
            kinds.add(Kind.TEXT);
        });
        ResultTable.Builder table = new ResultTable.Builder(header, kinds);
        for (int i = 0; i < m.codes().size(); i++) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(m.codes().get(i))));
            for (int k = 0; k < m.values().size(); k++) {
                cells.add(Cell.text(m.segments()[i][k] == 0 ? "–"
                        : numbers.integer(m.sources()[i][k]) + " (" + numbers.integer(m.segments()[i][k]) + ")"));
            }
            table.row(cells, Double.NaN, false);
        }
        List<Report.Block> blocks = new ArrayList<>();
        blocks.add(new Report.Paragraph(lang.pick("Dans chaque case\u00A0: les sources distinctes, puis entre parenthèses les segments.",
                "In each cell: the distinct sources, then in brackets the segments."), true));
        blocks.add(new Report.Table(table.build(), false));
        blocks.add(new Report.Subheading(lang.pick("Segments par case", "Segments by cell")));
        for (int i = 0; i < m.codes().size(); i++) {
            for (int k = 0; k < m.values().size(); k++) {
                List<String> texts = m.texts().get(i).get(k);
                if (!texts.isEmpty()) {
                    blocks.add(new Report.Paragraph(m.codes().get(i) + " — " + lang.valueOrUnknown(m.values().get(k)), false));
                    blocks.add(new Report.Quotes(texts.stream().map(String::strip).toList()));
                }
            }
        }
        return new Report.Section(1, "matrixcoding", "", lang.pick("Codes × ", "Codes × ") + m.attribute(), "", blocks);
    }

    /** The annex of memos: codes first, then sources. */
    public Report.Section memos(List<Memo> memos) {
        List<Report.Block> blocks = new ArrayList<>();
        for (boolean code : List.of(true, false)) {
            List<Memo> some = memos.stream().filter(m -> m.code() == code).toList();
            if (!some.isEmpty()) {
                blocks.add(new Report.Subheading(code ? lang.pick("Codes", "Codes") : lang.pick("Sources", "Sources")));
                for (Memo m : some) {
                    blocks.add(new Report.Paragraph(m.name(), false));
                    for (String para : m.text().strip().split("\n\\s*\n")) {
                        blocks.add(new Report.Paragraph(para.strip(), true));
                    }
                }
            }
        }
        if (blocks.isEmpty()) {
            blocks.add(new Report.Paragraph(lang.pick("Aucun mémo.", "No memo."), true));
        }
        return new Report.Section(1, "memos", "", lang.pick("Annexe\u00A0: mémos", "Annex: memos"), "", Collections.unmodifiableList(blocks));
    }
}
